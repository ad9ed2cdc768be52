package org.glossa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glossa.testing.EssayFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credits page names every third-party work from the one list, each with its licence. */
class CreditsTest {
    @Test
    void creditsPageListsEveryEntryOfTheListWithItsLicence(@TempDir Path temp) throws Exception {
        Path essay = EssayFixture.copy("minimal", temp);
        Path site = temp.resolve("site");
        assertEquals(0, EssayFixture.build(essay, site).exitCode());
        Document page = Jsoup.parse(Files.readString(site.resolve("credits.html"), StandardCharsets.UTF_8));
        List<Map<String, String>> credits = Credits.load();
        assertEquals(
                credits.stream().map(c -> c.get("name")).toList(),
                page.select(".credit-list dt").eachText());
        assertTrue(page.select(".credit-list a").eachText().contains("MIT License"));
        assertTrue(page.select(".credit-list a").eachText().contains("Creative Commons Attribution-ShareAlike 3.0"));
        assertTrue(
                Files.isRegularFile(site.resolve("js/lunr.LICENSE.txt")), "the licence a credit links to is shipped");
        assertEquals(
                "credits.html",
                Jsoup.parse(Files.readString(site.resolve("index.html")))
                        .selectFirst("footer a:contains(Credits)")
                        .attr("href"));
    }
}
