package org.glossa.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCheckTest {
    @TempDir
    Path site;

    static final SourceFile SECTION = new SourceFile(
            "content/essay/01-a.md",
            "---\ntitle: A\nsummary: B\n---\nSee [the index](../glossary/index.html#letter-q) for more.\n");

    private void write(String path, String body) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>",
                StandardCharsets.UTF_8);
    }

    private String check() throws IOException {
        Diagnostics diags = new Diagnostics();
        OutputCheck.check(site, "/", Map.of(SECTION.path(), SECTION), diags);
        return diags.report();
    }

    @Test
    void aProblemWithAContentLinkIsReportedAtItsMarkdownPosition() throws IOException {
        write("glossary/index.html", "<h2 id=\"letter-a\">A</h2>");
        write(
                "essay/a.html",
                "<p>See <a href=\"../glossary/index.html#letter-q\" data-glossa-src=\"content/essay/01-a.md:5:17\">the"
                        + " index</a> for more.</p>");
        assertEquals(
                """
                content/essay/01-a.md:5:17: error: link to missing anchor '../glossary/index.html#letter-q' [output.anchor]
                    See [the index](../glossary/index.html#letter-q) for more.
                                    ^
                1 error, 0 warnings
                """,
                check());
    }

    @Test
    void aProblemFromATemplateIsReportedAtTheWrittenPage() throws IOException {
        write("index.html", "<a href=\"sources.html\">Sources</a><p id=\"x\"></p><p id=\"x\"></p>");
        assertEquals(
                """
                site/index.html: error: id 'x' appears more than once [output.duplicate-id]
                site/index.html: error: link to missing file 'sources.html' [output.link]
                2 errors, 0 warnings
                """,
                check());
    }

    @Test
    void aLocationOfAFileTheBuildDoesNotKnowStillNamesThePosition() throws IOException {
        write("index.html", "<a href=\"gone.html\" data-glossa-src=\"content/index.md:3:9\">x</a>");
        assertEquals(
                """
                content/index.md:3:9: error: link to missing file 'gone.html' [output.link]
                1 error, 0 warnings
                """,
                check());
    }

    @Test
    void strippingRemovesTheLocationsAndNothingElse() throws IOException {
        String page = "<!DOCTYPE html>\n<p>A&rsquo;s <a class=\"term\" href=\"x.html\" id=\"use-x-1\" data-term=\"x\""
                + " data-glossa-src=\"content/essay/03-radio.md:14:22\">x</a> <img src=\"a.png\" alt=\"\""
                + " data-glossa-src=\"content/index.md:1:1\"><br /></p>\n";
        Files.writeString(site.resolve("page.html"), page, StandardCharsets.UTF_8);
        Files.writeString(site.resolve("plain.txt"), "data-glossa-src=\"kept\"", StandardCharsets.UTF_8);
        SourceLocations.strip(site);
        assertEquals(
                "<!DOCTYPE html>\n<p>A&rsquo;s <a class=\"term\" href=\"x.html\" id=\"use-x-1\" data-term=\"x\">x</a>"
                        + " <img src=\"a.png\" alt=\"\"><br /></p>\n",
                Files.readString(site.resolve("page.html"), StandardCharsets.UTF_8));
        assertEquals("data-glossa-src=\"kept\"", Files.readString(site.resolve("plain.txt"), StandardCharsets.UTF_8));
    }

    /** One pass that renames {@code glossa.css} and {@code app.js}, as asset hashing does. */
    private String rewritten(String page) throws IOException {
        Files.writeString(site.resolve("page.html"), page, StandardCharsets.UTF_8);
        OutputCheck.scanAndWrite(site, (from, url) -> url.replace("glossa.css", "glossa.1234abcd.css")
                .replace("app.js", "app.5678ef90.js"));
        return Files.readString(site.resolve("page.html"), StandardCharsets.UTF_8);
    }

    @Test
    void assetReferencesAreRewrittenWhereTheyAreAndNowhereElse() throws IOException {
        assertEquals(
                "<!DOCTYPE html><link rel=\"stylesheet\" href=\"css/glossa.1234abcd.css\">"
                        + "<script src=\"js/app.5678ef90.js\"></script><p>css/glossa.css</p>",
                rewritten("<!DOCTYPE html><link rel=\"stylesheet\" href=\"css/glossa.css\">"
                        + "<script src=\"js/app.js\"></script><p>css/glossa.css</p>"));
    }

    @Test
    void aReaderLinkToAnAssetKeepsItsAddressBesideTheStyleSheetLinkThatIsRewritten() throws IOException {
        // The same `href="…"` twice: only the <link> is rewritten (the exact positions are looked up).
        assertEquals(
                "<link rel=\"stylesheet\" href=\"css/glossa.1234abcd.css\"><a href=\"css/glossa.css\">the style"
                        + " sheet</a>",
                rewritten("<link rel=\"stylesheet\" href=\"css/glossa.css\"><a href=\"css/glossa.css\">the style"
                        + " sheet</a>"));
    }

    @Test
    void unquotedSingleQuotedAndEscapedReferencesAreRewrittenToo() throws IOException {
        assertEquals(
                "<link rel=stylesheet href=css/glossa.1234abcd.css><script src='js/app.5678ef90.js?v=1&amp;x=2'></script>"
                        + "<p>src=\"js/app.js\"</p>",
                rewritten("<link rel=stylesheet href=css/glossa.css><script src='js/app.js?v=1&amp;x=2'></script>"
                        + "<p>src=\"js/app.js\"</p>"));
    }
}
