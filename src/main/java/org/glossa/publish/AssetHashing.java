package org.glossa.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Gives the theme's assets content-hashed names ({@code css/glossa.css} becomes
 * {@code css/glossa.3f2a9c1e.css}) so that hosts can cache them forever, and points every page
 * and style sheet at the new names.
 *
 * <p>Runs over the staging folder after JBake and before the output check, which then validates
 * the rewritten links. Only assets that pages ({@code <link href>}, {@code src},
 * {@code poster}) or style sheets ({@code url()}, {@code @import}) reference are renamed: a file
 * that scripts load by a computed URL keeps its name. Links a reader follows ({@code <a href>})
 * are left alone, so a downloadable file keeps an address worth sharing. Pages are edited in
 * place at the attribute's source position (jsoup position tracking), so nothing else in them
 * changes.
 */
public final class AssetHashing {
    /** {@code url(x)}, {@code url('x')}, {@code url("x")}, {@code @import "x"}: the first non-null group of 1 to 5. */
    private static final Pattern CSS_REF = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)'\"\\s]+))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");

    private AssetHashing() {}

    /**
     * @param assetsDir the theme's {@code assets/} folder, whose files JBake copied to the site root
     * @param basePath the path part of the site's public URL, for the 404 page's site-absolute links
     * @return original → hashed site-relative path of every renamed asset, sorted
     */
    public static Map<String, String> apply(Path site, Path assetsDir, String basePath) throws IOException {
        List<Path> pages = files(site, ".html");
        // Each page is parsed once, on all cores; its references are kept (they are few) for the rewrite.
        Map<String, List<Ref>> refsByPage = new ConcurrentHashMap<>();
        try {
            pages.parallelStream().forEach(page -> {
                try {
                    refsByPage.put(rel(site, page), htmlRefs(Files.readString(page, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, List<String>> urls = new TreeMap<>();
        refsByPage.forEach((page, refs) -> urls.put(page, refs.stream().map(Ref::value).toList()));
        Map<String, String> hashed = hashAssets(site, assetsDir, basePath, urls);
        if (hashed.isEmpty()) {
            return hashed;
        }
        try {
            pages.parallelStream().forEach(page -> {
                try {
                    String html = Files.readString(page, StandardCharsets.UTF_8);
                    String rewritten = rewrite(html, refsByPage.get(rel(site, page)), rel(site, page), basePath, hashed);
                    if (!rewritten.equals(html)) {
                        Files.writeString(page, rewritten, StandardCharsets.UTF_8);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return hashed;
    }

    /**
     * Renames the assets that pages or style sheets reference and rewrites the style sheets, but
     * leaves the pages to the caller (the build rewrites them in its single pass over the output,
     * with {@link #publishedUrl}).
     *
     * @param urlsByPage for each page (site-relative path), the URLs it loads assets from: {@code
     *     <link href>}, {@code src} and {@code poster} values
     * @return original → hashed site-relative path of every renamed asset, sorted
     */
    public static Map<String, String> hashAssets(
            Path site, Path assetsDir, String basePath, Map<String, List<String>> urlsByPage) throws IOException {
        Set<String> assets = assetFiles(site, assetsDir);
        Set<String> referenced = new TreeSet<>();
        urlsByPage.forEach((page, urls) -> {
            for (String url : urls) {
                String target = resolve(page, url, basePath);
                if (target != null && assets.contains(target)) {
                    referenced.add(target);
                }
            }
        });
        List<String> styleSheets =
                assets.stream().filter(a -> a.endsWith(".css")).sorted().toList();
        for (String css : styleSheets) {
            for (Ref ref : cssRefs(Files.readString(site.resolve(css), StandardCharsets.UTF_8))) {
                String target = resolve(css, ref.value(), basePath);
                if (target != null && assets.contains(target)) {
                    referenced.add(target);
                }
            }
        }

        Map<String, String> hashed = new TreeMap<>();
        // Fonts, images and scripts first: a style sheet's hash covers the names it refers to.
        for (String asset : referenced) {
            if (!asset.endsWith(".css")) {
                hashed.put(asset, rename(site, asset, Files.readAllBytes(site.resolve(asset))));
            }
        }
        Set<String> done = new LinkedHashSet<>();
        for (String css : styleSheets) {
            hashStyleSheet(site, css, basePath, assets, referenced, hashed, done, new LinkedHashSet<>());
        }
        return hashed;
    }

    /**
     * The URL with which page {@code from} refers to an asset once {@code hashed} renamed it: only
     * the file name changes (a query or fragment stays); the same URL when the asset kept its name.
     */
    public static String publishedUrl(String from, String url, String basePath, Map<String, String> hashed) {
        String target = resolve(from, url, basePath);
        String newPath = target == null ? null : hashed.get(target);
        if (newPath == null) {
            return url;
        }
        int pathEnd = firstIndexOf(url, '?', '#');
        int nameStart = url.lastIndexOf('/', pathEnd - 1) + 1;
        String newName = newPath.substring(newPath.lastIndexOf('/') + 1);
        return url.substring(0, nameStart) + newName + url.substring(pathEnd);
    }

    /** Rewrites a style sheet's references (its imports first), then renames it if it is referenced. */
    private static void hashStyleSheet(
            Path site,
            String css,
            String basePath,
            Set<String> assets,
            Set<String> referenced,
            Map<String, String> hashed,
            Set<String> done,
            Set<String> visiting)
            throws IOException {
        if (done.contains(css) || !visiting.add(css)) {
            return; // finished, or an @import cycle: leave the cycle's names as they are
        }
        String text = Files.readString(site.resolve(css), StandardCharsets.UTF_8);
        List<Ref> refs = cssRefs(text);
        for (Ref ref : refs) {
            String target = resolve(css, ref.value(), basePath);
            if (target != null && target.endsWith(".css") && assets.contains(target)) {
                hashStyleSheet(site, target, basePath, assets, referenced, hashed, done, visiting);
            }
        }
        String rewritten = rewrite(text, refs, css, basePath, hashed);
        if (referenced.contains(css)) {
            Files.delete(site.resolve(css));
            hashed.put(css, write(site, css, rewritten.getBytes(StandardCharsets.UTF_8)));
        } else if (!rewritten.equals(text)) {
            Files.writeString(site.resolve(css), rewritten, StandardCharsets.UTF_8);
        }
        done.add(css);
    }

    private static String rename(Path site, String asset, byte[] content) throws IOException {
        String name = hashedName(asset, content);
        Files.move(site.resolve(asset), site.resolve(name));
        return name;
    }

    private static String write(Path site, String asset, byte[] content) throws IOException {
        String name = hashedName(asset, content);
        Files.write(site.resolve(name), content);
        return name;
    }

    /** {@code css/glossa.css} → {@code css/glossa.<first 8 hex digits of SHA-256>.css}. */
    static String hashedName(String path, byte[] content) {
        String hash = sha256(content).substring(0, 8);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A reference and where its value sits in the text. */
    record Ref(String value, int start, int end) {}

    static List<Ref> htmlRefs(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<Ref> refs = new ArrayList<>();
        for (Element e : doc.select("link[href], [src], video[poster]")) {
            for (String key : List.of("href", "src", "poster")) {
                if (!e.hasAttr(key) || (key.equals("href") && !e.tagName().equals("link"))) {
                    continue;
                }
                Attribute attr = e.attribute(key);
                Range range = attr == null ? null : attr.sourceRange().valueRange();
                if (range != null
                        && range.isTracked()
                        && range.end().pos() > range.start().pos()) {
                    refs.add(new Ref(
                            html.substring(range.start().pos(), range.end().pos()),
                            range.start().pos(),
                            range.end().pos()));
                }
            }
        }
        refs.sort(Comparator.comparingInt(Ref::start));
        return refs;
    }

    static List<Ref> cssRefs(String css) {
        List<Ref> refs = new ArrayList<>();
        Matcher m = CSS_REF.matcher(css);
        while (m.find()) {
            for (int g = 1; g <= 5; g++) {
                if (m.group(g) != null) {
                    refs.add(new Ref(m.group(g), m.start(g), m.end(g)));
                    break;
                }
            }
        }
        return refs;
    }

    /** Replaces, in each reference to a renamed asset, the file name and nothing else. */
    private static String rewrite(
            String text, List<Ref> refs, String from, String basePath, Map<String, String> hashed) {
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        for (Ref ref : refs) {
            String value = publishedUrl(from, ref.value(), basePath, hashed);
            if (value.equals(ref.value())) {
                continue;
            }
            sb.append(text, last, ref.start()).append(value);
            last = ref.end();
        }
        return sb.append(text, last, text.length()).toString();
    }

    private static int firstIndexOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        int end = i < 0 ? j : j < 0 ? i : Math.min(i, j);
        return end < 0 ? s.length() : end;
    }

    /**
     * The site-relative path a reference in file {@code from} points to, or {@code null} for an
     * external, empty or unparseable one.
     */
    static String resolve(String from, String ref, String basePath) {
        String r = ref.strip();
        if (r.isEmpty() || r.startsWith("#") || r.startsWith("//")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(r);
        } catch (URISyntaxException e) {
            return null;
        }
        if (uri.getScheme() != null
                || uri.getRawPath() == null
                || uri.getRawPath().isEmpty()) {
            return null;
        }
        String path = uri.getRawPath();
        if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return null;
            }
            path = path.substring(basePath.length());
            from = "index.html";
        }
        String resolved = URI.create("x:/" + from).resolve(path).getPath();
        if (resolved == null || resolved.startsWith("/..")) {
            return null;
        }
        return resolved.substring(1);
    }

    /** Site-relative paths of the files JBake copied from the theme's assets folder. */
    private static Set<String> assetFiles(Path site, Path assetsDir) throws IOException {
        Set<String> assets = new TreeSet<>();
        if (!Files.isDirectory(assetsDir)) {
            return assets;
        }
        try (Stream<Path> s = Files.walk(assetsDir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = rel(assetsDir, p);
                if (Files.isRegularFile(site.resolve(rel)) && !rel.endsWith(".html")) {
                    assets.add(rel);
                }
            }
        }
        return assets;
    }

    private static List<Path> files(Path site, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p ->
                            Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    private static String rel(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
