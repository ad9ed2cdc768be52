package org.glossa.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The built site under test ({@code glossa.site}, set by failsafe) and the contract fixtures. */
final class Site {
    private Site() {}

    static Path dir() {
        String dir = System.getProperty("glossa.site", "target/site");
        Path p = Path.of(dir);
        if (!Files.isRegularFile(p.resolve("index.html"))) {
            throw new IllegalStateException("no built site at " + p.toAbsolutePath() + ": run mvn verify");
        }
        return p;
    }

    /** Hand-written pages that follow the HTML contract exactly (src/test/resources/fixture). */
    static Path fixtures() {
        try {
            return Path.of(Site.class.getResource("/fixture/section.html").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The published name of a theme asset: the build gives {@code css/glossa.css} a content-hashed
     * name ({@code css/glossa.3f2a9c1e.css}), which the home page links.
     */
    static String published(String asset) {
        String stem = asset.substring(0, asset.lastIndexOf('.'));
        String ext = asset.substring(asset.lastIndexOf('.'));
        java.util.regex.Pattern name = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(stem) + "(\\.[0-9a-f]{6,})?" + java.util.regex.Pattern.quote(ext));
        Document home = parse("index.html");
        for (org.jsoup.nodes.Element e : home.select("link[href], script[src]")) {
            String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            if (name.matcher(ref).matches()) {
                return ref;
            }
        }
        throw new IllegalStateException("the home page does not load " + asset);
    }

    /** Every HTML page of the site, as site-relative paths, sorted. */
    static List<String> pages() {
        Path dir = dir();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages rendered through the layout (every page but the small redirect pages at old addresses). */
    static List<String> readerPages() {
        return pages().stream().filter(p -> !type(parse(p)).isEmpty()).toList();
    }

    static Document parse(String page) {
        try {
            return Jsoup.parse(Files.readString(dir().resolve(page), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page type written on {@code <body class="type-...">}. */
    static String type(Document doc) {
        return doc.body().classNames().stream()
                .filter(c -> c.startsWith("type-"))
                .map(c -> c.substring(5))
                .findFirst()
                .orElse("");
    }

    /** The first page (in path order) that satisfies the test. */
    static Optional<String> first(Predicate<Document> test) {
        return readerPages().stream().filter(p -> test.test(parse(p))).findFirst();
    }

    /** One page of each type (home, section, glossary, ...), in path order. */
    static List<String> onePerType() {
        java.util.Map<String, String> byType = new java.util.TreeMap<>();
        for (String p : readerPages()) {
            byType.putIfAbsent(type(parse(p)), p);
        }
        return List.copyOf(byType.values());
    }
}
