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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
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
     * Renames the referenced assets and rewrites every page and style sheet to use the new names.
     * (The build does the same through a {@link Plan} inside its single pass over the pages.)
     *
     * @param assetsDir the theme's {@code assets/} folder, whose files JBake copied to the site root
     * @param basePath the path part of the site's public URL, for the 404 page's site-absolute links
     * @return original → hashed site-relative path of every renamed asset, sorted
     */
    public static Map<String, String> apply(Path site, Path assetsDir, String basePath) throws IOException {
        Plan plan = plan(site, assetsDir, basePath);
        try {
            files(site, ".html").parallelStream().forEach(page -> {
                try {
                    String html = Files.readString(page, StandardCharsets.UTF_8);
                    String from = rel(site, page);
                    String rewritten = rewrite(html, htmlRefs(html), url -> plan.use(from, url));
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
        return plan.apply();
    }

    /**
     * Works out the name every asset gets if something refers to it, before any page is written: a
     * file's hash covers its content, a style sheet's its content with the new names of what it
     * refers to. Style sheets are read here; pages are not.
     */
    public static Plan plan(Path site, Path assetsDir, String basePath) throws IOException {
        Set<String> assets = assetFiles(site, assetsDir);
        Plan plan = new Plan(site, basePath, assets);
        List<String> styleSheets =
                assets.stream().filter(a -> a.endsWith(".css")).sorted().toList();
        for (String css : styleSheets) {
            for (Ref ref : cssRefs(Files.readString(site.resolve(css), StandardCharsets.UTF_8))) {
                String target = resolve(css, ref.value(), basePath);
                if (target != null && assets.contains(target)) {
                    plan.referenced.add(target);
                }
            }
        }
        // Fonts, images and scripts first: a style sheet's hash covers the names it refers to.
        for (String asset : assets) {
            if (!asset.endsWith(".css")) {
                plan.names.put(asset, hashedName(asset, Files.readAllBytes(site.resolve(asset))));
            }
        }
        Set<String> done = new LinkedHashSet<>();
        for (String css : styleSheets) {
            planStyleSheet(plan, css, done, new LinkedHashSet<>());
        }
        return plan;
    }

    /**
     * The new names of a site's assets. Pages report the assets they use ({@link #use}, from any
     * thread); {@link #apply} then renames exactly the assets that pages or style sheets use.
     */
    public static final class Plan {
        private final Path site;
        private final String basePath;
        private final Set<String> assets;
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, String> styleSheets = new LinkedHashMap<>();
        private final Set<String> referenced = ConcurrentHashMap.newKeySet();

        private Plan(Path site, String basePath, Set<String> assets) {
            this.site = site;
            this.basePath = basePath;
            this.assets = assets;
        }

        /** Records that page {@code from} loads {@code url}; returns the URL it must use instead. */
        public String use(String from, String url) {
            String target = resolve(from, url, basePath);
            if (target != null && assets.contains(target)) {
                referenced.add(target);
            }
            return publishedUrl(from, url);
        }

        /**
         * The URL with which page {@code from} refers to an asset once renamed: only the file name
         * changes (a query or fragment stays); the same URL for anything else.
         */
        public String publishedUrl(String from, String url) {
            String target = resolve(from, url, basePath);
            String newPath = target == null || !assets.contains(target) ? null : names.get(target);
            if (newPath == null) {
                return url;
            }
            int pathEnd = firstIndexOf(url, '?', '#');
            int nameStart = url.lastIndexOf('/', pathEnd - 1) + 1;
            String newName = newPath.substring(newPath.lastIndexOf('/') + 1);
            return url.substring(0, nameStart) + newName + url.substring(pathEnd);
        }

        /**
         * Renames every used asset and writes the style sheets with the new names inside.
         *
         * @return original → hashed site-relative path of every renamed asset, sorted
         */
        public Map<String, String> apply() throws IOException {
            Map<String, String> renamed = new TreeMap<>();
            for (String asset : new TreeSet<>(referenced)) {
                if (!asset.endsWith(".css") && names.containsKey(asset)) {
                    Files.move(site.resolve(asset), site.resolve(names.get(asset)));
                    renamed.put(asset, names.get(asset));
                }
            }
            for (Map.Entry<String, String> css : styleSheets.entrySet()) {
                String name = css.getKey();
                if (referenced.contains(name) && names.containsKey(name)) {
                    Files.delete(site.resolve(name));
                    Files.writeString(site.resolve(names.get(name)), css.getValue(), StandardCharsets.UTF_8);
                    renamed.put(name, names.get(name));
                } else if (!css.getValue().equals(Files.readString(site.resolve(name), StandardCharsets.UTF_8))) {
                    Files.writeString(site.resolve(name), css.getValue(), StandardCharsets.UTF_8);
                }
            }
            return renamed;
        }
    }

    /** A style sheet with its imports first: its text with the new names, and its own new name. */
    private static void planStyleSheet(Plan plan, String css, Set<String> done, Set<String> visiting)
            throws IOException {
        if (done.contains(css) || !visiting.add(css)) {
            return; // finished, or an @import cycle: leave the cycle's names as they are
        }
        String text = Files.readString(plan.site.resolve(css), StandardCharsets.UTF_8);
        List<Ref> refs = cssRefs(text);
        for (Ref ref : refs) {
            String target = resolve(css, ref.value(), plan.basePath);
            if (target != null && target.endsWith(".css") && plan.assets.contains(target)) {
                planStyleSheet(plan, target, done, visiting);
            }
        }
        // Everything a style sheet refers to is used, so it is renamed: the new names go in.
        String rewritten = rewrite(text, refs, url -> plan.publishedUrl(css, url));
        plan.styleSheets.put(css, rewritten);
        plan.names.put(css, hashedName(css, rewritten.getBytes(StandardCharsets.UTF_8)));
        done.add(css);
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

    /** Replaces each reference's value by what {@code newUrl} gives for it; nothing else changes. */
    private static String rewrite(String text, List<Ref> refs, UnaryOperator<String> newUrl) {
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        for (Ref ref : refs) {
            String value = newUrl.apply(ref.value());
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
