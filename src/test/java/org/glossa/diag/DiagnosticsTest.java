package org.glossa.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
    private final SourceFile file =
            new SourceFile("content/essay/02-thaw.md", "---\ntitle: x\n---\nAs shown [@smyth2020].\n");

    @Test
    void formatsGnuStyleWithSourceLineCaretAndHint() {
        Diagnostics d = new Diagnostics();
        d.error(
                file,
                file.text().indexOf("smyth"),
                "cite.unknown",
                "unknown source 'smyth2020'",
                "did you mean 'smith1965foreign'?");
        assertEquals(
                """
                content/essay/02-thaw.md:4:12: error: unknown source 'smyth2020' [cite.unknown]
                    As shown [@smyth2020].
                               ^
                    did you mean 'smith1965foreign'?
                1 error, 0 warnings
                """,
                d.report());
    }

    @Test
    void sortsByPathLineColumnAndDropsDuplicates() {
        Diagnostics d = new Diagnostics();
        SourceFile other = new SourceFile("content/essay/01-a.md", "x\ny\n");
        d.warning(file, 20, "w", "later");
        d.error(file, 4, "e", "earlier");
        d.error(file, 4, "e", "earlier");
        d.error(other, 2, "e", "first file");
        List<String> lines = d.sorted().stream().map(Diagnostic::headline).toList();
        assertEquals(
                List.of(
                        "content/essay/01-a.md:2:1: error: first file [e]",
                        "content/essay/02-thaw.md:2:1: error: earlier [e]",
                        "content/essay/02-thaw.md:4:4: warning: later [w]"),
                lines);
        assertEquals("2 errors, 1 warning", d.summary());
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        Diagnostics d = new Diagnostics();
        d.warning(file, 0, "glossary.unused", "never used");
        assertFalse(d.hasErrors());
        d.promoteWarnings();
        assertTrue(d.hasErrors());
        assertEquals("1 error, 0 warnings", d.summary());
    }

    @Test
    void didYouMeanOnlyForCloseNames() {
        assertEquals(
                "did you mean 'smith1965foreign'?",
                Suggestions.didYouMean("smith1956foreign", List.of("smith1965foreign", "clymer2004unitedstates")));
        assertEquals(null, Suggestions.didYouMean("zzz", List.of("smith1965foreign")));
    }
}
