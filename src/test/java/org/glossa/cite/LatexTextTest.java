package org.glossa.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "1955--1957                     | 1955–1957",
                "a---b                          | a—b",
                "well-known                     | well-known",
                "US\\$22.9m                     | US$22.9m",
                "19\\%                          | 19%",
                "R\\&D                          | R&D",
                "{Cambodia}'s                   | Cambodia's",
                "An ``Ironclad Friend''         | An “Ironclad Friend”",
                "`single'                       | ‘single'",
                "Caf\\'e                        | Café",
                "{\\'E}cole                     | École",
                "M\\\"{u}ller                   | Müller",
                "Fran\\c{c}ois                  | François",
                "\\v Seve                       | Ševe",
                "na\\\"{\\i}ve                  | naïve",
                "Stra\\ss e                     | Straße",
                "South Korea\\ldots             | South Korea…",
                "a\\ldots{} b                   | a… b",
                "\\emph{Pax Deum} and \\textit{x} | Pax Deum and x",
                "\\href{https://x.org}{the site} | the site",
                "\\enquote{quoted}              | “quoted”",
                "$x^2$                          | x^2",
                "\\unknowncommand{kept}         | kept",
            })
    void convertsToPlainUnicode(String latex, String plain) {
        assertEquals(plain, LatexText.toPlain(latex));
    }

    @Test
    void whitespaceCollapsesAndMarkupIsJustText() {
        assertEquals("two lines", LatexText.toPlain("two\n   lines\t "));
        assertEquals("<script>alert(1)</script>", LatexText.toPlain("<script>alert(1)</script>"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"A~B | A\u00A0B"})
    void tieIsANoBreakSpace(String latex, String plain) {
        assertEquals(plain, LatexText.toPlain(latex));
    }
}
