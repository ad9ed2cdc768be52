package org.glossa.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocatorTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "33          | 33",
                "p. 33       | 33",
                "pp. 12-14   | 12–14",
                "12–14       | 12–14",
                "12--14      | 12–14",
                "p. xii      | xii",
                "33n5        | 33n5",
                "12, 14      | 12, 14",
                "chap. 2     | chap. 2",
                "ch. 2-3     | chaps. 2–3",
                "chapter 2   | chap. 2",
                "sec. 4      | sec. 4",
                "§ 4         | sec. 4",
                "§§4-5       | secs. 4–5",
                "para. 3     | para. 3",
                "¶ 3         | para. 3",
                "n. 5        | n. 5",
                "vol. 2      | vol. 2",
                "fig. 3      | fig. 3",
                "line 7      | line 7",
            })
    void parsesAndRendersChicagoStyle(String written, String rendered) {
        Locator.Parsed parsed = Locator.parse(written).orElseThrow();
        assertEquals(rendered, parsed.locator().render());
        assertEquals("", parsed.rest());
    }

    @ParameterizedTest(name = "{0} is not a locator")
    @CsvSource(
            delimiter = '|',
            value = {"emphasis added", "mix of sources", "doc. 5", "cf. below"})
    void wordsAreNotLocators(String written) {
        assertEquals(Optional.empty(), Locator.parse(written));
    }

    /** The examples of CMOS 17, 9.61 ("chicago-16" in CSL). */
    @ParameterizedTest(name = "{0}–{1} → {2}")
    @CsvSource({
        "3, 10, 10", "71, 72, 72", "96, 117, 117", "100, 104, 104", "1100, 1113, 1113", "101, 108, 8",
        "808, 833, 33", "1103, 1104, 4", "321, 328, 28", "498, 532, 532", "1087, 1089, 89", "1496, 1500, 500",
        "11564, 11615, 615", "12991, 13001, 3001", "444, 464, 64"
    })
    void abridgesPageRangesAsChicagoDoes(String from, String to, String expected) {
        assertEquals(expected, Locator.abridge(from, to));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                ", p. 33, emphasis added | 33     | , emphasis added",
                "33 and passim           | 33     | and passim",
                "12 and 14               | 12 and 14 |",
                ", emphasis added        |        | , emphasis added",
            })
    void citeSplitsLocatorFromSuffix(String afterKey, String locator, String suffix) {
        Cite cite = Cite.parse("see", afterKey);
        assertEquals("see", cite.prefix());
        assertEquals(
                locator == null ? "" : locator,
                cite.locator().map(Locator::render).orElse(""));
        assertEquals(suffix == null ? "" : suffix, cite.suffix());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12–14", "'12, 14'", "12 and 14"})
    void rangesAndListsTakePluralLabels(String value) {
        assertTrue(new Locator(Locator.Label.SECTION, value).render().startsWith("secs. "));
    }
}
