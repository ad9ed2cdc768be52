package org.glossa.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    private static List<String> problems(String text) {
        Diagnostics d = new Diagnostics();
        FrontMatterParser.parse(new SourceFile("content/essay/01-a.md", text), d);
        return d.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void readsKeysValuesAndPositions() {
        SourceFile f = new SourceFile("x.md", "---\ntitle: \"One\"\norder: 3\nsidebars: [a, b]\n---\nBody\n");
        FrontMatter fm = FrontMatterParser.parse(f, new Diagnostics());
        assertEquals("One", fm.string("title"));
        assertEquals(3, fm.field("order").value());
        assertEquals(List.of("a", "b"), fm.field("sidebars").value());
        assertEquals(3, f.lineOf(fm.field("order").keyOffset()));
        assertEquals(8, f.columnOf(fm.field("order").valueOffset()));
        assertEquals("Body\n", f.text().substring(fm.bodyOffset()));
    }

    @Test
    void crlfAndBomGiveTheSamePositions() {
        SourceFile lf = new SourceFile("x.md", "---\ntitle: a\nsummary: b\n---\n");
        SourceFile crlf = new SourceFile("x.md", "\uFEFF---\r\ntitle: a\r\nsummary: b\r\n---\r\n");
        FrontMatter a = FrontMatterParser.parse(lf, new Diagnostics());
        FrontMatter b = FrontMatterParser.parse(crlf, new Diagnostics());
        assertEquals(
                lf.lineOf(a.field("summary").valueOffset()),
                crlf.lineOf(b.field("summary").valueOffset()));
        assertEquals(
                lf.columnOf(a.field("summary").valueOffset()),
                crlf.columnOf(b.field("summary").valueOffset()));
        assertEquals("b", b.string("summary"));
    }

    @Test
    void unclosedQuoteIsAnErrorAtItsLine() {
        assertEquals(
                List.of(
                        "content/essay/01-a.md:2:8: error: invalid YAML: this quote is never closed [front-matter.syntax]"),
                problems("---\ntitle: \"One\nsummary: x\n---\n"));
    }

    @Test
    void tabIndentationIsAnError() {
        assertEquals(
                List.of(
                        "content/essay/01-a.md:3:1: error: invalid YAML: tabs cannot indent YAML; use spaces [front-matter.syntax]"),
                problems("---\ntitle: x\n\tsummary: y\n---\n"));
    }

    @Test
    void duplicateKeyIsAnErrorAtTheSecondOne() {
        assertEquals(
                List.of(
                        "content/essay/01-a.md:3:1: error: duplicate front-matter key 'title' [front-matter.duplicate]"),
                problems("---\ntitle: x\ntitle: y\n---\n"));
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertEquals(
                List.of(
                        "content/essay/01-a.md:1:1: error: front matter is not closed: add a line '---' after it [front-matter.unclosed]"),
                problems("---\ntitle: x\n"));
    }
}
