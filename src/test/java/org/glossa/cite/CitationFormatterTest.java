package org.glossa.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Expected strings are the Chicago Manual of Style, 17th ed., examples (14.18 book, 14.175 journal
 * article, 14.191 news article, 14.214 thesis) set in HTML; the government document follows the
 * web-content pattern (14.206): author, "title," publisher, date, URL.
 */
class CitationFormatterTest {
    private static Bibliography bib;
    private static CitationFormatter formatter;
    /** Every string any test produced, checked for inline styles at the end. */
    private static final List<String> produced = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        Diagnostics diags = new Diagnostics();
        bib = Bibliography.load(BibliographyLoadTest.resource("fixture.bib"), diags);
        assertTrue(diags.isEmpty(), diags::report);
        formatter = new CitationFormatter(bib);
    }

    @AfterAll
    static void noInlineStyleAnywhere() {
        assertFalse(produced.isEmpty());
        for (String html : produced) {
            assertFalse(html.contains("style="), html);
        }
    }

    private static Source source(String key) {
        return bib.find(key).orElseThrow();
    }

    private static String formatFull(String key, Cite cite) {
        return record(formatter.fullNote(source(key), cite));
    }

    private static String formatShort(String key, Cite cite) {
        return record(formatter.shortNote(source(key), cite));
    }

    private static String formatEntry(String key) {
        return record(formatter.bibliographyEntry(source(key)));
    }

    private static String record(String html) {
        synchronized (produced) {
            produced.add(html);
        }
        return html;
    }

    @Nested
    class Book {
        private static final String TITLE = "<i>The Omnivore’s Dilemma: A Natural History of Four Meals</i>";

        @Test
        void fullNote() {
            assertEquals(
                    "Michael Pollan, " + TITLE + " (New York: Penguin, 2006).",
                    formatFull("pollan2006omnivore", Cite.NONE));
            assertEquals(
                    "Michael Pollan, " + TITLE + " (New York: Penguin, 2006), 99–100.",
                    formatFull("pollan2006omnivore", Cite.at("99-100")));
            assertEquals(
                    "See Michael Pollan, " + TITLE + " (New York: Penguin, 2006), 3.",
                    formatFull("pollan2006omnivore", Cite.parse("see", ", p. 3")));
        }

        @Test
        void shortNote() {
            assertEquals("Pollan, <i>Omnivore’s Dilemma</i>.", formatShort("pollan2006omnivore", Cite.NONE));
            assertEquals("Pollan, <i>Omnivore’s Dilemma</i>, 3.", formatShort("pollan2006omnivore", Cite.at("3")));
            assertEquals(
                    "See Pollan, <i>Omnivore’s Dilemma</i>, 3.",
                    formatShort("pollan2006omnivore", Cite.parse("see", "p. 3")));
        }

        @Test
        void bibliographyEntry() {
            assertEquals("Pollan, Michael. " + TITLE + ". New York: Penguin, 2006.", formatEntry("pollan2006omnivore"));
        }
    }

    @Nested
    class JournalArticle {
        private static final String DOI =
                "<a href=\"https://doi.org/10.1080/09589236.2011.565194\">https://doi.org/10.1080/09589236.2011.565194</a>";
        private static final String START = "Alexandra Bogren, “Gender and Alcohol: The Swedish Press Debate,” "
                + "<i>Journal of Gender Studies</i> 20, no. 2 (June 2011): ";

        @Test
        void fullNote() {
            assertEquals(START + "155–69, " + DOI + ".", formatFull("bogren2011gender", Cite.NONE));
            assertEquals(START + "156, " + DOI + ".", formatFull("bogren2011gender", Cite.at("156")));
            assertEquals(
                    "See " + START + "160–62, " + DOI + ".",
                    formatFull("bogren2011gender", Cite.parse("see", ", pp. 160-162")));
        }

        @Test
        void shortNote() {
            assertEquals("Bogren, “Gender and Alcohol.”", formatShort("bogren2011gender", Cite.NONE));
            assertEquals("Bogren, “Gender and Alcohol,” 157.", formatShort("bogren2011gender", Cite.at("157")));
            assertEquals(
                    "See Bogren, “Gender and Alcohol,” 157.",
                    formatShort("bogren2011gender", Cite.parse("see", "157")));
        }

        @Test
        void bibliographyEntry() {
            assertEquals(
                    "Bogren, Alexandra. “Gender and Alcohol: The Swedish Press Debate.” <i>Journal of Gender Studies</i> "
                            + "20, no. 2 (June 2011): 155–69. " + DOI + ".",
                    formatEntry("bogren2011gender"));
        }
    }

    @Nested
    class NewsArticle {
        private static final String URL = "https://www.nytimes.com/2017/03/08/technology/"
                + "snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html";
        private static final String LINK = "<a href=\"" + URL + "\">" + URL + "</a>";

        @Test
        void fullNote() {
            String start = "Farhad Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera,” "
                    + "<i>New York Times</i>, March 8, 2017, ";
            assertEquals(start + LINK + ".", formatFull("manjoo2017snap", Cite.NONE));
            assertEquals(start + "B1, " + LINK + ".", formatFull("manjoo2017snap", Cite.at("B1")));
            assertEquals(
                    "See " + start + LINK + ".",
                    formatFull("manjoo2017snap", new Cite("see", java.util.Optional.empty(), "")));
        }

        @Test
        void shortNote() {
            assertEquals("Manjoo, “Snap Makes a Bet.”", formatShort("manjoo2017snap", Cite.NONE));
            assertEquals("Manjoo, “Snap Makes a Bet,” B1.", formatShort("manjoo2017snap", Cite.at("B1")));
            assertEquals("See Manjoo, “Snap Makes a Bet.”", formatShort("manjoo2017snap", Cite.parse("see", "")));
        }

        @Test
        void bibliographyEntry() {
            assertEquals(
                    "Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” <i>New York Times</i>, "
                            + "March 8, 2017. " + LINK + ".",
                    formatEntry("manjoo2017snap"));
        }
    }

    @Nested
    class Thesis {
        private static final String START =
                "Cynthia Lillian Rutz, “King Lear and Its Folktale Analogues” (PhD diss., University of Chicago, 2013)";

        @Test
        void fullNote() {
            assertEquals(START + ".", formatFull("rutz2013lear", Cite.NONE));
            assertEquals(START + ", 99–100.", formatFull("rutz2013lear", Cite.at("99–100")));
            assertEquals("See " + START + ", 99–100.", formatFull("rutz2013lear", Cite.parse("see", ", 99--100")));
        }

        @Test
        void shortNote() {
            assertEquals("Rutz, “King Lear.”", formatShort("rutz2013lear", Cite.NONE));
            assertEquals("Rutz, “King Lear,” 158.", formatShort("rutz2013lear", Cite.at("158")));
            assertEquals("See Rutz, “King Lear,” 158.", formatShort("rutz2013lear", Cite.parse("see", "158")));
        }

        @Test
        void bibliographyEntry() {
            assertEquals(
                    "Rutz, Cynthia Lillian. “King Lear and Its Folktale Analogues.” PhD diss., University of Chicago, 2013.",
                    formatEntry("rutz2013lear"));
        }
    }

    @Nested
    class GovernmentDocument {
        private static final String URL = "https://history.state.gov/historicaldocuments/frus1964-68v27/d5";
        private static final String LINK = "<a href=\"" + URL + "\">" + URL + "</a>";
        private static final String START = "U.S. Department of State, “Memorandum of Conversation,” Foreign Relations "
                + "of the United States, 1964–1968, Volume XXVII, Document 5, January 7, 1964, ";

        @Test
        void fullNote() {
            assertEquals(START + LINK + ".", formatFull("frus1964v27d5", Cite.NONE));
            assertEquals(START + "2, " + LINK + ".", formatFull("frus1964v27d5", Cite.at("2")));
            assertEquals(
                    "See " + START + "para. 4, " + LINK + ".", formatFull("frus1964v27d5", Cite.parse("see", ", ¶ 4")));
        }

        @Test
        void shortNote() {
            assertEquals(
                    "U.S. Department of State, “Memorandum of Conversation.”", formatShort("frus1964v27d5", Cite.NONE));
            assertEquals(
                    "U.S. Department of State, “Memorandum of Conversation,” 2.",
                    formatShort("frus1964v27d5", Cite.at("2")));
            assertEquals(
                    "See U.S. Department of State, “Memorandum of Conversation,” 2.",
                    formatShort("frus1964v27d5", Cite.parse("see", "p. 2")));
        }

        @Test
        void bibliographyEntry() {
            assertEquals(
                    "U.S. Department of State. “Memorandum of Conversation.” Foreign Relations of the United States, "
                            + "1964–1968, Volume XXVII, Document 5, January 7, 1964. " + LINK + ".",
                    formatEntry("frus1964v27d5"));
        }
    }

    @Test
    void severalCitationsInOneBracketMakeOneNote() {
        String note = record(formatter.note(List.of(
                new CiteRequest(source("pollan2006omnivore"), Cite.parse("see", "99-100"), true),
                new CiteRequest(source("bogren2011gender"), Cite.at("12–14"), false),
                new CiteRequest(source("rutz2013lear"), Cite.NONE, false))));

        assertEquals(
                "See Michael Pollan, <i>The Omnivore’s Dilemma: A Natural History of Four Meals</i> "
                        + "(New York: Penguin, 2006), 99–100; Bogren, “Gender and Alcohol,” 12–14; Rutz, “King Lear.”",
                note);
    }

    @Test
    void labelledLocatorsAndSuffixes() {
        assertEquals(
                "Pollan, <i>Omnivore’s Dilemma</i>, chap. 2.",
                formatShort("pollan2006omnivore", Cite.parse("", ", chap. 2")));
        assertEquals(
                "Pollan, <i>Omnivore’s Dilemma</i>, chaps. 2–3.",
                formatShort("pollan2006omnivore", Cite.parse("", "ch. 2-3")));
        assertEquals(
                "Pollan, <i>Omnivore’s Dilemma</i>, sec. 4.", formatShort("pollan2006omnivore", Cite.parse("", "§4")));
        assertEquals(
                "Pollan, <i>Omnivore’s Dilemma</i>, 33n5.", formatShort("pollan2006omnivore", Cite.parse("", "33n5")));
        assertEquals(
                "Pollan, <i>Omnivore’s Dilemma</i>, 33, emphasis added.",
                formatShort("pollan2006omnivore", Cite.parse("", ", 33, emphasis added")));
        assertEquals(
                "Pollan, <i>Omnivore’s Dilemma</i>, emphasis added.",
                formatShort("pollan2006omnivore", Cite.parse("", ", emphasis added")));
    }

    @Test
    void prefixAndSuffixAreEscaped() {
        String note = formatShort("pollan2006omnivore", Cite.parse("<b>see</b> & compare", ", 3, \"quoted\" <i>"));

        assertEquals(
                "&lt;b&gt;see&lt;/b&gt; &amp; compare Pollan, <i>Omnivore’s Dilemma</i>, 3, &quot;quoted&quot; &lt;i&gt;.",
                note);
    }

    @Test
    void fieldTextIsEscapedAndNestedQuotesAlternate() {
        String text =
                """
                @article{x,
                  author  = {Doe, Jane},
                  title   = {An ``Ironclad Friend'': <script>alert(1)</script> & Co},
                  journal = {Journal},
                  volume  = {1},
                  year    = {2020}
                }
                """;
        Bibliography one = Bibliography.load(new SourceFile("x.bib", text), new Diagnostics());
        CitationFormatter f = new CitationFormatter(one);
        Source x = one.find("x").orElseThrow();

        String fullNote = record(f.fullNote(x, Cite.NONE));
        assertEquals(
                "Jane Doe, “An ‘Ironclad Friend’: &lt;Script&gt;Alert(1)&lt;/Script&gt; &amp; Co,” <i>Journal</i> 1 (2020).",
                fullNote);
        assertEquals("Doe, “‘Ironclad Friend,’” 5.", record(f.shortNote(x, Cite.at("5"))));
        assertEquals("Doe, “‘Ironclad Friend.’”", record(f.shortNote(x, Cite.NONE)));
    }

    @Test
    void unsignedSourcesStartWithTheTitle() {
        String text =
                """
                @misc{unsigned, title = {Top creditor China freezes lending to Cambodia, data shows},
                  howpublished = {Reuters}, year = {2024}, month = dec, day = {11}}
                @misc{private, author = {{The White House}}, title = {Joint Declaration}, year = {2025}}
                """;
        Bibliography two = Bibliography.load(new SourceFile("x.bib", text), new Diagnostics());
        CitationFormatter f = new CitationFormatter(two);
        Source unsigned = two.find("unsigned").orElseThrow();
        Source unpublished = two.find("private").orElseThrow();

        assertEquals(
                "“Top Creditor China Freezes Lending to Cambodia, Data Shows,” Reuters, December 11, 2024.",
                record(f.fullNote(unsigned, Cite.NONE)));
        assertEquals("“Top Creditor China Freezes.”", record(f.shortNote(unsigned, Cite.NONE)));
        assertEquals(
                "“Top Creditor China Freezes Lending to Cambodia, Data Shows.” Reuters, December 11, 2024.",
                record(f.bibliographyEntry(unsigned)));
        // Chicago's CSL leaves private documents out of bibliographies; the sources page lists them.
        assertEquals("The White House. “Joint Declaration.” 2025.", record(f.bibliographyEntry(unpublished)));
    }

    @Test
    void theCachedFormOfASourceTakesEveryLocator() {
        // Each source goes through citeproc once per form; locators are filled in afterwards.
        // (Speed is measured in docs/BENCHMARKS.md, not here.)
        Source pollan = source("pollan2006omnivore");
        for (int page = 1; page <= 2_000; page++) {
            assertEquals(
                    "Pollan, <i>Omnivore’s Dilemma</i>, " + page + ".",
                    formatter.shortNote(pollan, Cite.at(Integer.toString(page))));
        }
        assertEquals("Pollan, <i>Omnivore’s Dilemma</i>, 20000.", formatter.shortNote(pollan, Cite.at("20000")));
    }

    @Test
    void anEmptyBibliographyGivesAWorkingFormatterAndStrangersAreRefused() {
        CitationFormatter empty = new CitationFormatter(Bibliography.empty(new SourceFile("none.bib", "")));

        assertThrows(IllegalArgumentException.class, () -> empty.fullNote(source("rutz2013lear"), Cite.NONE));
        assertThrows(IllegalArgumentException.class, () -> empty.bibliographyEntry(source("rutz2013lear")));
        assertThrows(IllegalArgumentException.class, () -> formatter.note(List.of()));
    }

    /** Each citation of a note links to its source's entry; a URL or DOI keeps its own link. */
    @Nested
    class LinkedToSources {
        private static final java.util.function.Function<Source, String> LINK = s -> "../sources.html#src-" + s.key();

        private String note(boolean first, String key, Cite cite) {
            return record(formatter.note(List.of(new CiteRequest(source(key), cite, first)), LINK));
        }

        @Test
        void theWholeCitationLinksWhenItHasNoUrl() {
            assertEquals(
                    "<a class=\"cite\" href=\"../sources.html#src-pollan2006omnivore\">Pollan, <i>Omnivore’s Dilemma</i>, 3</a>.",
                    note(false, "pollan2006omnivore", Cite.at("3")));
        }

        @Test
        void thePrefixAndSuffixStayOutsideTheLink() {
            assertEquals(
                    "See <a class=\"cite\" href=\"../sources.html#src-pollan2006omnivore\">Pollan, <i>Omnivore’s Dilemma</i>, 3</a>,"
                            + " emphasis added.",
                    note(false, "pollan2006omnivore", Cite.parse("see", "p. 3, emphasis added")));
        }

        @Test
        void linksNeverNestAroundADoi() {
            String doi = "https://doi.org/10.1080/09589236.2011.565194";
            assertEquals(
                    "<a class=\"cite\" href=\"../sources.html#src-bogren2011gender\">Alexandra Bogren, “Gender and Alcohol:"
                            + " The Swedish Press Debate,” <i>Journal of Gender Studies</i> 20, no. 2 (June 2011): 156</a>,"
                            + " <a href=\"" + doi + "\">" + doi + "</a>.",
                    note(true, "bogren2011gender", Cite.at("156")));
        }

        @Test
        void severalCitationsInOneNoteEachLinkToTheirOwnSource() {
            String html = record(formatter.note(
                    List.of(
                            new CiteRequest(source("pollan2006omnivore"), Cite.NONE, false),
                            new CiteRequest(source("rutz2013lear"), Cite.at("158"), false)),
                    LINK));
            assertEquals(
                    "<a class=\"cite\" href=\"../sources.html#src-pollan2006omnivore\">Pollan, <i>Omnivore’s Dilemma</i></a>;"
                            + " <a class=\"cite\" href=\"../sources.html#src-rutz2013lear\">Rutz, “King Lear,” 158</a>.",
                    html);
        }

        @Test
        void inTextCitationsAreNeitherCapitalisedNorClosed() {
            assertEquals(
                    "see <a class=\"cite\" href=\"../sources.html#src-rutz2013lear\">Rutz, “King Lear,” 158</a>",
                    record(formatter.inText(
                            List.of(new CiteRequest(source("rutz2013lear"), Cite.parse("see", "158"), false)), LINK)));
        }
    }
}
