package org.glossa.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.model.AliasResolver;
import org.glossa.model.Essay;
import org.glossa.model.GeneratedFiles;
import org.glossa.model.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Published addresses are promises: given the sitemap of a previous build, every page it listed
 * must still exist or be an alias of a page; otherwise readers' bookmarks and scholars' citations
 * break. Reported as warnings at the {@code <loc>} of the lost address.
 */
final class PreviousSitemap {
    private PreviousSitemap() {}

    static void check(Path sitemap, Essay essay, Diagnostics diags) {
        SourceFile file;
        try {
            file = SourceFile.read(sitemap, sitemap.toString().replace('\\', '/'));
        } catch (IOException e) {
            diags.fileError(
                    sitemap.toString(), "sitemap.unreadable", "cannot read the previous sitemap: " + e.getMessage());
            return;
        }
        Parser parser = Parser.xmlParser().setTrackPosition(true);
        Document xml = Jsoup.parse(file.text(), "", parser);
        Set<String> now = new HashSet<>(GeneratedFiles.ALL);
        for (Page p : essay.allPages()) {
            now.add(p.url());
            if (p.data().get(AliasResolver.DATA_KEY) instanceof List<?> aliases) {
                aliases.forEach(a -> now.add(a.toString()));
            }
        }
        String host = essay.config().host();
        for (Element loc : xml.select("loc")) {
            String url = loc.text().strip();
            if (!url.startsWith(host)) {
                continue;
            }
            String path = url.substring(host.length());
            if (path.isEmpty() || path.endsWith("/")) {
                path = path + "index.html";
            }
            if (!now.contains(path)) {
                int offset = loc.sourceRange().endPos(); // the address, just after <loc>
                diags.warning(
                        file,
                        Math.max(0, offset),
                        "sitemap.lost-page",
                        "'" + path + "' was published before and no page has it as an alias",
                        "add 'aliases: [" + path + "]' to the front matter of the page that replaced it");
            }
        }
    }
}
