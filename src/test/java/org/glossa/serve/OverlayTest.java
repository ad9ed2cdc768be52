package org.glossa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class OverlayTest {
    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>T</title>\n</head>\n"
            + "<body class=\"type-section\">\n<main id=\"main\"><p>Text</p></main>\n</body>\n</html>\n";

    private static List<Diagnostic> problems() {
        SourceFile file = new SourceFile(
                "content/essay/01-a.md",
                "---\ntitle: x\n---\n\nSee <script>alert(1)</script> [x](99-missing.md) & more.\n");
        Diagnostics diags = new Diagnostics();
        int at = file.text().indexOf("99-missing.md");
        diags.error(
                file,
                at,
                "link.missing-file",
                "no such page: content/essay/99-<b>missing</b>.md",
                "did you mean '02-\"b\".md'?");
        diags.warning(file, 4, "front-matter.x", "a warning");
        return diags.sorted();
    }

    @Test
    void addsTheScriptAndStylesheetToTheHeadAndNothingElseWhenTheBuildIsGood() {
        String html = Overlay.inject(PAGE, "v1", List.of());
        Document doc = Jsoup.parse(html);
        assertEquals("/_glossa/live.js", doc.head().selectFirst("script").attr("src"));
        assertTrue(doc.head().selectFirst("script").hasAttr("defer"));
        assertEquals(
                "/_glossa/overlay.css",
                doc.head().selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(
                "v1",
                doc.head().selectFirst("meta[name=glossa-preview-version]").attr("content"));
        assertTrue(doc.select("#glossa-overlay").isEmpty());
        assertTrue(doc.select("script:not([src])").isEmpty(), "no inline script: the CSP forbids it");
        assertTrue(doc.select("[style]").isEmpty(), "no inline style: the CSP forbids it");
        assertTrue(html.contains("<main id=\"main\"><p>Text</p></main>"), "the page itself is untouched");
    }

    @Test
    void listsEveryProblemAsTheTerminalDoesAtTheStartOfTheBody() {
        List<Diagnostic> problems = problems();
        Document doc = Jsoup.parse(Overlay.inject(PAGE, "v2", problems));
        Element overlay = doc.body().child(0);
        assertEquals("glossa-overlay", overlay.id());
        assertEquals("alert", overlay.attr("role"));
        assertEquals(
                "The essay did not build: 1 error, 1 warning",
                overlay.selectFirst("h2").text());
        List<Element> items = overlay.select("li");
        assertEquals(2, items.size());
        for (int i = 0; i < problems.size(); i++) {
            assertEquals(
                    problems.get(i).headline(), items.get(i).selectFirst("p").text());
        }
        Element error = overlay.selectFirst("li.glossa-overlay-error");
        assertEquals(
                "content/essay/01-a.md:5:35: error: no such page: content/essay/99-<b>missing</b>.md [link.missing-file]",
                error.selectFirst("p").text());
        assertEquals(
                "See <script>alert(1)</script> [x](99-missing.md) & more.\n" + " ".repeat(34) + "^",
                error.selectFirst("pre").wholeText());
        assertEquals(
                "did you mean '02-\"b\".md'?",
                error.selectFirst(".glossa-overlay-hint").text());
        assertTrue(doc.select("b").isEmpty(), "author text is escaped, never markup");
        assertTrue(doc.select("script:not([src])").isEmpty(), "author text is escaped, never a script");
        assertNotNull(doc.selectFirst("main#main"));
    }

    @Test
    void escapesEverySpecialCharacter() {
        assertEquals(
                "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Overlay.escape("<a href=\"x\" title='y'>&"));
    }

    @Test
    void thePageWithoutAnyBuildShowsTheProblemsAndReloads() {
        Document doc = Jsoup.parse(Overlay.failurePage("v3", problems()));
        assertEquals("/_glossa/live.js", doc.head().selectFirst("script").attr("src"));
        assertEquals(2, doc.select("#glossa-overlay li").size());
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertFalse(doc.title().isBlank());
        assertEquals(
                "Nothing has built yet. Fix the problems and save: this page reloads by itself.",
                doc.selectFirst("#glossa-overlay > p").text());
    }

    @Test
    void copesWithPagesWithoutHeadOrBody() {
        String html = Overlay.inject("<p>bare</p>", "v4", problems());
        assertTrue(html.startsWith("<meta name=\"glossa-preview-version\" content=\"v4\">"));
        assertTrue(html.endsWith("<p>bare</p>"));
        assertTrue(html.contains("id=\"glossa-overlay\""));
    }
}
