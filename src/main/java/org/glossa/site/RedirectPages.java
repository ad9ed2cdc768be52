package org.glossa.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.model.AliasResolver;
import org.glossa.model.Essay;
import org.glossa.model.Page;

/**
 * Writes a small page at each old address of a page ({@code aliases} in its front matter): a
 * meta refresh, a visible link for readers and a canonical link for search engines. No script,
 * so it works under the strict CSP and without JavaScript.
 */
final class RedirectPages {
    private RedirectPages() {}

    static void write(Essay essay, Path site) throws IOException {
        for (Page page : essay.allPages()) {
            Object aliases = page.data().get(AliasResolver.DATA_KEY);
            if (!(aliases instanceof List<?> list)) {
                continue;
            }
            for (Object alias : list) {
                String path = alias.toString();
                String depth =
                        "../".repeat((int) path.chars().filter(c -> c == '/').count());
                String target = depth + page.url();
                String canonical = essay.config().host() + page.url();
                Path file = site.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(
                        file, html(essay.config().language(), page.title(), target, canonical), StandardCharsets.UTF_8);
            }
        }
    }

    static String html(String lang, String title, String target, String canonical) {
        String t = escape(title);
        return "<!DOCTYPE html>\n<html lang=\"" + escape(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + escape(target) + "\">\n"
                + "<link rel=\"canonical\" href=\"" + escape(canonical) + "\">\n"
                + "<title>Moved: " + t + "</title>\n</head>\n<body>\n<main>\n"
                + "<p>This page has moved to <a href=\"" + escape(target) + "\">" + t + "</a>.</p>\n"
                + "</main>\n</body>\n</html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
