package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.testing.EssayFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the minimal fixture essay end to end and reads the HTML a reader would receive. */
class FixtureBuildTest {
    @TempDir
    static Path temp;

    static Path essay;
    static Path site;
    static EssayFixture.Run run;

    @BeforeAll
    static void build() throws Exception {
        essay = EssayFixture.copy("minimal", temp);
        site = temp.resolve("site");
        run = EssayFixture.build(essay, site, "--strict");
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void succeedsQuietly() {
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Built "), run.out());
    }

    @Test
    void writesEveryPageWithoutNumberPrefixes() throws Exception {
        for (String p : List.of(
                "index.html",
                "essay/first.html",
                "essay/second.html",
                "sources.html",
                "404.html",
                "cite.bib",
                "cite.ris",
                "cite.json",
                "sitemap.xml",
                "robots.txt")) {
            assertTrue(Files.isRegularFile(site.resolve(p)), p);
        }
        // Assets carry a content hash in their names (publish.AssetHashing).
        assertTrue(site.resolve(
                        page("index.html").selectFirst("link[rel=stylesheet]").attr("href"))
                .getFileName()
                .toString()
                .matches("glossa\\.[0-9a-f]{8}\\.css"));
        assertTrue(site.resolve(
                        page("index.html").selectFirst("script[src*=glossa.]").attr("src"))
                .getFileName()
                .toString()
                .matches("glossa\\.[0-9a-f]{8}\\.js"));
        assertFalse(Files.exists(site.resolve("essay/01-first.html")));
        assertFalse(Files.exists(site.resolve("glossary/index.html")), "no glossary, no glossary index");
        assertFalse(Files.exists(site.resolve("feed.xml")), "no declared revisions, no feed");
    }

    @Test
    void titlesAreEscaped() throws Exception {
        Document home = page("index.html");
        assertEquals(
                "A Small Essay <script>alert(1)</script>",
                home.selectFirst("h1").text());
        assertTrue(
                home.select("script:not([src]):not([type=application/ld+json])").isEmpty(),
                "no inline script from front matter");
        assertFalse(
                home.selectFirst("script[type=application/ld+json]").data().contains("<"),
                "JSON-LD escapes < so that it cannot close its script element");
        assertEquals("A Small Essay <script>alert(1)</script>", home.title());
    }

    @Test
    void homeListsSectionsInOrderWithSummaries() throws Exception {
        Document home = page("index.html");
        List<String> titles = home.select("#contents .contents-title").eachText();
        assertEquals(List.of("First part", "Second part"), titles);
        assertEquals(
                "essay/first.html",
                home.selectFirst("#contents .contents-title").attr("href"));
        assertEquals(
                "Where it begins.",
                home.selectFirst("#contents .contents-summary").text());
    }

    @Test
    void linksToMarkdownFilesBecomeRelativeLinksToPages() throws Exception {
        Document first = page("essay/first.html");
        Element link = first.selectFirst("a:contains(the second part)");
        assertEquals("second.html#details", link.attr("href"));
        assertEquals(
                "essay/first.html",
                page("index.html").selectFirst("a:contains(the first part)").attr("href"));
        assertEquals(
                "#background", first.selectFirst("a:contains(the background)").attr("href"));
    }

    @Test
    void headingsHaveStableIdsAndSelfLinks() throws Exception {
        Document first = page("essay/first.html");
        assertEquals("background", first.selectFirst("h2:contains(Background)").id());
        assertEquals("context", first.selectFirst("h2:contains(Context)").id());
        assertEquals(
                "#context", first.selectFirst("h2#context a.heading-anchor").attr("href"));
    }

    @Test
    void sectionsLinkPreviousAndNext() throws Exception {
        Document first = page("essay/first.html");
        assertTrue(first.select("a[rel=prev]").isEmpty());
        assertEquals("second.html", first.selectFirst("a[rel=next]").attr("href"));
        assertEquals(
                "first.html",
                page("essay/second.html").selectFirst("a[rel=prev]").attr("href"));
    }

    @Test
    void pagesAreSemanticAndLanguageTagged() throws Exception {
        Document first = page("essay/first.html");
        assertEquals("en", first.selectFirst("html").attr("lang"));
        assertEquals(1, first.select("main#main").size());
        assertEquals("#main", first.selectFirst("a.skip-link").attr("href"));
        assertEquals(1, first.select("nav[aria-label=Site]").size());
        assertEquals(1, first.select("article").size());
        assertTrue(first.selectFirst("meta[http-equiv=Content-Security-Policy]")
                .attr("content")
                .contains("script-src 'self'"));
    }

    @Test
    void notFoundPageLinksFromTheSiteBasePath() throws Exception {
        Document notFound = page("404.html");
        assertEquals(
                "/small/index.html#contents", notFound.selectFirst("main a").attr("href"));
        assertTrue(notFound.selectFirst("link[rel=stylesheet]")
                .attr("href")
                .matches("/small/css/glossa\\.[0-9a-f]{8}\\.css"));
    }

    @Test
    void rebuildRemovesStalePages() throws Exception {
        Path copy = EssayFixture.copy("minimal", temp.resolve("stale"));
        Path out = temp.resolve("stale-site");
        assertEquals(0, EssayFixture.build(copy, out).exitCode());
        assertTrue(Files.exists(out.resolve("essay/second.html")));
        Files.delete(copy.resolve("content/essay/02-second.md"));
        EssayFixture.write(
                copy.resolve("content/essay/01-first.md"),
                "---\ntitle: \"First part\"\nsummary: \"Alone now.\"\n---\n\nOnly part.\n");
        assertEquals(0, EssayFixture.build(copy, out).exitCode());
        assertFalse(Files.exists(out.resolve("essay/second.html")), "stale page removed");
    }
}
