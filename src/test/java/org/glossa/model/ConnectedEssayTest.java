package org.glossa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.markdown.MarkdownProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the glossary and sidebar resolvers attach to the pages of a small valid essay. */
class ConnectedEssayTest {
    static final Path ROOT = Path.of("src/test/resources/fixtures/connected").toAbsolutePath();
    static Essay essay;

    @BeforeAll
    static void load() throws IOException {
        Diagnostics diags = new Diagnostics();
        SiteConfig config =
                SiteConfig.parse(SourceFile.read(ROOT.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME), diags);
        MarkdownProcessor markdown = NotesSpecTest.markdown();
        essay = new EssayLoader(markdown, List.of(new NotesResolver(), new GlossaryResolver(), new SidebarResolver()))
                .load(ROOT, config, diags);
        assertEquals("0 errors, 0 warnings", diags.summary(), diags.report());
    }

    static Page page(String contentPath) {
        return essay.page(contentPath).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static <T> T templateData(Page page, String key, String root) {
        Object data = page.data().get(key);
        return data == null ? null : (T) ((TemplateData) data).forTemplate(root);
    }

    @Test
    void usedInListsEveryUseGroupedByPageInReadingOrder() {
        List<Map<String, Object>> usedIn = templateData(page("glossary/norodom-sihanouk.md"), "usedIn", "../");
        assertEquals(
                List.of("Part 1 The station", "Part 2 Later", "Sidebar The station of 1958"),
                usedIn.stream().map(p -> p.get("kind") + " " + p.get("title")).toList());
        List<Map<String, Object>> part1 = uses(usedIn.get(0));
        assertEquals(
                List.of("../essay/station.html#use-norodom-sihanouk-1", "../essay/station.html#use-norodom-sihanouk-2"),
                part1.stream().map(u -> u.get("url")).toList());
        assertEquals(
                Map.of(
                        "url",
                        "../essay/station.html#use-norodom-sihanouk-1",
                        "before",
                        "In 1958 ",
                        "text",
                        "Norodom Sihanouk",
                        "after",
                        " finished the station with help from both sides."),
                part1.get(0));
        assertEquals("The prince", part1.get(1).get("text"));
        assertEquals("../essay/later.html", usedIn.get(1).get("url"));
    }

    @Test
    void usesInFootnotesAndOtherEntriesCountButNotOnTheEntryItself() {
        List<Map<String, Object>> usedIn = templateData(page("glossary/hedging.md"), "usedIn", "../");
        assertEquals(
                List.of("index.html", "essay/station.html", "glossary/norodom-sihanouk.html"),
                usedIn.stream().map(p -> ((String) p.get("url")).substring(3)).toList());
        List<Map<String, Object>> part1 = uses(usedIn.get(1));
        assertEquals(2, part1.size());
        assertEquals("He took Chinese transmitters, a form of ", part1.get(0).get("before"));
        assertEquals("On the prince\u2019s ", part1.get(1).get("before"), "the use inside the footnote");
        assertEquals("hedging", part1.get(1).get("text"));
    }

    @Test
    void eachPageCarriesTheDefinitionsOfTheTermsItUsesInOrderOfFirstUse() {
        List<Map<String, Object>> defs = templateData(page("essay/01-station.md"), "termDefs", "../");
        assertEquals(2, defs.size());
        assertEquals(
                Map.of(
                        "slug",
                        "norodom-sihanouk",
                        "id",
                        "def-norodom-sihanouk",
                        "term",
                        "Norodom Sihanouk",
                        "short",
                        "Cambodian leader after independence.",
                        "url",
                        "../glossary/norodom-sihanouk.html"),
                defs.get(0));
        assertEquals("def-hedging", defs.get(1).get("id"));
        List<Map<String, Object>> homeDefs = templateData(essay.home(), "termDefs", "");
        assertEquals("glossary/hedging.html", homeDefs.get(0).get("url"));
        assertNull(page("glossary/hedging.md").data().get("termDefs"), "an entry that links nothing");
    }

    @Test
    void useAnchorsAreIdsOfTheirPage() {
        assertTrue(page("essay/01-station.md")
                .ids()
                .containsAll(
                        List.of("use-norodom-sihanouk-1", "use-norodom-sihanouk-2", "use-hedging-1", "use-hedging-2")));
    }

    @Test
    void aSidebarIsBoxedBesideTheSectionsThatDeclareItAndNowhereElse() {
        List<Map<String, Object>> boxes = templateData(page("essay/01-station.md"), "sidebarBoxes", "../");
        assertEquals(1, boxes.size());
        Map<String, Object> box = boxes.get(0);
        assertEquals("sidebar-radio-1958", box.get("id"));
        assertEquals("sidebar-radio-1958-title", box.get("titleId"));
        assertEquals("The station of 1958", box.get("title"));
        assertEquals("How a small station drew on two rival donors.", box.get("text"));
        assertEquals("../sidebars/radio-1958.html", box.get("url"));
        assertEquals("../sidebars/radio-1958.html#timeline", box.get("timelineUrl"));
        assertEquals("Timeline", box.get("timelineTitle"));
        assertEquals(
                List.of(
                        Map.of("date", "1953", "event", "Independence"),
                        Map.of(
                                "date",
                                "1958",
                                "event",
                                "The station opens with studios from one donor and transmitters from another")),
                box.get("timeline"));
        assertTrue(page("essay/01-station.md").ids().contains("sidebar-radio-1958"));
        assertNull(page("essay/02-later.md").data().get("sidebarBoxes"));

        List<Map<String, Object>> beside = templateData(page("sidebars/radio-1958.md"), "appearsBeside", "../");
        assertEquals(List.of(Map.of("kind", "Part 1", "title", "The station", "url", "../essay/station.html")), beside);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> uses(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("uses");
    }
}
