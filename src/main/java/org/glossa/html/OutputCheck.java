package org.glossa.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * the written page. Each page is read and parsed once for all checks, on all cores, and only what
 * the checks need is kept (not the parsed pages: they would not fit in memory for a large essay).
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
        run(site, basePath, sources, false, diags);
    }

    /**
     * Checks the site, and strips the source locations from every page in the same pass: each page
     * is read, parsed and written at most once per build.
     */
    public static void checkAndStrip(Path site, String basePath, Map<String, SourceFile> sources, Diagnostics diags)
            throws IOException {
        run(site, basePath, sources, true, diags);
    }

    /** What the checks need from one page; the parsed page itself is dropped once this is read. */
    private record PageFacts(String page, Set<String> ids, List<Ref> refs) {}

    /** One {@code href} or {@code src}, and the source location of its element, if it has one. */
    private record Ref(String url, String location) {}

    private static void run(Path site, String basePath, Map<String, SourceFile> sources, boolean strip,
            Diagnostics diags) throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<PageFacts> facts;
        try {
            facts = pages.parallelStream()
                    .map(page -> read(site, page, strip, sources, diags))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, Set<String>> idsByPage = new HashMap<>();
        for (PageFacts f : facts) {
            idsByPage.put(f.page(), f.ids());
        }
        Map<Path, Boolean> existing = new ConcurrentHashMap<>();
        facts.parallelStream().forEach(f -> {
            for (Ref ref : f.refs()) {
                checkRef(site, basePath, f.page(), ref.url(), idsByPage, existing,
                        new Reporter(diags, f.page(), ref.location(), sources));
            }
        });
    }

    /** Reads and parses one page, reports duplicate ids, and strips it when asked. */
    private static PageFacts read(Path site, Path file, boolean strip, Map<String, SourceFile> sources,
            Diagnostics diags) {
        String page = rel(site, file);
        try {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            Document doc = Jsoup.parse(html);
            Set<String> ids = new HashSet<>();
            // Every page links the same navigation: each distinct link is checked once per page.
            Set<Ref> refs = new LinkedHashSet<>();
            for (Element e : doc.getAllElements()) {
                if (e.hasAttr("id") && !ids.add(e.id())) {
                    new Reporter(diags, page, location(e), sources)
                            .report("output.duplicate-id", "id '" + e.id() + "' appears more than once");
                }
                if ((e.nameIs("a") || e.nameIs("link")) && e.hasAttr("href")) {
                    refs.add(new Ref(e.attr("href"), location(e)));
                }
                if (e.hasAttr("src")) {
                    refs.add(new Ref(e.attr("src"), location(e)));
                }
            }
            if (strip) {
                String stripped = SourceLocations.strip(html);
                if (!stripped.equals(html)) {
                    Files.writeString(file, stripped, StandardCharsets.UTF_8);
                }
            }
            return new PageFacts(page, ids, List.copyOf(refs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(Element e) {
        return e.attr(SourceLocation.HTML_ATTRIBUTE);
    }

    private static void checkRef(Path site, String basePath, String from, String ref,
            Map<String, Set<String>> idsByPage, Map<Path, Boolean> existing, Reporter reporter) {
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
            checkRef(site, basePath, "index.html", ref.substring(basePath.length()), idsByPage, existing, reporter);
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
        boolean exists = idsByPage.containsKey(target)
                || (file.startsWith(site) && existing.computeIfAbsent(file, Files::isRegularFile));
        if (!file.startsWith(site) || !exists) {
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
    private record Reporter(Diagnostics diags, String page, String location, Map<String, SourceFile> sources) {
        void report(String code, String message) {
            SourceLocation at = SourceLocation.parse(location).orElse(null);
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
