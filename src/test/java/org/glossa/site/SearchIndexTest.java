package org.glossa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index a build writes: what a reader can find, and where each result leads. */
class SearchIndexTest {
    @TempDir
    static Path temp;

    static Path site;
    static String json;
    static List<JsonObject> docs = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Path essay = EssayFixture.copy("minimal", temp);
        EssayFixture.write(
                essay.resolve("content/glossary/ream-naval-base.md"),
                """
                ---
                term: "Ream Naval Base"
                aliases: ["Ream"]
                short: "A Cambodian naval installation renovated with Chinese funding."
                ---
                Inaugurated in April 2025.
                """);
        EssayFixture.write(
                essay.resolve("content/sidebars/station.md"),
                """
                ---
                title: "The station of 1958"
                ---
                Studios and transmitters.

                ## Timeline {#timeline}

                | Date | Event |
                |---|---|
                | 1958 | The station opens. |
                """);
        site = temp.resolve("site");
        EssayFixture.Run run = EssayFixture.build(essay, site);
        assertEquals(0, run.exitCode(), run.err());
        json = Files.readString(site.resolve(SearchIndex.FILE), StandardCharsets.UTF_8);
        for (JsonElement e : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("docs")) {
            docs.add(e.getAsJsonObject());
        }
    }

    private static JsonObject entry(String url) {
        return docs.stream()
                .filter(d -> d.get("url").getAsString().equals(url))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + url + " in " + json));
    }

    @Test
    void sectionsAreCutAtTheirHeadingsAndLinkToThem() {
        JsonObject intro = entry("essay/first.html");
        assertEquals("First part", intro.get("title").getAsString());
        assertEquals("Part 1", intro.get("kind").getAsString());
        assertTrue(intro.get("text").getAsString().contains("Opening paragraph"));
        assertFalse(intro.get("text").getAsString().contains("Some background"), "each part holds its own text");

        JsonObject background = entry("essay/first.html#background");
        assertEquals("Background", background.get("title").getAsString());
        assertEquals("First part", background.get("page").getAsString());
        assertEquals("Some background.", background.get("text").getAsString(), "no heading anchor '#' in the text");
        assertEquals("Part 2", entry("essay/second.html#details").get("kind").getAsString());
        assertTrue(
                docs.stream()
                        .anyMatch(d -> d.get("url").getAsString().startsWith("essay/first.html#")
                                && d.get("title").getAsString().equals("Context")),
                "headings without an explicit id too");
    }

    @Test
    void glossaryEntriesCarryTheirAliasesAndDefinition() {
        JsonObject ream = entry("glossary/ream-naval-base.html");
        assertEquals("Ream Naval Base", ream.get("title").getAsString());
        assertEquals("Glossary", ream.get("kind").getAsString());
        JsonArray aliases = ream.getAsJsonArray("aliases");
        assertEquals(1, aliases.size());
        assertEquals("Ream", aliases.get(0).getAsString());
        assertTrue(ream.get("text").getAsString().startsWith("A Cambodian naval installation"));
        assertTrue(ream.get("text").getAsString().contains("Inaugurated in April 2025."));
    }

    @Test
    void sidebarsAreSearchableByHeading() {
        assertEquals("Sidebar", entry("sidebars/station.html").get("kind").getAsString());
        assertTrue(entry("sidebars/station.html#timeline")
                .get("text")
                .getAsString()
                .contains("The station opens."));
    }

    @Test
    void theIndexIsSafeToEmbedAndTheLibraryShipsWithItsLicence() throws Exception {
        assertTrue(entry("index.html").get("title").getAsString().contains("<script>"));
        assertFalse(json.contains("<"), "Gson escapes markup characters");
        String lunr = Files.readString(site.resolve(SearchIndex.LIBRARY), StandardCharsets.UTF_8);
        assertTrue(lunr.startsWith("/**\n * lunr"), "lunr, minified, from its WebJar");
        String licence = Files.readString(site.resolve(SearchIndex.LIBRARY_LICENCE), StandardCharsets.UTF_8);
        assertTrue(licence.contains("Oliver Nightingale") && licence.contains("Permission is hereby granted"));
    }

    @Test
    void sourcesAreTakenFromTheSourcesPageAsReadersSeeIt() throws Exception {
        Path page = temp.resolve("sources-page.html");
        Files.writeString(
                page,
                """
                <!DOCTYPE html><html lang="en"><head><title>Sources</title></head><body><main>
                <ul class="bibliography">
                  <li id="src-coplen2025"><p class="bib-entry">Coplen, Taylor. “Strategic Flexibility.” <i>Fulcrum</i>, 2025.</p>
                    <p class="bib-annotation">The commentary the essay follows.</p>
                    <p class="cited-in">Cited in: <a href="essay/radio.html#ref-1">§3 n. 1</a></p></li>
                  <li id="src-frus"><p class="bib-entry">Foreign Relations of the United States.</p></li>
                </ul></main></body></html>
                """,
                StandardCharsets.UTF_8);
        List<SearchIndex.Entry> entries = new ArrayList<>();
        SearchIndex.sources(page, entries);
        assertEquals(2, entries.size());
        SearchIndex.Entry coplen = entries.get(0);
        assertEquals("sources.html#src-coplen2025", coplen.url());
        assertEquals("Coplen, Taylor. “Strategic Flexibility.” Fulcrum, 2025.", coplen.title());
        assertEquals("The commentary the essay follows.", coplen.text());
        assertEquals("Source", coplen.kind());
        assertEquals("", entries.get(1).text());
    }
}
