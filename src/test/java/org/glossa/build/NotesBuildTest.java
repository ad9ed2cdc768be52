package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes through a whole build, where templates and the output check take part. */
class NotesBuildTest {
    @Test
    void aFootnoteNobodyRefersToIsAWarningAndIsNotPublished(@TempDir Path temp) throws IOException {
        Path essay = EssayFixture.copy("cited", temp);
        EssayFixture.write(
                essay.resolve("content/glossary/hedging.md"),
                "---\nterm: Hedging\nshort: \"Keeping options open.\"\n---\nKeeping options open.\n");
        Path second = essay.resolve("content/essay/02-second.md");
        Files.writeString(
                second,
                Files.readString(second, StandardCharsets.UTF_8)
                        + "\nA form of [[hedging]].\n\n[^orphan]: An aside on [[hedging]] that nothing refers to.\n",
                StandardCharsets.UTF_8);
        Path out = temp.resolve("site");
        EssayFixture.Run run = EssayFixture.build(essay, out);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: footnote [^orphan] is never referenced [note.unused]"), run.err());
        assertTrue(run.err().contains("0 errors, 1 warning"), run.err());
        String html = Files.readString(out.resolve("essay/second.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("An aside on"), "an unreferenced footnote is not published");
        String entry = Files.readString(out.resolve("glossary/hedging.html"), StandardCharsets.UTF_8);
        assertTrue(entry.contains("essay/second.html#use-hedging-1"), "the use in the text is listed");
        assertFalse(entry.contains("#use-hedging-2"), "the use in the dropped footnote is not");
    }
}
