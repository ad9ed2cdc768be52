package org.glossa.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortTitlesTest {

    /** CMOS 17, 14.30: key words of the main title, at most four, no initial article. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The Omnivore's Dilemma: A Natural History of Four Meals              | Omnivore's Dilemma",
                "King Lear and Its Folktale Analogues                                  | King Lear",
                "Snap Makes a Bet on the Cultural Supremacy of the Camera              | Snap Makes a Bet",
                "Gender and Alcohol: The Swedish Press Debate                          | Gender and Alcohol",
                "China, Cambodia, and the Five Principles of Peaceful Coexistence      | China, Cambodia",
                "The United States and Cambodia, 1870–1969: From Curiosity to Confrontation | United States and Cambodia",
                "Executive Order 14257: Regulating Imports                             | Executive Order 14257",
                "[Cambodia set to rename National Highway 4 after President Trump]      | [Cambodia set to rename]",
                "[Fact Sheet: United States and Cambodia Reach Agreement]               | [Fact Sheet]",
                "Why Neutrality? Cambodia in the Cold War                              | Why Neutrality?",
                "A                                                                     | A",
            })
    void derivesChicagoShortTitles(String title, String expected) {
        assertEquals(expected, ShortTitles.derive(title, 0));
    }

    @Test
    void sameAuthorCollisionsFallBackToLongerTitles() {
        String embassy = "U.S. Embassy in Cambodia";
        Map<String, String> shortTitles = ShortTitles.assign(List.of(
                new ShortTitles.Candidate("a", embassy, "Telegram From the Embassy in Cambodia [telegram 127]", null),
                new ShortTitles.Candidate("b", embassy, "Telegram From the Embassy in Cambodia [telegram 348]", null),
                new ShortTitles.Candidate("c", "Someone Else", "Telegram From the Embassy in Cambodia [x]", null),
                new ShortTitles.Candidate("d", embassy, "Telegram From the Embassy: Explicit", "Telegram 1613")));

        assertEquals("Telegram From the Embassy in Cambodia [telegram 127]", shortTitles.get("a"));
        assertEquals("Telegram From the Embassy in Cambodia [telegram 348]", shortTitles.get("b"));
        assertEquals("Telegram From the Embassy", shortTitles.get("c"));
        assertEquals("Telegram 1613", shortTitles.get("d"));
    }
}
