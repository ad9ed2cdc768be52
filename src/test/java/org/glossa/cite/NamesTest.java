package org.glossa.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.csl.CSLName;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Pollan, Michael                              | Pollan Michael",
                "Michael Pollan                               | Pollan Michael",
                "Rust, William J.                             | Rust William J.",
                "{{U.S. Department of State}}                 | U.S. Department of State",
                "{Norodom Sihanouk}                           | Norodom Sihanouk",
                "Ludwig van Beethoven                         | van Beethoven Ludwig",
                "van Beethoven, Ludwig                        | van Beethoven Ludwig",
                "King, Jr., Martin Luther                     | King Martin Luther",
                "M{\\\"u}ller, J{\\\"o}rg                     | Müller Jörg",
                "Xinhua                                       | Xinhua",
            })
    void sortNameOfTheFirstName(String written, String sortName) {
        assertEquals(sortName, Names.sortName(Names.parse(written).get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Po, Sovinda and Primiano, Christopher B.     | 2",
                "{Barnes and Noble}                           | 1",
                "A. Smith AND B. Jones and others             | 2",
                "Thepgumpanat, Panarat and\tSriring, Orathai | 2",
            })
    void splitsNameListsAtTopLevelAnd(String written, int count) {
        List<CSLName> names = Names.parse(written);
        assertEquals(count, names.size());
    }
}
