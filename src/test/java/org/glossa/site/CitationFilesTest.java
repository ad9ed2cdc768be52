package org.glossa.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISConverter;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.glossa.model.EssayMetadata;
import org.glossa.model.RevisionsResolver;
import org.junit.jupiter.api.Test;

/** The citation files read back with the tools reference managers use (citeproc-java, jbibtex). */
class CitationFilesTest {
    private static final String TITLE = "Fish & Chips: 100% of_the {best} $ #1";

    private static EssayMetadata essay(List<String> authors, String published, String modified) {
        return new EssayMetadata(
                "fish-chips",
                TITLE,
                "A History",
                authors,
                "https://example.org/essay/",
                published,
                modified,
                "en",
                "CC BY 4.0",
                "https://creativecommons.org/licenses/by/4.0/",
                List.<RevisionsResolver.Revision>of());
    }

    private static final EssayMetadata ORG = essay(List.of("The Glossa editors"), "2026-11-25", "2026-12-01");
    private static final EssayMetadata PEOPLE = essay(List.of("Smith, Jane", "Doe, John"), "2026-11-25", "2026-11-25");

    @Test
    void bibtexReadsBackWithCiteprocAndJbibtex() throws Exception {
        CSLItemData item = fromBibtex(CitationFiles.bibtex(ORG));
        assertEquals(CSLType.WEBPAGE, item.getType());
        assertEquals(TITLE + ": A History", item.getTitle());
        assertEquals("The Glossa editors", item.getAuthor()[0].getLiteral());
        assertEquals("https://example.org/essay/", item.getURL());
        assertEquals("Last revised 2026-12-01", item.getNote());
        assertDate(item.getIssued());

        CSLName[] people = fromBibtex(CitationFiles.bibtex(PEOPLE)).getAuthor();
        assertEquals(2, people.length);
        assertEquals("Smith", people[0].getFamily());
        assertEquals("Jane", people[0].getGiven());
        assertEquals("Doe", people[1].getFamily());
        assertNull(fromBibtex(CitationFiles.bibtex(PEOPLE)).getNote(), "no revision note when never revised");
    }

    @Test
    void risReadsBackWithCiteprocsRisParser() throws Exception {
        String ris = CitationFiles.ris(ORG);
        RISConverter converter = new RISConverter();
        Map<String, CSLItemData> items = converter.toItemData(
                converter.loadLibrary(new ByteArrayInputStream(ris.getBytes(StandardCharsets.UTF_8))));
        assertEquals(1, items.size());
        CSLItemData item = items.get("fish-chips");
        assertEquals(TITLE + ": A History", item.getTitle());
        // citeproc-java splits a name without a comma BibTeX-style; every word survives, in order.
        CSLName org = item.getAuthor()[0];
        assertEquals("The Glossa editors", (org.getGiven() + " " + org.getFamily()).strip());
        CSLItemData people = converter
                .toItemData(converter.loadLibrary(
                        new ByteArrayInputStream(CitationFiles.ris(PEOPLE).getBytes(StandardCharsets.UTF_8))))
                .get("fish-chips");
        assertEquals("Smith", people.getAuthor()[0].getFamily());
        assertEquals("Jane", people.getAuthor()[0].getGiven());
        assertEquals("https://example.org/essay/", item.getURL());
        assertDate(item.getIssued());
    }

    @Test
    void cslJsonReadsBackWithCiteprocsJsonParser() throws Exception {
        CSLItemData item = fromCslJson(CitationFiles.cslJson(ORG));
        assertEquals("fish-chips", item.getId());
        assertEquals(CSLType.WEBPAGE, item.getType());
        assertEquals(TITLE + ": A History", item.getTitle());
        assertEquals(TITLE, item.getTitleShort());
        assertEquals("The Glossa editors", item.getAuthor()[0].getLiteral());
        assertEquals("https://example.org/essay/", item.getURL());
        assertArrayEquals(new int[][] {{2026, 11, 25}}, item.getIssued().getDateParts());

        CSLName jane = fromCslJson(CitationFiles.cslJson(PEOPLE)).getAuthor()[0];
        assertEquals("Smith", jane.getFamily());
        assertEquals("Jane", jane.getGiven());
    }

    @Test
    void chicagoBibliographyEntry() {
        EssayMetadata m = new EssayMetadata(
                "continuity",
                "Continuity, Not Realignment",
                "Cambodia between Washington and Beijing",
                List.of("The Glossa editors"),
                "https://glossa.example.org/",
                "2026-11-25",
                "2026-11-25",
                "en",
                "",
                "",
                List.of());
        assertEquals(
                "The Glossa editors. “Continuity, Not Realignment: Cambodia between Washington and Beijing.”"
                        + " November 25, 2026. https://glossa.example.org/.",
                CitationFiles.chicago(m));
        EssayMetadata person = new EssayMetadata(
                "x",
                "Title",
                "",
                List.of("Smith, Jane"),
                "https://e.org/",
                "2020-02-03",
                "2020-02-03",
                "en",
                "",
                "",
                List.of());
        assertEquals("Smith, Jane. “Title.” February 3, 2020. https://e.org/.", CitationFiles.chicago(person));
    }

    private static CSLItemData fromBibtex(String bib) throws Exception {
        BibTeXConverter converter = new BibTeXConverter();
        Map<String, CSLItemData> items = converter.toItemData(
                converter.loadDatabase(new ByteArrayInputStream(bib.getBytes(StandardCharsets.UTF_8))));
        assertEquals(1, items.size(), bib);
        return items.values().iterator().next();
    }

    @SuppressWarnings("unchecked")
    private static CSLItemData fromCslJson(String json) throws Exception {
        List<Object> list = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
        assertEquals(1, list.size());
        return CSLItemData.fromJson((Map<String, Object>) list.get(0));
    }

    /** BibTeX and RIS dates arrive unparsed ({@code raw}); CSL processors parse them when formatting. */
    private static void assertDate(CSLDate date) {
        if (date.getDateParts() != null) {
            assertArrayEquals(new int[][] {{2026, 11, 25}}, date.getDateParts());
        } else {
            assertEquals("2026-11-25", date.getRaw().replace('/', '-').replaceAll("-$", ""));
        }
    }
}
