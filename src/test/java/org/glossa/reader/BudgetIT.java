package org.glossa.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The site's budgets, measured over {@code target/site}: nothing loaded from another host, at most
 * 30 KB of JavaScript and 30 KB of CSS gzipped (fonts and the search index aside), and no inline
 * script or style anywhere, so the strict Content-Security-Policy every page declares holds.
 */
class BudgetIT {
    static final int BUDGET = 30 * 1024;
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)|@import\\s+['\"]([^'\"]+)");

    private static boolean external(String ref) {
        String r = ref.strip().toLowerCase(java.util.Locale.ROOT);
        return r.startsWith("//") || r.matches("^[a-z][a-z0-9+.-]*:.*") && !r.startsWith("data:");
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> s = Files.walk(Site.dir())) {
            return s.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    static long gzipped(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(Files.readAllBytes(file));
        }
        return out.size();
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String page : Site.pages()) {
            Document doc = Site.parse(page);
            for (Element e : doc.select(
                    "script[src], img[src], iframe[src], audio[src], video[src], source[src], track[src], embed[src]")) {
                if (external(e.attr("src"))) problems.add(page + ": <" + e.tagName() + " src=" + e.attr("src") + ">");
            }
            for (Element e : doc.select("img[srcset], source[srcset]")) {
                for (String candidate : e.attr("srcset").split(",")) {
                    if (external(candidate.strip().split("\\s+")[0])) problems.add(page + ": srcset " + candidate);
                }
            }
            for (Element e : doc.select("link[href]")) {
                String rel = e.attr("rel").toLowerCase(java.util.Locale.ROOT);
                boolean loads = rel.matches(
                        ".*\\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon|mask-icon)\\b.*");
                if (loads && external(e.attr("href")))
                    problems.add(page + ": <link rel=" + rel + " href=" + e.attr("href") + ">");
            }
            for (Element e : doc.select("object[data]")) {
                if (external(e.attr("data"))) problems.add(page + ": <object data=" + e.attr("data") + ">");
            }
        }
        for (Path css : files(".css")) {
            Matcher m = CSS_URL.matcher(Files.readString(css, StandardCharsets.UTF_8));
            while (m.find()) {
                String ref = m.group(1) != null ? m.group(1) : m.group(2);
                if (external(ref)) problems.add(Site.dir().relativize(css) + ": " + m.group());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void javascriptAndCssStayWithinThirtyKilobytesGzipped() throws IOException {
        long js = 0;
        long css = 0;
        StringBuilder figures = new StringBuilder();
        for (Path f : files(".js")) {
            long size = gzipped(f);
            js += size;
            figures.append(String.format(
                    "  %-28s %6d B raw %6d B gzipped%n", Site.dir().relativize(f), Files.size(f), size));
        }
        for (Path f : files(".css")) {
            long size = gzipped(f);
            css += size;
            figures.append(String.format(
                    "  %-28s %6d B raw %6d B gzipped%n", Site.dir().relativize(f), Files.size(f), size));
        }
        System.out.printf("Budgets: JavaScript %d B, CSS %d B gzipped (limit %d B each)%n%s", js, css, BUDGET, figures);
        assertTrue(js > 0 && css > 0, "the site has its script and style sheet");
        assertTrue(js <= BUDGET, "JavaScript " + js + " B gzipped\n" + figures);
        assertTrue(css <= BUDGET, "CSS " + css + " B gzipped\n" + figures);
    }

    @Test
    void noInlineScriptsOrStylesAndEveryPageDeclaresTheStrictPolicy() {
        List<String> problems = new ArrayList<>();
        for (String page : Site.pages()) {
            Document doc = Site.parse(page);
            for (Element s : doc.select("script:not([src])")) {
                if (!s.attr("type").equalsIgnoreCase("application/ld+json")) problems.add(page + ": inline <script>");
            }
            if (!doc.select("style").isEmpty()) problems.add(page + ": <style> element");
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                    if (name.equals("style")) problems.add(page + ": style attribute on <" + e.tagName() + ">");
                    if (name.startsWith("on"))
                        problems.add(page + ": event handler " + name + " on <" + e.tagName() + ">");
                    if ((name.equals("href") || name.equals("src") || name.equals("action"))
                            && a.getValue()
                                    .strip()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .startsWith("javascript:")) {
                        problems.add(page + ": javascript: URL");
                    }
                }
            }
            Element csp = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            if (csp == null) {
                problems.add(page + ": no Content-Security-Policy meta");
                continue;
            }
            String policy = csp.attr("content");
            for (String kind : List.of("script-src", "style-src")) {
                if (!effective(policy, kind).equals("'self'")
                        && !effective(policy, kind).equals("'none'")) {
                    problems.add(page + ": CSP " + kind + " is " + effective(policy, kind));
                }
            }
            if (policy.contains("unsafe-inline") || policy.contains("unsafe-eval"))
                problems.add(page + ": CSP allows unsafe code");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The sources a policy allows for one kind of resource: its own directive, else default-src. */
    static String effective(String policy, String kind) {
        String fallback = "(none: anything goes)";
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            if (parts[0].equalsIgnoreCase(kind)) {
                return parts.length > 1 ? parts[1].strip() : "";
            }
            if (parts[0].equalsIgnoreCase("default-src")) {
                fallback = parts.length > 1 ? parts[1].strip() : "";
            }
        }
        return fallback;
    }

    @Test
    void theThemeIsAppliedByABlockingScriptInTheHeadAndEverythingElseIsDeferred() {
        for (String page : Site.readerPages()) {
            Document doc = Site.parse(page);
            List<Element> scripts = doc.select("script[src]");
            assertFalse(scripts.isEmpty(), page);
            Element theme = doc.selectFirst("head > script[src~=js/theme(\\.[0-9a-f]+)?\\.js$]");
            assertTrue(
                    theme != null && !theme.hasAttr("defer") && !theme.hasAttr("async"),
                    page + ": theme.js runs before the first paint");
            for (Element s : scripts) {
                if (s != theme)
                    assertTrue(
                            s.hasAttr("defer") || s.hasAttr("async"), page + ": " + s.attr("src") + " must not block");
            }
            assertEquals(1, doc.select("head > link[rel=stylesheet]").size(), page + ": one style sheet");
        }
    }
}
