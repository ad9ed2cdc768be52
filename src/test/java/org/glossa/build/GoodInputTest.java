package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.glossa.testing.EssayFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that look risky but are fine: they must build, and the reader must receive the right
 * HTML. The counterpart of the bad-input catalogue.
 */
class GoodInputTest {
    private static final String SECTION_HEAD =
            "---\ntitle: \"Second part\"\nsummary: \"Where it ends.\"\n---\n\n" + "## Details {#details}\n\n";

    @TempDir
    Path temp;

    private Path essay() throws Exception {
        return EssayFixture.copy("minimal", temp.resolve("in"));
    }

    private Path build(Path essay) {
        Path site = temp.resolve("site");
        EssayFixture.Run run = EssayFixture.build(essay, site, "--strict");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return site;
    }

    private static String html(Path site, String page) throws Exception {
        return Files.readString(site.resolve(page), StandardCharsets.UTF_8);
    }

    @Test
    void crlfAndByteOrderMarkBuildTheSameSiteAsLf() throws Exception {
        Path lf = essay();
        Path lfSite = build(lf);
        Path windows = EssayFixture.copy("minimal", temp.resolve("windows"));
        try (Stream<Path> s = Files.walk(windows)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".md") || name.endsWith(".properties")) {
                    Files.write(p, PortableInputTest.bom(PortableInputTest.crlf(Files.readAllBytes(p))));
                } else if (name.endsWith(".ftl")) {
                    // A template's line endings are its output's, so only the BOM may not change it.
                    Files.write(p, PortableInputTest.bom(Files.readAllBytes(p)));
                }
            }
        }
        Path windowsSite = temp.resolve("windows-site");
        EssayFixture.Run run = EssayFixture.build(windows, windowsSite, "--strict");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> expected = EssayFixture.hashes(lfSite);
        Map<String, String> actual = EssayFixture.hashes(windowsSite);
        for (String page : expected.keySet()) {
            if (page.endsWith(".html") && !expected.get(page).equals(actual.get(page))) {
                assertEquals(html(lfSite, page), html(windowsSite, page), page); // shows the difference
            }
        }
        assertEquals(expected, actual, "byte-identical site");
    }

    @Test
    void markupInFrontMatterIsEscapedText() throws Exception {
        Path essay = essay();
        EssayFixture.write(
                essay.resolve("content/essay/01-first.md"),
                """
                ---
                title: "First <script>alert(1)</script> part"
                summary: "\\"><img src=x onerror=alert(1)> & <b>bold</b>"
                ---

                Opening paragraph. See [the second part](02-second.md#details).

                ## Background {#background}
                """);
        Path site = build(essay);
        String page = html(site, "essay/first.html");
        assertTrue(page.contains("First &lt;script&gt;alert(1)&lt;/script&gt; part"), "escaped in the page");
        Document doc = Jsoup.parse(page);
        assertEquals(
                "First <script>alert(1)</script> part", doc.selectFirst("h1").text());
        assertEquals(
                "\"><img src=x onerror=alert(1)> & <b>bold</b>",
                doc.selectFirst(".summary").text());
        assertTrue(doc.select("img, b, [onerror]").isEmpty(), "no element made from front matter");
        assertTrue(
                doc.select("script:not([src]):not([type=application/ld+json])").isEmpty(), "no inline script");
        Document home = Jsoup.parse(html(site, "index.html"));
        assertTrue(home.select("img, [onerror]").isEmpty(), "nor on the contents page that lists the section");
    }

    @Test
    void allowedRawHtmlAndCommentsPassInBlocksAndInline() throws Exception {
        Path essay = essay();
        EssayFixture.write(
                essay.resolve("content/essay/02-second.md"),
                SECTION_HEAD
                        + """
                The <abbr title="North Atlantic Treaty Organization">NATO</abbr> of <span lang="km">ខ្មែរ</span>,
                x<sup>2</sup>, H<sub>2</sub>O, <kbd>Ctrl</kbd>, <q lang="fr">non</q><!-- an inline comment -->.

                <!-- a block comment
                over two lines -->

                <figure>

                A figure made of Markdown.

                <figcaption>Its caption</figcaption>
                </figure>

                > A quote with <mark>marked</mark> text
                > and <span dir="rtl">a span</span> over two lines.

                - an item with <em lang="de">Wörter</em><br>
                  on two lines
                """);
        Document doc = Jsoup.parse(html(build(essay), "essay/second.html"));
        assertEquals(
                "North Atlantic Treaty Organization", doc.selectFirst("abbr").attr("title"));
        assertEquals("km", doc.selectFirst("span[lang]").attr("lang"));
        assertNotNull(doc.selectFirst("sup"));
        assertNotNull(doc.selectFirst("sub"));
        assertNotNull(doc.selectFirst("kbd"));
        assertEquals("fr", doc.selectFirst("q").attr("lang"));
        Element figure = doc.selectFirst("figure");
        assertEquals("Its caption", figure.selectFirst("figcaption").text());
        assertEquals("A figure made of Markdown.", figure.selectFirst("p").text());
        assertNotNull(doc.selectFirst("blockquote mark"));
        assertEquals("rtl", doc.selectFirst("blockquote span[dir]").attr("dir"));
        assertEquals("de", doc.selectFirst("li em").attr("lang"));
    }

    @Test
    void tenThousandNestedBracketsAreText() throws Exception {
        Path essay = essay();
        // Single brackets, nested ([[ would start glossary links: see the catalogue's glossary cases).
        String brackets = "[a ".repeat(10_000) + "x" + "]".repeat(10_000);
        EssayFixture.write(essay.resolve("content/essay/02-second.md"), SECTION_HEAD + brackets + "\n");
        Document doc = Jsoup.parse(html(build(essay), "essay/second.html"));
        assertTrue(doc.select(".prose p").text().contains(brackets));
    }

    @Test
    void nestingUpToTheLimitBuilds() throws Exception {
        Path essay = essay();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < org.glossa.markdown.Nesting.MAX_BLOCK_DEPTH; i++) {
            list.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
        }
        String quotes = ">".repeat(org.glossa.markdown.Nesting.MAX_BLOCK_DEPTH) + " deep quote\n";
        EssayFixture.write(
                essay.resolve("content/essay/02-second.md"),
                SECTION_HEAD + list + "\n" + quotes + "\n" + "-".repeat(org.glossa.markdown.Nesting.MAX_MARK_RUN)
                        + "\n");
        Document doc = Jsoup.parse(html(build(essay), "essay/second.html"));
        assertEquals(
                org.glossa.markdown.Nesting.MAX_BLOCK_DEPTH,
                doc.select(".prose li").size());
        assertEquals(
                org.glossa.markdown.Nesting.MAX_BLOCK_DEPTH,
                doc.select("blockquote").size());
        assertEquals(1, doc.select(".prose hr").size());
    }

    /**
     * A section of half the size limit (1 MB), dense with inline syntax, in paragraphs just under the
     * line limit: it must load and render within the hang detector's bound. Flexmark's own inline
     * parser copied the rest of each paragraph for every entity, code span or autolink, which took
     * minutes here (see LinearInlineParser).
     */
    @Test
    void aLargeDenseSectionIsNoHang() throws Exception {
        StringBuilder page = new StringBuilder("---\ntitle: \"Dense\"\nsummary: \"Dense.\"\n---\n\n");
        String line = "&amp; `code` <https://example.org/a> *em* [x] \\* &copy; <kbd>k</kbd>\n";
        while (page.length() < org.glossa.model.EssayLoader.MAX_FILE_BYTES / 2) {
            page.append(line.repeat(org.glossa.markdown.Nesting.MAX_BLOCK_LINES - 1))
                    .append('\n');
        }
        FuzzTarget target = new FuzzTarget(temp.resolve("dense"));
        FuzzTarget.Outcome outcome = target.check(page.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(java.util.List.of(), outcome.violations());
        assertTrue(outcome.diagnostics().isEmpty(), outcome.diagnostics().toString());
    }

    @Test
    void markdownImagesOfTheEssayAreAllowed() throws Exception {
        Path essay = essay();
        Files.createDirectories(essay.resolve("assets/images"));
        Files.write(
                essay.resolve("assets/images/map.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        EssayFixture.write(
                essay.resolve("content/essay/02-second.md"),
                SECTION_HEAD + "![A map of the coast](../images/map.svg)\n");
        Path site = build(essay);
        Element img = Jsoup.parse(html(site, "essay/second.html")).selectFirst(".prose img");
        assertTrue(img.attr("src").matches("\\.\\./images/map(\\.[0-9a-f]+)?\\.svg"), img.attr("src"));
        assertEquals("A map of the coast", img.attr("alt"));
        assertTrue(
                Files.isRegularFile(
                        site.resolve("essay").resolve(img.attr("src")).normalize()),
                img.attr("src"));
        assertFalse(html(site, "essay/second.html").contains("onerror"));
    }
}
