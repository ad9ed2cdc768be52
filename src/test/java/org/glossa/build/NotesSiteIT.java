package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes and sources of the real essay, as {@code mvn package} built it into {@code target/site}:
 * the sources page lists exactly the sources the essay cites (plus {@code nocite}), every "Cited
 * in" link lands on a note that cites that source, and every note reference and back-link of every
 * page meets its other end (HTML contract).
 */
class NotesSiteIT {
    /** A key after {@code @} in a citation, as the author writes it (the essay's keys are letters and digits). */
    private static final Pattern CITED_KEY =
            Pattern.compile("(?<=[\\[;\\s])@([A-Za-z0-9_][A-Za-z0-9_:.-]*[A-Za-z0-9_]|[A-Za-z0-9_])");

    static Path site;
    static Path root;
    static final Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void readSite() throws IOException {
        site = Path.of(System.getProperty("glossa.site", "target/site")).toAbsolutePath();
        root = Path.of(System.getProperty("glossa.root", ".")).toAbsolutePath();
        assertTrue(Files.isRegularFile(site.resolve("sources.html")), "run mvn package first: no site in " + site);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String rel = site.relativize(p).toString().replace('\\', '/');
                pages.put(rel, Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8), "https://example.org/" + rel));
            }
        }
    }

    /** Keys cited in the Markdown of the essay, lower-cased, read with a regular expression (not our parser). */
    static Set<String> keysCitedInContent() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root.resolve("content"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Matcher bracket =
                        Pattern.compile("\\[[^\\[\\]]*@[^\\[\\]]*\\](?!\\()").matcher(text);
                while (bracket.find()) {
                    Matcher key = CITED_KEY.matcher(bracket.group());
                    while (key.find()) {
                        keys.add(key.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return keys;
    }

    static Set<String> nocite() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String line : Files.readAllLines(root.resolve("content/index.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("nocite:")) {
                for (String k : line.substring(7).replaceAll("[\\[\\]\"'@]", "").split(",")) {
                    if (!k.isBlank()) {
                        keys.add(k.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return keys;
    }

    static Element sourcesArticle() {
        Element article = pages.get("sources.html").selectFirst("article.sources");
        assertNotNull(article);
        return article;
    }

    @Test
    void theSourcesPageListsExactlyTheCitedSourcesPlusNocite() throws IOException {
        Set<String> expected = keysCitedInContent();
        expected.addAll(nocite());
        Set<String> listed = new TreeSet<>();
        for (Element li : sourcesArticle().select("ul.bibliography > li[id^=src-]")) {
            listed.add(li.id().substring(4).toLowerCase(Locale.ROOT));
        }
        assertEquals(expected, listed);
        assertEquals(37, listed.size(), "every source of content/sources.bib is cited");
        assertEquals(
                List.of("Primary documents", "Books and articles", "News and commentary"),
                sourcesArticle().select("section > h2").eachText());
    }

    @Test
    void everyCitedInLinkLandsOnANoteThatCitesThatSource() {
        int links = 0;
        for (Element li : sourcesArticle().select("ul.bibliography > li[id^=src-]")) {
            String key = li.id().substring(4);
            List<Element> citedIn = li.select("p.cited-in a[href]");
            assertFalse(citedIn.isEmpty(), key + " has Cited in links");
            for (Element a : citedIn) {
                URI target = URI.create(a.absUrl("href"));
                String page = target.getPath().substring(1);
                Document doc = pages.get(page);
                assertNotNull(doc, a.attr("href"));
                Element note = doc.getElementById(target.getFragment());
                assertNotNull(note, a.attr("href"));
                assertTrue(note.is("section.endnotes li.note"), a.attr("href") + " is a note");
                assertTrue(target.getFragment().matches("note-\\d+"), a.attr("href"));
                boolean cites = note.select("a.cite[href]").stream()
                        .anyMatch(c -> c.absUrl("href").equals("https://example.org/sources.html#src-" + key));
                assertTrue(cites, a.attr("href") + " cites " + key + ": " + note.html());
                assertTrue(a.attr("aria-label").endsWith("note " + a.text()), a.attr("aria-label"));
                links++;
            }
        }
        assertTrue(links > 100, "links checked: " + links);
    }

    @Test
    void everyFormattedCitationLinksToAnEntryOfTheSourcesPage() {
        Set<String> anchors =
                new TreeSet<>(sourcesArticle().select("li[id^=src-]").eachAttr("id"));
        int cites = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            for (Element a : page.getValue().select("a.cite")) {
                URI target = URI.create(a.absUrl("href"));
                assertEquals("/sources.html", target.getPath(), page.getKey() + ": " + a);
                assertTrue(anchors.contains(target.getFragment()), page.getKey() + ": " + a);
                assertNotNull(a.closest(".note-body"), page.getKey() + ": citations sit in notes");
                cites++;
            }
        }
        assertTrue(cites > 300, "citations checked: " + cites);
    }

    @Test
    void noteReferencesAndBackLinksMeetTheirOtherEnd() {
        int refs = 0;
        for (Map.Entry<String, Document> entry : pages.entrySet()) {
            Document doc = entry.getValue();
            String where = entry.getKey();
            List<Element> notes = doc.select("section.endnotes[role=doc-endnotes] > ol > li.note");
            for (int i = 0; i < notes.size(); i++) {
                Element li = notes.get(i);
                int n = i + 1;
                assertEquals("note-" + n, li.id(), where + ": notes numbered 1, 2, 3 in order");
                assertEquals(String.valueOf(n), li.attr("value"), where);
                assertNotNull(li.selectFirst("> div.note-body"), where + " " + li.id());
                List<Element> backlinks = li.select("> a.backlink[role=doc-backlink]");
                assertFalse(backlinks.isEmpty(), where + " " + li.id());
                for (int k = 0; k < backlinks.size(); k++) {
                    String id = k == 0 ? "ref-" + n : "ref-" + n + "-" + (k + 1);
                    assertEquals("#" + id, backlinks.get(k).attr("href"), where);
                    Element ref = doc.getElementById(id);
                    assertNotNull(ref, where + " " + id);
                    assertTrue(ref.is("a.noteref[role=doc-noteref]"), where + " " + ref);
                    assertEquals("#note-" + n, ref.attr("href"));
                    assertEquals("note-" + n, ref.attr("data-note"));
                    assertEquals("Note " + n, ref.attr("aria-label"));
                    assertEquals(String.valueOf(n), ref.selectFirst("> sup").text());
                    assertTrue(ref.closest("section.endnotes") == null, where + ": references sit in the text");
                    refs++;
                }
            }
            assertEquals(
                    doc.select("a.noteref").size(),
                    doc.select("a.backlink").size(),
                    where + ": one back-link per reference");
        }
        assertTrue(refs > 300, "references checked: " + refs);
    }

    @Test
    void notesAreNumberedInOrderOfFirstUse() {
        for (Map.Entry<String, Document> entry : pages.entrySet()) {
            int expected = 1;
            for (Element ref : entry.getValue().select("a.noteref")) {
                int n = Integer.parseInt(ref.attr("data-note").substring(5));
                assertTrue(n <= expected, entry.getKey() + ": " + ref);
                if (n == expected) {
                    expected++;
                }
            }
        }
    }

    @Test
    void aFootnoteWithTwoReferencesHasTwoBackLinks(@TempDir Path temp) throws IOException {
        // The essay has none: check it on the fixture essay, built the same way.
        Path essay = org.glossa.testing.EssayFixture.copy("cited", temp);
        Path second = essay.resolve("content/essay/02-second.md");
        Files.writeString(
                second,
                Files.readString(second, StandardCharsets.UTF_8)
                        + "\nOnce.[^same] Twice.[^same]\n\n[^same]: One note.\n",
                StandardCharsets.UTF_8);
        Path out = essay.resolveSibling("site");
        var run = org.glossa.testing.EssayFixture.build(essay, out, "--strict");
        assertEquals(0, run.exitCode(), run.err());
        Document doc = Jsoup.parse(Files.readString(out.resolve("essay/second.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("ref-1", "ref-1-2"), doc.select("a.noteref").eachAttr("id"));
        assertEquals(
                List.of("#ref-1", "#ref-1-2"),
                doc.select("#note-1 > a.backlink").eachAttr("href"));
        assertEquals(
                List.of("Back to reference 1, occurrence 1", "Back to reference 1, occurrence 2"),
                doc.select("#note-1 > a.backlink").eachAttr("aria-label"));
    }

    @Test
    void theBibliographyIsPublishedAsWrittenAndLinkedFromTheSourcesPage() throws IOException {
        assertArrayEquals(
                Files.readAllBytes(root.resolve("content/sources.bib")),
                Files.readAllBytes(site.resolve("sources.bib")));
        Element link = sourcesArticle().selectFirst("a[href=sources.bib]");
        assertNotNull(link);
    }

    @Test
    void theRealEssayUsesEveryKindOfNote() {
        Document radio = pages.get("essay/radio.html");
        Element footnote = radio.select("section.endnotes li.note").stream()
                .filter(li -> li.text().startsWith("Coplen’s commentary is the only source"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                footnote.text().contains("tolerance (Coplen, “Cambodia’s Warming Ties”)."),
                "cited inside: " + footnote.text());
        Document beijing = pages.get("essay/beijing.html");
        assertTrue(
                beijing.select("section.endnotes li.note").stream()
                        .anyMatch(li -> li.text().startsWith("The same report appears")),
                "the inline note of section 5");
        List<String> texts = new ArrayList<>();
        radio.select("section.endnotes li.note").forEach(li -> texts.add(li.text()));
        assertTrue(
                texts.get(0).startsWith("Taylor Coplen, “Cambodia’s Warming Ties"), "full note first: " + texts.get(0));
        assertTrue(
                texts.stream().anyMatch(t -> t.startsWith("Coplen, “Cambodia’s Warming Ties.”")), "short note after");
    }
}
