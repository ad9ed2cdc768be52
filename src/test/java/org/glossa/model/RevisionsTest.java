package org.glossa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.glossa.TestEssays;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionsTest {
    @TempDir
    Path dir;

    private Diagnostics load(String revisionsLine) throws Exception {
        Map<String, String> files = TestEssays.minimal();
        files.put("content/index.md", files.get("content/index.md").replaceAll("(?m)^revisions:.*$", revisionsLine));
        Diagnostics diags = new Diagnostics();
        TestEssays.load(TestEssays.write(dir, files), diags);
        return diags;
    }

    @Test
    void wellFormedRevisionsAreSortedOldestFirst() throws Exception {
        Diagnostics diags = new Diagnostics();
        Essay essay = TestEssays.load(TestEssays.write(dir, TestEssays.minimal()), diags);
        assertEquals(List.of(), diags.sorted());
        assertEquals(
                List.of(
                        new Revisions.Revision(LocalDate.of(2024, 1, 15), "First publication."),
                        new Revisions.Revision(LocalDate.of(2024, 3, 2), "Corrected a date.")),
                Revisions.of(essay));
    }

    @Test
    void malformedRevisionsAreReportedAtTheList() throws Exception {
        Diagnostics diags = load(
                "revisions: [{date: 2024-02-30, summary: \"x\"}, {date: 2024-01-01}, {dat: 2024-01-01, summary: \"y\"}, plain]");
        List<String> lines = diags.sorted().stream().map(Diagnostic::headline).toList();
        assertEquals(
                List.of(
                        "content/index.md:5:12: error: revision 1 needs a date written YYYY-MM-DD, e.g. date: 2026-11-25 [front-matter.revision]",
                        "content/index.md:5:12: error: revision 2 needs a summary of what changed, e.g. summary: \"Corrected the date of the treaty.\" [front-matter.revision]",
                        "content/index.md:5:12: error: revision 3 has an unknown key 'dat' [front-matter.revision]",
                        "content/index.md:5:12: error: revision 3 needs a date written YYYY-MM-DD, e.g. date: 2026-11-25 [front-matter.revision]",
                        "content/index.md:5:12: error: revision 4 must be {date: YYYY-MM-DD, summary: \"...\"} [front-matter.revision]"),
                lines);
    }

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
