package org.glossa.html;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Severity;
import org.glossa.diag.SourceFile;
import org.glossa.diag.SourceLocation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The safety net after rendering: reads every written page as a reader's browser would and
 * checks every internal {@code href} and {@code src} (file and fragment) and that ids are unique.
 * Content links were already checked against the Markdown, but some targets (a generated page's
 * anchors, files written after the model was checked) only exist now. A problem on an element that
 * carries {@link SourceLocation#HTML_ATTRIBUTE} is reported at that Markdown position; others at
 * the written page. Each page is parsed once for all checks.
 */
public final class OutputCheck {
    private OutputCheck() {}

    /**
     * @param basePath the path part of the site's public URL ({@code /essay/}): the 404 page, served
     *     at any depth, links from there
     */
    public static void check(Path site, String basePath, Diagnostics diags) throws IOException {
        check(site, basePath, Map.of(), diags);
    }

    /**
     * @param sources the essay's input files by display path, to quote the offending line of a
     *     problem that maps back to Markdown
     */
    public static void check(Path site, String basePath, Map<String, SourceFile> sources, Diagnostics diags)
            throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<String, Set<String>> idsByPage = new HashMap<>();
        Map<String, Document> docs = new HashMap<>();
        for (Path page : pages) {
            String rel = rel(site, page);
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            docs.put(rel, doc);
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                if (!ids.add(e.id())) {
                    new Reporter(diags, rel, e, sources)
                            .report("output.duplicate-id", "id '" + e.id() + "' appears more than once");
                }
            }
            idsByPage.put(rel, ids);
        }
        for (Path page : pages) {
            String rel = rel(site, page);
            Document doc = docs.get(rel);
            for (Element e : doc.select("a[href], link[href]")) {
                checkRef(site, basePath, rel, e.attr("href"), idsByPage, new Reporter(diags, rel, e, sources));
            }
            for (Element e : doc.select("[src]")) {
                checkRef(site, basePath, rel, e.attr("src"), idsByPage, new Reporter(diags, rel, e, sources));
            }
        }
    }

    private static void checkRef(Path site, String basePath, String from, String ref,
            Map<String, Set<String>> idsByPage, Reporter reporter) {
        if (ref.isEmpty()) {
            reporter.report("output.link", "empty link");
            return;
        }
        URI uri;
        try {
            uri = new URI(ref);
        } catch (URISyntaxException e) {
            reporter.report("output.link", "malformed link '" + ref + "'");
            return;
        }
        if (uri.getScheme() != null || ref.startsWith("//")) {
            return; // external: checked by the optional link-check profile
        }
        if (ref.startsWith("/")) {
            if (!from.equals("404.html") || !ref.startsWith(basePath)) {
                reporter.report("output.link", "site-absolute link '" + ref + "' breaks under a sub-path");
                return;
            }
            checkRef(site, basePath, "index.html", ref.substring(basePath.length()), idsByPage, reporter);
            return;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String target;
        if (path.isEmpty()) {
            target = from;
        } else {
            URI base = URI.create("x:/" + from);
            target = base.resolve(uri.getRawPath()).getPath().substring(1);
            if (target.isEmpty() || target.endsWith("/")) {
                target = target + "index.html";
            }
        }
        Path file = site.resolve(target).normalize();
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            reporter.report("output.link", "link to missing file '" + ref + "'");
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
            Set<String> ids = idsByPage.getOrDefault(target, Set.of());
            if (!ids.contains(fragment)) {
                reporter.report("output.anchor", "link to missing anchor '" + ref + "'");
            }
        }
    }

    private static String rel(Path site, Path page) {
        return site.relativize(page).toString().replace('\\', '/');
    }

    /**
     * Reports a problem found on one element: at the Markdown position the element came from when
     * it carries one, else at the written page.
     */
    private record Reporter(Diagnostics diags, String page, Element element, Map<String, SourceFile> sources) {
        void report(String code, String message) {
            SourceLocation at = SourceLocation.parse(element.attr(SourceLocation.HTML_ATTRIBUTE))
                    .orElse(null);
            if (at == null) {
                diags.add(new Diagnostic(Severity.ERROR, "site/" + page, 0, 0, message, code, null, null));
                return;
            }
            SourceFile file = sources.get(at.path());
            String line = file != null ? file.lineText(at.line()) : null;
            diags.add(new Diagnostic(Severity.ERROR, at.path(), at.line(), at.column(), message, code, line, null));
        }
    }
}
