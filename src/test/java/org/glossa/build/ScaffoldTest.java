package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glossa new}: names, numbers, front matter and refusals, through the command line. */
class ScaffoldTest {
    @TempDir
    Path tmp;

    private Path essay;

    @BeforeEach
    void setUp() throws IOException {
        essay = EssayFixture.copy("preview-essay", tmp);
    }

    private record Run(int exit, String out, String err) {}

    private Run glossa(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aSectionTakesTheNextFreeNumberAndASlugFromItsTitle() throws IOException {
        Run run = glossa("new", "section", "Studios & Transmitters: 1958", "--source", essay.toString());
        assertEquals(0, run.exit(), run.err());
        Path file = essay.resolve("content/essay/03-studios-transmitters-1958.md");
        assertEquals(file.toString() + System.lineSeparator(), run.out());
        assertEquals(
                "---\ntitle: \"Studios & Transmitters: 1958\"\nsummary: \"One sentence on what this section argues.\"\n---\n\n"
                        + "The text of this section.\n",
                Files.readString(file));
        Run next = glossa("new", "section", "Another", "--source", essay.toString());
        assertEquals(essay.resolve("content/essay/04-another.md") + System.lineSeparator(), next.out());
    }

    @Test
    void aTermAndASidebarGoToTheirFolders() throws IOException {
        Run term = glossa("new", "term", "Norodom Sihanouk", "--source", essay.toString());
        assertEquals(0, term.exit(), term.err());
        assertEquals(
                "---\nterm: \"Norodom Sihanouk\"\nshort: \"One or two plain sentences that a reader sees in a preview.\"\n---\n\n",
                Files.readString(essay.resolve("content/glossary/norodom-sihanouk.md")));
        Run sidebar = glossa("new", "sidebar", "Radio, 1958", "--source", essay.toString());
        assertEquals(0, sidebar.exit(), sidebar.err());
        assertEquals(
                "---\ntitle: \"Radio, 1958\"\n---\n\nThe text of this sidebar.\n",
                Files.readString(essay.resolve("content/sidebars/radio-1958.md")));
    }

    @Test
    void quotesAndBackslashesInATitleStayValidYaml() throws IOException {
        glossa("new", "sidebar", "A \"quoted\" C:\\path", "--source", essay.toString());
        assertEquals(
                "---\ntitle: \"A \\\"quoted\\\" C:\\\\path\"\n---\n\nThe text of this sidebar.\n",
                Files.readString(essay.resolve("content/sidebars/a-quoted-c-path.md")));
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path file = essay.resolve("content/glossary/hedging.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "mine");
        Run run = glossa("new", "term", "Hedging", "--source", essay.toString());
        assertEquals(2, run.exit());
        assertEquals(
                "glossa: " + file + " already exists; Glossa never overwrites a file: choose another title"
                        + " or give a file name with --slug" + System.lineSeparator(),
                run.err());
        assertEquals("", run.out());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void refusesASectionWhoseSlugAnotherSectionHas() {
        Run run = glossa("new", "section", "First", "--source", essay.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("01-first.md already has the slug 'first'"), run.err());
        assertFalse(Files.exists(essay.resolve("content/essay/03-first.md")));
    }

    @Test
    void aTitleWithoutLatinLettersNeedsASlug() throws IOException {
        Run refused = glossa("new", "term", "ខ្មែរ", "--source", essay.toString());
        assertEquals(2, refused.exit());
        assertEquals(
                "glossa: cannot make a file name from 'ខ្មែរ': give one with --slug (lowercase letters, digits"
                        + " and hyphens)" + System.lineSeparator(),
                refused.err());
        Run run = glossa("new", "term", "ខ្មែរ", "--slug", "khmer", "--source", essay.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                "---\nterm: \"ខ្មែរ\"\nshort: \"One or two plain sentences that a reader sees in a preview.\"\n---\n\n",
                Files.readString(essay.resolve("content/glossary/khmer.md")));
        assertEquals(
                2,
                glossa("new", "term", "X", "--slug", "Not A Slug", "--source", essay.toString())
                        .exit());
    }

    @Test
    void refusesOutsideAnEssay() {
        Run run = glossa(
                "new", "section", "Title", "--source", tmp.resolve("nowhere").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no site-config.properties in"), run.err());
        assertEquals(
                2, glossa("new", "section", " ", "--source", essay.toString()).exit());
        assertEquals(
                2,
                glossa("new", "chapter", "Title", "--source", essay.toString()).exit());
        assertEquals(2, glossa("new", "--source", essay.toString()).exit());
    }

    @Test
    void theFirstSectionOfAnEssayWithoutOneIsNumberedOne() throws IOException {
        EssayFixture.copyTree(essay, tmp.resolve("empty"));
        Path empty = tmp.resolve("empty");
        Files.delete(empty.resolve("content/essay/01-first.md"));
        Files.delete(empty.resolve("content/essay/02-second.md"));
        Files.delete(empty.resolve("content/essay"));
        Run run = glossa("new", "section", "Opening", "--source", empty.toString());
        assertEquals(empty.resolve("content/essay/01-opening.md") + System.lineSeparator(), run.out());
    }
}
