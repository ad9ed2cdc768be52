package org.glossa.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.junit.jupiter.api.Test;

class BibliographyLoadTest {

    static SourceFile resource(String name) throws IOException {
        try (InputStream in = BibliographyLoadTest.class.getResourceAsStream("/cite/" + name)) {
            return new SourceFile("cite/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> formatted(Diagnostics diags) {
        return diags.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void missingClosingBraceIsReportedWhereTheBraceBelongsAndBothEntriesLoad() throws IOException {
        Diagnostics diags = new Diagnostics();
        Bibliography bib = Bibliography.load(resource("missing-brace.bib"), diags);

        assertEquals(
                List.of(
                        """
                        cite/missing-brace.bib:3:19: error: missing '}' to close entry 'first' [bib.syntax]
                              year   = {2001},
                                              ^
                            the entry starts on line 1"""),
                formatted(diags));
        assertEquals(List.of("first", "second"), bib.keys());
        assertEquals("2001", bib.find("first").orElseThrow().fields().get("year"));
        assertEquals("Second", bib.find("second").orElseThrow().title());
    }

    @Test
    void unterminatedValueIsReportedAtItsOpeningBraceAndParsingResumesAtTheNextField() throws IOException {
        Diagnostics diags = new Diagnostics();
        Bibliography bib = Bibliography.load(resource("unterminated.bib"), diags);

        assertEquals(
                List.of(
                        """
                        cite/unterminated.bib:2:11: error: unterminated value of field 'title' [bib.syntax]
                              title = {Never closed,
                                      ^
                            the opening '{' has no matching '}'"""),
                formatted(diags));
        assertEquals(List.of("runaway", "next"), bib.keys());
        assertEquals("2001", bib.find("runaway").orElseThrow().fields().get("year"));
        assertEquals("Still loads", bib.find("next").orElseThrow().title());
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondOccurrenceAndTheFirstWins() throws IOException {
        Diagnostics diags = new Diagnostics();
        Bibliography bib = Bibliography.load(resource("duplicate.bib"), diags);

        assertEquals(
                List.of(
                        """
                        cite/duplicate.bib:6:7: error: duplicate key 'Smith2000' (first defined on line 1) [bib.duplicate]
                            @book{Smith2000,
                                  ^
                            keys match case-insensitively"""),
                formatted(diags));
        assertEquals(1, bib.size());
        assertEquals("One", bib.find("SMITH2000").orElseThrow().title());
    }

    @Test
    void unknownEntryTypeSuggestsTheClosestKnownTypeAndStillLoads() throws IOException {
        Diagnostics diags = new Diagnostics();
        Bibliography bib = Bibliography.load(resource("unknown-type.bib"), diags);

        assertEquals(
                List.of(
                        """
                        cite/unknown-type.bib:1:2: error: unknown entry type '@boook' [bib.type]
                            @boook{typo,
                             ^
                            did you mean '@book'?"""),
                formatted(diags));
        assertEquals(List.of("typo", "fine"), bib.keys());
        assertEquals("Typo", bib.find("typo").orElseThrow().title());
    }

    @Test
    void smallerSyntaxErrorsHaveExactPositions() {
        String text =
                """
                @book{nobrace
                @book{noequals, title {X}}
                @book{nocomma, title = {X} year = {2000}}
                @book{badmacro, month = smarch}
                @book{dupfield, title = {A}, title = {B}}
                @ {x}
                @book{ok, title = "Quoted {\\"U}ber" # " and more", month = jul}
                """;
        Diagnostics diags = new Diagnostics();
        Bibliography bib = Bibliography.load(new SourceFile("x.bib", text), diags);

        assertEquals(
                List.of(
                        "x.bib:1:14: error: missing '}' to close entry 'nobrace' [bib.syntax]",
                        "x.bib:2:23: error: expected '=' after field name 'title' [bib.syntax]",
                        "x.bib:3:27: error: missing ',' after the value of field 'title' [bib.syntax]",
                        "x.bib:4:25: error: unknown @string abbreviation 'smarch' in field 'month' [bib.syntax]",
                        "x.bib:5:30: error: duplicate field 'title' in entry 'dupfield' [bib.duplicate]",
                        "x.bib:6:1: error: expected an entry type after '@' [bib.syntax]"),
                diags.sorted().stream().map(Diagnostic::headline).toList());
        assertEquals(List.of("nobrace", "noequals", "nocomma", "badmacro", "dupfield", "ok"), bib.keys());
        assertEquals("2000", bib.find("nocomma").orElseThrow().fields().get("year"));
        assertEquals("A", bib.find("dupfield").orElseThrow().title());
        Source ok = bib.find("ok").orElseThrow();
        assertEquals("Quoted Über and more", ok.title());
        assertEquals("July", ok.fields().get("month"));
    }

    @Test
    void stringsCommentsAndParenthesesAreUnderstood() {
        String text =
                """
                % a comment line mentioning me@example.org
                @comment{ anything { nested } here }
                @preamble{ "\\newcommand{\\noop}[1]{}" }
                @string{ jgs = "Journal of Gender Studies" }
                @article(paren,
                  title   = {Parenthesised},
                  journal = jgs,
                  % a comment between fields
                  year    = 2011,
                )
                """;
        Diagnostics diags = new Diagnostics();
        Bibliography bib = Bibliography.load(new SourceFile("x.bib", text), diags);

        assertTrue(diags.isEmpty(), diags::report);
        Source paren = bib.find("paren").orElseThrow();
        assertEquals("Journal of Gender Studies", paren.fields().get("journal"));
        assertEquals("2011", paren.fields().get("year"));
        assertEquals(5, bib.file().lineOf(paren.offset()));
    }

    @Test
    void crlfLineEndingsAndByteOrderMarkKeepPositionsExact() {
        String text = "\uFEFF@book{a,\r\n  title = {A},\r\n  year = {2000},\r\n\r\n@book{b, title = {B}}\r\n";
        Diagnostics diags = new Diagnostics();
        Bibliography.load(new SourceFile("crlf.bib", text), diags);

        assertEquals(
                List.of("crlf.bib:3:17: error: missing '}' to close entry 'a' [bib.syntax]"),
                diags.sorted().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void keysMatchCaseInsensitively() throws IOException {
        Bibliography bib = Bibliography.load(resource("fixture.bib"), new Diagnostics());

        assertEquals(
                "pollan2006omnivore",
                bib.find("Pollan2006Omnivore").orElseThrow().key());
        assertTrue(bib.find("pollan2006").isEmpty());
    }

    @Test
    void fieldsArePlainTextAndIdentifiersAreVerbatim() throws IOException {
        Bibliography bib = Bibliography.load(resource("fixture.bib"), new Diagnostics());

        Source pollan = bib.find("pollan2006omnivore").orElseThrow();
        assertEquals("A book, with place and publisher.", pollan.annotation().orElseThrow());
        assertEquals("book", pollan.type());
        Source frus = bib.find("frus1964v27d5").orElseThrow();
        assertEquals("Aid of US$5m — roughly.", frus.annotation().orElseThrow());
        assertEquals(
                "Foreign Relations of the United States, 1964–1968, Volume XXVII, Document 5",
                frus.fields().get("howpublished"));
        assertEquals(
                "https://history.state.gov/historicaldocuments/frus1964-68v27/d5",
                frus.url().orElseThrow());
        assertEquals(
                "10.1080/09589236.2011.565194",
                bib.find("bogren2011gender").orElseThrow().doi().orElseThrow());
    }

    @Test
    void doiResolverPrefixAndUrlCommandInHowpublishedAreNormalised() {
        String text =
                """
                @misc{a, title = {A}, doi = {https://doi.org/10.1000/xyz}, howpublished = {\\url{https://example.org/a}}}
                """;
        Source a = Bibliography.load(new SourceFile("x.bib", text), new Diagnostics())
                .find("a")
                .orElseThrow();

        assertEquals("10.1000/xyz", a.doi().orElseThrow());
        assertEquals("https://example.org/a", a.url().orElseThrow());
        assertTrue(a.field("howpublished").isEmpty());
    }

    @Test
    void sourcesAreGroupedAndSortedByAuthorThenTitle() throws IOException {
        Bibliography bib = Bibliography.load(resource("fixture.bib"), new Diagnostics());

        var groups = bib.byGroup();
        assertEquals(
                List.of("frus1964v27d5"),
                groups.get(SourceGroup.PRIMARY).stream().map(Source::key).toList());
        assertEquals(
                List.of("bogren2011gender", "pollan2006omnivore", "rutz2013lear"),
                groups.get(SourceGroup.SCHOLARSHIP).stream().map(Source::key).toList());
        assertEquals(
                List.of("manjoo2017snap"),
                groups.get(SourceGroup.NEWS).stream().map(Source::key).toList());
        assertEquals("Books and articles", SourceGroup.SCHOLARSHIP.heading());
    }
}
