package org.glossa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.Test;

/**
 * The repository's essay keeps the promises of its brief: eight sections of 3,500–6,000 words,
 * at least 25 distinct sources cited, at least 20 glossary entries, a timeline of at least 12
 * cited rows, and no paragraph that states a year or a figure without a citation.
 */
class EssayContentTest {
    private static final Path CONTENT = EssayFixture.PROJECT.resolve("content");
    private static final Pattern KEY = Pattern.compile("@([A-Za-z0-9_][A-Za-z0-9_:.\\-]*[A-Za-z0-9_])");
    private static final Pattern CITATION = Pattern.compile("\\[[^\\]\\[]*@[A-Za-z0-9_][^\\]]*\\]");

    private static String body(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("---")) {
            int end = text.indexOf("\n---", 3);
            text = text.substring(text.indexOf('\n', end + 1) + 1);
        }
        return text;
    }

    private static List<Path> files(String folder) throws IOException {
        try (Stream<Path> s = Files.list(CONTENT.resolve(folder))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** Prose only: no footnote definitions, headings or table rows, and no citation keys. */
    private static int words(String body) {
        String prose = body.lines()
                .filter(l -> !l.startsWith("#") && !l.startsWith("|"))
                .reduce("", (a, b) -> a + "\n" + b);
        prose = CITATION.matcher(prose).replaceAll(" ");
        return (int) Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,%$-]*")
                .matcher(prose)
                .results()
                .count();
    }

    @Test
    void eightSectionsOfThreeAndAHalfToSixThousandWords() throws IOException {
        List<Path> sections = files("essay");
        assertEquals(8, sections.size(), "sections");
        int total = 0;
        for (Path s : sections) {
            total += words(body(s));
        }
        assertTrue(total >= 3500 && total <= 6000, "essay words: " + total);
    }

    @Test
    void atLeastTwentyFiveDistinctSourcesAreCited() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String folder : List.of("essay", "glossary", "sidebars")) {
            for (Path f : files(folder)) {
                Matcher c = CITATION.matcher(body(f));
                while (c.find()) {
                    Matcher k = KEY.matcher(c.group());
                    while (k.find()) {
                        keys.add(k.group(1).toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        assertTrue(keys.size() >= 25, "distinct cited keys: " + keys.size());
    }

    @Test
    void atLeastTwentyGlossaryEntriesEachWithShortDefinitionAndCitation() throws IOException {
        List<Path> entries = files("glossary");
        assertTrue(entries.size() >= 20, "glossary entries: " + entries.size());
        for (Path e : entries) {
            String text = Files.readString(e, StandardCharsets.UTF_8);
            assertTrue(
                    text.contains("\nterm:") && text.contains("\naliases:") && text.contains("\nshort:"), e.toString());
            assertTrue(CITATION.matcher(body(e)).find(), e + " cites a source");
        }
    }

    @Test
    void sidebarTimelineHasTwelveCitedRows() throws IOException {
        List<String> rows = new ArrayList<>();
        for (Path s : files("sidebars")) {
            for (String line : body(s).lines().toList()) {
                if (line.startsWith("|")
                        && !line.matches("\\|[\\s:|-]+\\|?")
                        && !line.toLowerCase().startsWith("| date")) {
                    rows.add(line);
                }
            }
        }
        assertTrue(rows.size() >= 12, "timeline rows: " + rows.size());
        for (String row : rows) {
            assertTrue(CITATION.matcher(row).find(), "row without citation: " + row);
        }
    }

    @Test
    void everyParagraphWithAYearOrFigureCitesASource() throws IOException {
        List<String> uncited = new ArrayList<>();
        for (Path s : files("essay")) {
            for (String paragraph : body(s).split("\\n\\s*\\n")) {
                String p = paragraph.strip();
                if (p.isEmpty() || p.startsWith("#") || p.startsWith("[^") || p.startsWith("|")) {
                    continue; // headings; footnote definitions are checked with the note they belong to
                }
                String prose = p.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("\\[\\^[^\\]]+\\]", "");
                if (prose.matches("(?s).*\\d.*") && !CITATION.matcher(p).find()) {
                    uncited.add(EssayFixture.PROJECT.relativize(s) + ": " + p.substring(0, Math.min(80, p.length())));
                }
            }
        }
        assertEquals(List.of(), uncited);
    }
}
