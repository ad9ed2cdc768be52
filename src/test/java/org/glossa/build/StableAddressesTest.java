package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.testing.EssayFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renaming a page keeps its old address working through `aliases`, and a lost address is a warning. */
class StableAddressesTest {
    private static final String SITEMAP =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.org/small/index.html</loc></url>
              <url><loc>https://example.org/small/essay/second.html</loc></url>
            </urlset>
            """;

    private static Path renamed(Path temp, String aliases) throws Exception {
        Path essay = EssayFixture.copy("minimal", temp);
        Files.delete(essay.resolve("content/essay/02-second.md"));
        EssayFixture.write(
                essay.resolve("content/essay/02-later.md"),
                "---\ntitle: \"Second part\"\nsummary: \"Where it ends.\"\n" + aliases
                        + "---\n\n## Details {#details}\n\nText.\n");
        EssayFixture.write(
                essay.resolve("content/essay/01-first.md"),
                "---\ntitle: \"First part\"\nsummary: \"Where it begins.\"\n---\n\nSee [later](02-later.md).\n");
        EssayFixture.write(temp.resolve("old-sitemap.xml"), SITEMAP);
        return essay;
    }

    @Test
    void aliasBecomesARedirectPage(@TempDir Path temp) throws Exception {
        Path essay = renamed(temp, "aliases: [essay/second.html]\n");
        Path site = temp.resolve("site");
        EssayFixture.Run run = EssayFixture.build(
                essay,
                site,
                "--strict",
                "--previous-sitemap",
                temp.resolve("old-sitemap.xml").toString());
        assertEquals(0, run.exitCode(), run.err());
        Document redirect = Jsoup.parse(Files.readString(site.resolve("essay/second.html"), StandardCharsets.UTF_8));
        assertEquals(
                "0; url=../essay/later.html",
                redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(
                "https://example.org/small/essay/later.html",
                redirect.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../essay/later.html", redirect.selectFirst("main a").attr("href"));
        assertTrue(redirect.select("script").isEmpty());
    }

    @Test
    void renamedPageWithoutAliasIsAWarningWithTheOldUrl(@TempDir Path temp) throws Exception {
        Path essay = renamed(temp, "");
        Path sitemap = temp.resolve("old-sitemap.xml");
        EssayFixture.Run run =
                EssayFixture.build(essay, temp.resolve("site"), "--previous-sitemap", sitemap.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                sitemap
                        + ":4:13: warning: 'essay/second.html' was published before and no page has it as an alias [sitemap.lost-page]\n"
                        + "      <url><loc>https://example.org/small/essay/second.html</loc></url>\n"
                        + "                ^\n"
                        + "    add 'aliases: [essay/second.html]' to the front matter of the page that replaced it\n"
                        + "0 errors, 1 warning\n",
                run.err());
    }

    @Test
    void aliasOfAnExistingPageIsAnError(@TempDir Path temp) throws Exception {
        Path essay = renamed(temp, "aliases: [essay/first.html]\n");
        EssayFixture.Run run = EssayFixture.build(essay, temp.resolve("site"));
        assertEquals(1, run.exitCode());
        assertTrue(
                run.err()
                        .startsWith(
                                "content/essay/02-later.md:4:10: error: alias 'essay/first.html' is the address of an existing page [alias.taken]"),
                run.err());
    }
}
