package org.glossa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glossa.TestEssays;
import org.glossa.diag.Diagnostics;
import org.glossa.model.CitedWork;
import org.glossa.model.Essay;
import org.glossa.model.EssayMetadata;
import org.glossa.model.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What PageModels hands templates under content.glossa.meta, .cite and .revisions. */
class PageMetadataTest {
    @TempDir
    Path dir;

    private Essay essay;
    private PageModels models;

    @BeforeEach
    void load() throws Exception {
        Map<String, String> files = TestEssays.minimal();
        files.put(
                "content/essay/01-one.md",
                files.get("content/essay/01-one.md")
                        .replace("title: \"Part one\"", "title: \"Part one </script><script>alert(1)</script>\""));
        Diagnostics diags = new Diagnostics();
        essay = TestEssays.load(TestEssays.write(dir, files), diags);
        assertEquals(List.of(), diags.sorted());
        models = new PageModels(essay, EssayMetadata.of(essay, Map.of()));
    }

    private Page page(String contentPath) {
        return essay.page(contentPath).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> meta(Map<String, Object> model) {
        return (Map<String, Object>) model.get("meta");
    }

    @SuppressWarnings("unchecked")
    private static List<String> tag(Map<String, Object> meta, String name) {
        return ((List<Map<String, Object>>) meta.get("tags"))
                .stream()
                        .filter(t -> t.get("name").equals(name))
                        .map(t -> (String) t.get("content"))
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Map<String, Object> meta, String rel) {
        return ((List<Map<String, Object>>) meta.get("links"))
                .stream()
                        .filter(l -> l.get("rel").equals(rel))
                        .map(l -> (String) l.get("href"))
                        .toList();
    }

    @Test
    void sectionCarriesScholarlyMetadataAndOneReferencePerCitedWork() {
        Page section = page("essay/01-one.md");
        essay.recordCitedWorks(
                section,
                List.of(
                        new CitedWork(
                                "a",
                                "A Book; With Semicolon",
                                List.of("Smith, John"),
                                "1965",
                                "",
                                "https://example.com/a"),
                        new CitedWork("b", "An Article", List.of(), "2020-04-01", "Journal of Things", "")));
        Map<String, Object> meta = meta(models.forPage(section));

        assertEquals(List.of("https://example.org/small/essay/one.html"), links(meta, "canonical"));
        assertEquals(List.of("feed.xml").stream().map(f -> "../" + f).toList(), links(meta, "alternate"));
        assertEquals(List.of("article"), tag(meta, "og:type"));
        assertEquals(List.of("https://example.org/small/essay/one.html"), tag(meta, "og:url"));
        assertEquals(List.of("summary"), tag(meta, "twitter:card"));
        assertEquals(List.of("A Small Essay: On tests"), tag(meta, "citation_inbook_title"));
        assertEquals(List.of("Smith, Jane"), tag(meta, "citation_author"));
        assertEquals(List.of("2024/01/15"), tag(meta, "citation_publication_date"));
        assertEquals(List.of("https://example.org/small/essay/one.html"), tag(meta, "citation_public_url"));
        assertEquals(
                List.of(
                        "citation_title=A Book, With Semicolon; citation_author=Smith, John; citation_publication_date=1965;"
                                + " citation_public_url=https://example.com/a",
                        "citation_title=An Article; citation_publication_date=2020/04/01; citation_journal_title=Journal of Things"),
                tag(meta, "citation_reference"));
        assertEquals(List.of("2024-01-15"), tag(meta, "DCTERMS.issued"));
        assertEquals(List.of("2024-03-02"), tag(meta, "DCTERMS.modified"));
        assertEquals(List.of("https://example.org/small/"), tag(meta, "DCTERMS.isPartOf"));

        String jsonLd = (String) meta.get("jsonLd");
        assertFalse(jsonLd.contains("<"), "the JSON-LD must not be able to close its <script>: " + jsonLd);
        JsonObject article = JsonParser.parseString(jsonLd).getAsJsonObject();
        assertEquals("Article", article.get("@type").getAsString());
        assertEquals(
                "Part one </script><script>alert(1)</script>",
                article.get("headline").getAsString());
        assertEquals(
                "Jane Smith",
                article.getAsJsonArray("author")
                        .get(0)
                        .getAsJsonObject()
                        .get("name")
                        .getAsString());
        assertEquals("2024-01-15", article.get("datePublished").getAsString());
        assertEquals("2024-03-02", article.get("dateModified").getAsString());
        JsonArray citation = article.getAsJsonArray("citation");
        assertEquals(2, citation.size());
        assertEquals(
                "A Book; With Semicolon",
                citation.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals(
                "https://example.org/small/#essay",
                article.getAsJsonObject("isPartOf").get("@id").getAsString());
    }

    @Test
    void homeCitesEveryWorkOfTheEssayOnceAndShowsTheCitationBlock() {
        CitedWork a = new CitedWork("a", "A", List.of(), "", "", "");
        essay.recordCitedWorks(page("index.md"), List.of(a));
        essay.recordCitedWorks(page("essay/01-one.md"), List.of(a, new CitedWork("b", "B", List.of(), "", "", "")));
        Map<String, Object> model = models.forPage(essay.home());
        Map<String, Object> meta = meta(model);
        assertEquals(List.of("https://example.org/small/"), links(meta, "canonical"));
        assertEquals(2, tag(meta, "citation_reference").size());
        assertEquals(List.of("A Small Essay: On tests"), tag(meta, "citation_title"));
        JsonObject article = JsonParser.parseString((String) meta.get("jsonLd")).getAsJsonObject();
        assertEquals(2, article.getAsJsonArray("citation").size());
        assertEquals(1, article.getAsJsonArray("hasPart").size());

        @SuppressWarnings("unchecked")
        Map<String, Object> cite = (Map<String, Object>) model.get("cite");
        assertEquals(
                "Smith, Jane. “A Small Essay: On Tests.” January 15, 2024. https://example.org/small/.",
                cite.get("text"));
        assertEquals(
                "Smith, Jane. “A Small Essay: On Tests.” January 15, 2024. "
                        + "<a href=\"https://example.org/small/\">https://example.org/small/</a>.",
                cite.get("html"));
        assertEquals("March 2, 2024", cite.get("modifiedText"));
    }

    @Test
    void theCitationBlockAppearsOnPagesThatAskForItOnly() {
        assertTrue(models.forPage(page("pages/cite.md")).get("cite") instanceof Map);
        assertNull(models.forPage(page("essay/01-one.md")).get("cite"));
        assertNull(models.forPage(page("glossary/term.md")).get("cite"));
        assertTrue(
                tag(meta(models.forPage(page("pages/cite.md"))), "citation_title")
                        .isEmpty(),
                "Highwire tags belong to the essay's own pages");
    }

    @Test
    void glossaryIsADefinedTermSetOfDefinedTerms() {
        JsonObject set = JsonParser.parseString(
                        (String) meta(models.forGlossaryIndex()).get("jsonLd"))
                .getAsJsonObject();
        assertEquals("DefinedTermSet", set.get("@type").getAsString());
        assertEquals("https://example.org/small/glossary/", set.get("@id").getAsString());
        JsonObject term = set.getAsJsonArray("hasDefinedTerm").get(0).getAsJsonObject();
        assertEquals("DefinedTerm", term.get("@type").getAsString());
        assertEquals("Term", term.get("name").getAsString());
        assertEquals("Alias", term.getAsJsonArray("alternateName").get(0).getAsString());
        assertEquals("A word with a meaning.", term.get("description").getAsString());

        JsonObject entry = JsonParser.parseString(
                        (String) meta(models.forPage(page("glossary/term.md"))).get("jsonLd"))
                .getAsJsonObject();
        assertEquals("DefinedTerm", entry.get("@type").getAsString());
        assertEquals(
                "https://example.org/small/glossary/",
                entry.getAsJsonObject("inDefinedTermSet").get("@id").getAsString());
    }

    @Test
    void theNotFoundPageHasNoCanonicalUrlAndStaysOutOfSearchResults() {
        Map<String, Object> meta = meta(models.forGenerated("404.html", "notfound", "Page not found", ""));
        assertEquals("", meta.get("canonical"));
        assertEquals("noindex", meta.get("robots"));
        assertEquals(List.of(), links(meta, "canonical"));
    }

    @Test
    void longDescriptionsKeepWholeSentences() {
        String two = "First sentence is here. Then " + "word ".repeat(50).strip() + ".";
        assertEquals("First sentence is here.", PageMetadata.shorten(two));
        String one = "x".repeat(150) + " " + "y".repeat(100);
        assertEquals("x".repeat(150) + "…", PageMetadata.shorten(one));
        assertEquals("Short.", PageMetadata.shorten("Short."));
    }
}
