package org.glossa.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The safety net after rendering: reads every written page as a reader's browser would and
 * checks every internal {@code href} and {@code src} (file and fragment) and that ids are unique.
 * Content links were already checked against the Markdown, but some targets (a generated page's
 * anchors, files written after the model was checked) only exist now. A problem on an element that
 * carries {@link SourceLocation#HTML_ATTRIBUTE} is reported at that Markdown position; others at
 * the written page.
 *
 * <p>Each page is read, parsed and written once per build, on all cores ({@link #scanAndWrite}):
 * in that one pass it gets its published asset names and loses its source locations, and only
 * what the check needs is kept (its ids and links), not the parsed page: for a large essay the
 * parsed pages would not fit in memory.
 */
public final class OutputCheck {
    private OutputCheck() {}

    /** What one parse of every page of a site found. */
    public record Scan(Path site, List<PageScan> pages) {}

    /**
     * One page: its ids (and any repeated), and each distinct link once.
     *
     * @param page the page's path in the site, e.g. {@code essay/radio.html}
     */
    public record PageScan(String page, Set<String> ids, List<Repeated> repeatedIds, Set<Link> links) {}

    /** An id that an element repeats, and that element's source location, or {@code ""}. */
    public record Repeated(String id, String location) {}

    /**
     * An {@code href} or {@code src} to check.
     *
     * @param asset whether it loads an asset (link href, src), whose published name may change
     * @param location the source location of its element, or {@code ""}
     */
    public record Link(String url, boolean asset, String location) {}

    /** How a page will refer to an asset once published: {@code (page, url) -> url}. */
    @FunctionalInterface
    public interface PublishedUrl {
        PublishedUrl UNCHANGED = (page, url) -> url;

        String of(String page, String url);
    }

    /** What the single pass does to each page as it writes it. */
    public interface PageWriter {
        /** The URL the page must use for an asset it loads; may record the use. */
        String assetUrl(String page, String url);

        /** Called with the page's final content once written (or left as it was). */
        default void written(Path file, byte[] content) throws IOException {}
    }

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
        check(scan(site), basePath, sources, PublishedUrl.UNCHANGED, diags);
    }

    /** Checks the site and strips the source locations from its pages: one read and parse of each. */
    public static void checkAndStrip(Path site, String basePath, Map<String, SourceFile> sources, Diagnostics diags)
            throws IOException {
        Scan scan = scanAndWrite(site, (page, url) -> url);
        check(scan, basePath, sources, PublishedUrl.UNCHANGED, diags);
    }

    /** Reads and parses every page of the site once, on all cores, and changes nothing. */
    public static Scan scan(Path site) throws IOException {
        return scan(site, null, null);
    }

    /**
     * Reads, parses and writes every page of the site once, on all cores: its asset references as
     * {@code writer} gives them, its source locations stripped.
     */
    public static Scan scanAndWrite(Path site, PageWriter writer) throws IOException {
        return scan(site, writer, null);
    }

    /**
     * {@link #scanAndWrite(Path, PageWriter)} for a site that is built again and again (the preview
     * server): a page whose bytes are those it had in the previous build is not parsed again.
     */
    public static Scan scanAndWrite(Path site, PageWriter writer, ScanCache cache) throws IOException {
        Scan scan = scan(site, writer, cache);
        cache.keepOnly(scan);
        return scan;
    }

    /**
     * What the last scan found in each page, by the page's SHA-256: one edit of one section
     * changes a few pages, and parsing is most of the output check.
     */
    public static final class ScanCache {
        private record Scanned(byte[] sha256, PageScan scan, List<AssetAttribute> assets) {}

        private final Map<String, Scanned> byPage = new ConcurrentHashMap<>();

        private Scanned get(String page, byte[] sha256) {
            Scanned s = byPage.get(page);
            return s != null && java.util.Arrays.equals(s.sha256(), sha256) ? s : null;
        }

        private void keepOnly(Scan scan) {
            Set<String> pages = new HashSet<>();
            scan.pages().forEach(p -> pages.add(p.page()));
            byPage.keySet().retainAll(pages);
        }
    }

    private static Scan scan(Path site, PageWriter writer, ScanCache cache) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(site)) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        try {
            return new Scan(
                    site,
                    files.parallelStream()
                            .map(file -> scanPage(site, file, writer, cache))
                            .toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Checks the scanned pages: unique ids, and every link's file and anchor.
     *
     * @param published how each page will refer to its assets, for links to check as published
     */
    public static void check(
            Scan scan, String basePath, Map<String, SourceFile> sources, PublishedUrl published, Diagnostics diags) {
        Path site = scan.site();
        Map<String, Set<String>> idsByPage = new HashMap<>();
        for (PageScan p : scan.pages()) {
            idsByPage.put(p.page(), p.ids());
        }
        Map<Path, Boolean> existing = new ConcurrentHashMap<>();
        scan.pages().parallelStream().forEach(p -> {
            for (Link link : p.links()) {
                String url = link.asset() ? published.of(p.page(), link.url()) : link.url();
                checkRef(
                        site,
                        basePath,
                        p.page(),
                        url,
                        idsByPage,
                        existing,
                        new Reporter(diags, p.page(), link.location(), sources));
            }
        });
        for (PageScan p : scan.pages()) {
            for (Repeated r : p.repeatedIds()) {
                new Reporter(diags, p.page(), r.location(), sources)
                        .report("output.duplicate-id", "id '" + r.id() + "' appears more than once");
            }
        }
    }

    private static PageScan scanPage(Path site, Path file, PageWriter writer, ScanCache cache) {
        String page = rel(site, file);
        try {
            byte[] raw = Files.readAllBytes(file);
            String html = new String(raw, StandardCharsets.UTF_8);
            byte[] sha256 = cache == null ? null : sha256(raw);
            ScanCache.Scanned known = cache == null ? null : cache.get(page, sha256);
            if (known != null) {
                if (writer != null) {
                    write(file, page, html, raw, known.assets(), writer);
                }
                return known.scan();
            }
            // Without positions: tracking them makes jsoup's parse several times slower, and only
            // the asset references need them (see assetRefs).
            Document doc = Jsoup.parse(html, "", Parser.htmlParser());
            Set<String> ids = new HashSet<>();
            List<Repeated> repeated = new ArrayList<>();
            // Every page links the same navigation: each distinct link is checked once per page.
            Set<Link> links = new LinkedHashSet<>();
            List<AssetAttribute> assets = new ArrayList<>();
            for (Element e : doc.getAllElements()) {
                String location = e.attr(SourceLocation.HTML_ATTRIBUTE);
                if (e.hasAttr("id") && !ids.add(e.id())) {
                    repeated.add(new Repeated(e.id(), location));
                }
                if ((e.nameIs("a") || e.nameIs("link")) && e.hasAttr("href")) {
                    links.add(new Link(e.attr("href"), e.nameIs("link"), location));
                }
                if (e.hasAttr("src")) {
                    links.add(new Link(e.attr("src"), true, location));
                }
                assetAttributes(e, assets);
            }
            if (writer != null) {
                write(file, page, html, raw, assets, writer);
            }
            PageScan scan = new PageScan(page, ids, repeated, links);
            if (cache != null) {
                cache.byPage.put(page, new ScanCache.Scanned(sha256, scan, List.copyOf(assets)));
            }
            return scan;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page as published: asset references as the writer gives them, source locations stripped. */
    private static void write(
            Path file, String page, String html, byte[] raw, List<AssetAttribute> assets, PageWriter writer)
            throws IOException {
        List<Replacement> replacements = replacements(html, page, assets, writer);
        String rewritten = html;
        if (!replacements.isEmpty()) {
            StringBuilder sb = new StringBuilder(html.length());
            int last = 0;
            for (Replacement r : replacements) {
                sb.append(html, last, r.start()).append(r.url());
                last = r.end();
            }
            rewritten = sb.append(html, last, html.length()).toString();
        }
        String published = SourceLocations.strip(rewritten);
        byte[] content = raw;
        if (!published.equals(html)) {
            content = published.getBytes(StandardCharsets.UTF_8);
            Files.write(file, content);
        }
        writer.written(file, content);
    }

    /** An attribute by which an element loads an asset, with its (non-empty) value. */
    private record AssetAttribute(String key, String value) {}

    /** The asset references of an element: {@code link href}, any {@code src}, {@code video poster}. */
    private static void assetAttributes(Element e, List<AssetAttribute> out) {
        for (String key : ASSET_KEYS) {
            if (key.equals("href") && !e.nameIs("link") || key.equals("poster") && !e.nameIs("video")) {
                continue;
            }
            String value = e.attr(key);
            if (!value.isEmpty()) {
                out.add(new AssetAttribute(key, value));
            }
        }
    }

    private static final List<String> ASSET_KEYS = List.of("href", "src", "poster");

    /** A value in the page's text to replace by {@code url}. */
    private record Replacement(int start, int end, String url) {}

    /**
     * The asset references whose URL the writer changes, where they sit in the page's text, in text
     * order. The writer sees every reference. Each one to change is found as {@code key="value"}
     * after white space; when that is ambiguous (a value with an entity or a quote, an unquoted
     * value, another link or text that spells the same) the page is parsed again, tracking
     * positions, so the rewrite is always exact.
     */
    private static List<Replacement> replacements(
            String html, String page, List<AssetAttribute> attributes, PageWriter writer) {
        Map<AssetAttribute, String> changed = new LinkedHashMap<>();
        Map<AssetAttribute, Integer> expected = new LinkedHashMap<>();
        for (AssetAttribute a : attributes) {
            if (a.value().indexOf('&') >= 0 || a.value().indexOf('"') >= 0) {
                return trackedReplacements(html, page, writer);
            }
            String url = writer.assetUrl(page, a.value());
            if (!url.equals(a.value())) {
                changed.put(a, url);
                expected.merge(a, 1, Integer::sum);
            }
        }
        List<Replacement> replacements = new ArrayList<>();
        for (Map.Entry<AssetAttribute, String> e : changed.entrySet()) {
            AssetAttribute a = e.getKey();
            String needle = a.key() + "=\"" + a.value() + "\"";
            int found = 0;
            for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
                if (at > 0 && Character.isWhitespace(html.charAt(at - 1))) {
                    int start = at + a.key().length() + 2;
                    replacements.add(new Replacement(start, start + a.value().length(), e.getValue()));
                    found++;
                }
            }
            if (found != expected.get(a)) {
                return trackedReplacements(html, page, writer);
            }
        }
        replacements.sort(Comparator.comparingInt(Replacement::start));
        return replacements;
    }

    /** The replacements at the references' exact places, from a parse that tracks positions. */
    private static List<Replacement> trackedReplacements(String html, String page, PageWriter writer) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<Replacement> replacements = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            List<AssetAttribute> attributes = new ArrayList<>();
            assetAttributes(e, attributes);
            for (AssetAttribute a : attributes) {
                Range range = e.attribute(a.key()).sourceRange().valueRange();
                if (range.isTracked() && range.end().pos() > range.start().pos()) {
                    int start = range.start().pos();
                    int end = range.end().pos();
                    String written = html.substring(start, end);
                    String url = writer.assetUrl(page, written);
                    if (!url.equals(written)) {
                        replacements.add(new Replacement(start, end, url));
                    }
                }
            }
        }
        replacements.sort(Comparator.comparingInt(Replacement::start));
        return replacements;
    }

    private static void checkRef(
            Path site,
            String basePath,
            String from,
            String ref,
            Map<String, Set<String>> idsByPage,
            Map<Path, Boolean> existing,
            Reporter reporter) {
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

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
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
