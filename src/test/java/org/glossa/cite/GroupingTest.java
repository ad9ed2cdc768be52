package org.glossa.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupingTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "@book{k, title = {T}, publisher = {P}, keywords = {cambodia, primary}}           | PRIMARY",
                "@misc{k, title = {T}, howpublished = {Reuters}, keywords = {scholarship}}        | SCHOLARSHIP",
                "@book{k, title = {T}, publisher = {Columbia University Press}}                   | SCHOLARSHIP",
                "@book{k, title = {T}, publisher = {Government Printing Office}}                  | PRIMARY",
                "@article{k, title = {T}, journal = {J}, volume = {3}}                            | SCHOLARSHIP",
                "@article{k, title = {T}, journal = {J}, doi = {10.1/x}}                          | SCHOLARSHIP",
                "@article{k, title = {T}, journal = {New York Times}, year = {2017}}              | NEWS",
                "@article{k, title = {T}, journal = {Department of State Bulletin}, volume = {4}} | PRIMARY",
                "@phdthesis{k, title = {T}, school = {University of Chicago}}                     | SCHOLARSHIP",
                "@mastersthesis{k, title = {T}, school = {Naval War College, Department of Defense}} | SCHOLARSHIP",
                "@techreport{k, title = {T}, institution = {ISEAS}}                               | SCHOLARSHIP",
                "@techreport{k, title = {T}, institution = {Congressional Research Service}}      | PRIMARY",
                "@misc{k, title = {T}, howpublished = {Foreign Relations of the United States}}   | PRIMARY",
                "@misc{k, title = {T}, howpublished = {FRUS 1958--1960, vol. 16}}                 | PRIMARY",
                "@misc{k, title = {T}, howpublished = {Federal Register, vol. 90}}                | PRIMARY",
                "@misc{k, author = {{Ministry of Foreign Affairs of Japan}}, title = {T}}         | PRIMARY",
                "@misc{k, author = {{The White House}}, title = {T}}                              | PRIMARY",
                "@misc{k, author = {Trump, Donald J.}, title = {T}, url = {https://www.whitehouse.gov/x}} | PRIMARY",
                "@misc{k, title = {T}, url = {https://www.gov.uk/x}}                              | PRIMARY",
                "@misc{k, title = {T}, url = {https://www.mofa.go.jp/x}, howpublished = {MOFA}}   | PRIMARY",
                "@misc{k, title = {T}, url = {https://www.govtrack.example.com/x}}                | NEWS",
                "@misc{k, author = {White, House}, title = {T}, howpublished = {Blog}}            | NEWS",
                "@misc{k, title = {T}, howpublished = {Reuters}}                                  | NEWS",
                "@online{k, title = {T}, url = {https://fulcrum.sg/x}}                            | NEWS",
                "@misc{k, title = {T}}                                                            | NEWS",
            })
    void followsTheDocumentedRule(String entry, SourceGroup expected) {
        Bibliography bib = Bibliography.load(new SourceFile("g.bib", entry), new Diagnostics());
        assertEquals(expected, bib.find("k").orElseThrow().group());
    }
}
