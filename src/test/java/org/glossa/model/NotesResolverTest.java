package org.glossa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the notes resolver attaches to pages and to the sources page, and its limit. */
class NotesResolverTest {
    static final Path FIXTURES = EssayFixture.PROJECT.resolve("src/test/resources/fixtures");

    @TempDir
    Path temp;

    record Loaded(Essay essay, Diagnostics diags) {}

    static Loaded load(Path root) throws IOException {
        Diagnostics diags = new Diagnostics();
        SiteConfig config =
                SiteConfig.parse(SourceFile.read(root.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME), diags);
        var markdown = NotesSpecTest.markdown();
        Essay essay = new EssayLoader(markdown, List.of(new NotesResolver(), new GlossaryResolver()))
                .load(root, config, diags);
        new EssayRenderer(markdown).render(essay);
        return new Loaded(essay, diags);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> sourcesPage(Essay essay) {
        return (Map<String, Object>) ((TemplateData) essay.data().get(NotesResolver.SOURCES_PAGE)).forTemplate("");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> entries(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("sourceGroups"))
                .stream()
                        .flatMap(g -> ((List<Map<String, Object>>) g.get("entries")).stream())
                        .toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSourcesPageListsCitedSourcesWithWhereEachIsCited() throws IOException {
        Loaded loaded = load(FIXTURES.resolve("cited"));
        assertEquals(
                "0 errors, 0 warnings", loaded.diags().summary(), loaded.diags().report());
        Map<String, Object> page = sourcesPage(loaded.essay());
        assertEquals("sources.bib", page.get("bibliographyUrl"));
        List<Map<String, Object>> groups = (List<Map<String, Object>>) page.get("sourceGroups");
        assertEquals(
                List.of("scholarship"), groups.stream().map(g -> g.get("id")).toList());
        assertEquals("Books and articles", groups.get(0).get("title"));
        List<Map<String, Object>> entries = entries(page);
        assertEquals(
                List.of("po2020ironclad", "smith1965foreign"),
                entries.stream().map(e -> e.get("key")).toList());
        Map<String, Object> smith = entries.get(1);
        assertEquals("src-smith1965foreign", smith.get("id"));
        assertEquals("The classic study of Sihanouk-era neutrality.", smith.get("annotation"));
        assertEquals(
                "Smith, Roger M. <i>Cambodia’s Foreign Policy</i>. Ithaca, NY: Cornell University Press, 1965.",
                smith.get("html"));
        // Cited in note 1 (the citation) and note 2 (the footnote that cites it) of part 1.
        assertEquals(
                List.of(
                        Map.of("label", "Part 1, “First part,” note 1", "url", "essay/first.html#note-1", "number", 1),
                        Map.of("label", "Part 1, “First part,” note 2", "url", "essay/first.html#note-2", "number", 2)),
                smith.get("citedIn"));
        List<Map<String, Object>> byPage = (List<Map<String, Object>>) smith.get("citedInPages");
        assertEquals(1, byPage.size());
        assertEquals("Part 1, “First part,” notes", byPage.get(0).get("lead"));
    }

    @Test
    void nociteListsASourceThatIsNotCited(@TempDir Path dir) throws IOException {
        Path root = EssayFixture.copy("cited", dir);
        Path bib = root.resolve("content/sources.bib");
        Files.writeString(
                bib,
                Files.readString(bib) + "\n@book{lasater1969survival,\n  author = {Lasater, Martin L.},\n"
                        + "  title = {Cambodia},\n  year = {1969}\n}\n",
                StandardCharsets.UTF_8);
        Path index = root.resolve("content/index.md");
        Files.writeString(
                index,
                Files.readString(index).replace("abstract:", "nocite: [\"@lasater1969survival\"]\nabstract:"),
                StandardCharsets.UTF_8);
        Loaded loaded = load(root);
        assertEquals(
                "0 errors, 0 warnings", loaded.diags().summary(), loaded.diags().report());
        List<Map<String, Object>> entries = entries(sourcesPage(loaded.essay()));
        assertEquals(
                List.of("lasater1969survival", "po2020ironclad", "smith1965foreign"),
                entries.stream().map(e -> e.get("key")).toList());
        assertEquals(List.of(), entries.get(0).get("citedIn"));
    }

    @Test
    void anEssayWithoutBibliographyOrCitationsBuildsCleanly() throws IOException {
        Loaded loaded = load(FIXTURES.resolve("minimal"));
        assertEquals(
                "0 errors, 0 warnings", loaded.diags().summary(), loaded.diags().report());
        Map<String, Object> page = sourcesPage(loaded.essay());
        assertEquals(List.of(), page.get("sourceGroups"));
        assertFalse(page.containsKey("bibliographyUrl"));
        assertTrue(loaded.essay().allPages().stream().noneMatch(p -> p.data().containsKey("notes")));
    }

    @Test
    void noteAndReferenceIdsAreIdsOfTheirPage() throws IOException {
        Page first = load(FIXTURES.resolve("cited"))
                .essay()
                .page("essay/01-first.md")
                .orElseThrow();
        assertTrue(first.ids()
                .containsAll(List.of("notes-title", "note-1", "note-2", "note-3", "ref-1", "ref-2", "ref-3")));
    }

    @Test
    void aPageHoldsAtMostTwoThousandNotes() throws IOException {
        Path root = EssayFixture.copy("minimal", temp);
        StringBuilder body = new StringBuilder("---\ntitle: \"Many notes\"\nsummary: \"Too many.\"\n---\n");
        for (int i = 1; i <= NotesResolver.MAX_NOTES_PER_PAGE + 5; i++) {
            body.append("Claim ").append(i).append(".^[Note ").append(i).append(".]\n\n");
        }
        Files.writeString(root.resolve("content/essay/03-many.md"), body, StandardCharsets.UTF_8);
        Diagnostics diags = load(root).diags();
        List<Diagnostic> all = diags.sorted();
        assertEquals(1, all.size(), diags.report());
        assertEquals(
                "content/essay/03-many.md:4005:12: error: this page has 2005 notes; the limit is 2000 per page"
                        + " [notes.limit]",
                all.get(0).headline());
        assertEquals("split the page into several", all.get(0).hint());
    }

    @Test
    void aResolverKeptBetweenRebuildsReportsTheBibliographyEveryTimeAndSeesItChange(@TempDir Path dir)
            throws IOException {
        Path root = EssayFixture.copy("cited", dir);
        Path bib = root.resolve("content/sources.bib");
        String good = Files.readString(bib, StandardCharsets.UTF_8);
        Files.writeString(bib, good + "\n@book{broken,\n  title = {No end}\n", StandardCharsets.UTF_8);
        NotesResolver resolver = new NotesResolver(); // as the preview server's pipeline keeps it
        var markdown = NotesSpecTest.markdown();
        for (int build = 1; build <= 2; build++) {
            Diagnostics diags = new Diagnostics();
            SiteConfig config =
                    SiteConfig.parse(SourceFile.read(root.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME), diags);
            new EssayLoader(markdown, List.of(resolver)).load(root, config, diags);
            assertEquals(
                    List.of("cite.uncited", "bib.syntax"),
                    diags.sorted().stream().map(Diagnostic::code).toList(),
                    "build " + build);
        }
        Files.writeString(bib, good, StandardCharsets.UTF_8);
        Diagnostics diags = new Diagnostics();
        SiteConfig config =
                SiteConfig.parse(SourceFile.read(root.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME), diags);
        new EssayLoader(markdown, List.of(resolver)).load(root, config, diags);
        assertEquals("0 errors, 0 warnings", diags.summary(), diags.report());
    }
}
