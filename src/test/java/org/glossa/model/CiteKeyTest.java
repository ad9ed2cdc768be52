package org.glossa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glossa.TestEssays;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cite: true} is a front-matter key of pages (pages/), and only of them. */
class CiteKeyTest {
    @TempDir
    Path dir;

    @Test
    void citeIsABooleanKeyOfPagesOnly() throws Exception {
        Map<String, String> files = TestEssays.minimal();
        files.put("content/pages/cite.md", files.get("content/pages/cite.md").replace("cite: true", "cite: \"yes\""));
        files.put(
                "content/essay/01-one.md",
                files.get("content/essay/01-one.md").replace("summary:", "cite: true\nsummary:"));
        Diagnostics diags = new Diagnostics();
        TestEssays.load(TestEssays.write(dir, files), diags);
        List<String> lines = diags.sorted().stream().map(Diagnostic::headline).toList();
        assertEquals(
                List.of(
                        "content/essay/01-one.md:3:1: error: unknown front-matter key 'cite' for a section page [front-matter.unknown-key]",
                        "content/pages/cite.md:3:7: error: 'cite' must be true or false [front-matter.type]"),
                lines);
    }
}
