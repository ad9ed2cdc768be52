package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.testing.EssayFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `glossa new essay DIR` gives a newcomer an essay that builds strictly, with or without its own theme. */
class NewEssayTest {
    @Test
    void newEssayBuildsStrictlyWithEveryPageType(@TempDir Path temp) throws Exception {
        Path dir = temp.resolve("my-essay");
        EssayFixture.Run made =
                EssayFixture.glossa("new", "essay", dir.toString(), "--title", "On Notes", "--author", "Ada Lovelace");
        assertEquals(0, made.exitCode(), made.err());
        assertEquals(dir + "\n", made.out());
        for (String f : List.of(
                "site-config.properties",
                "content/index.md",
                "content/essay/01-first-section.md",
                "content/glossary/example-term.md",
                "content/sidebars/example-sidebar.md",
                "content/sources.bib",
                "templates/layout.ftl",
                "assets/css/glossa.css")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        Path site = temp.resolve("site");
        EssayFixture.Run built = EssayFixture.build(dir, site, "--strict");
        assertEquals("", built.err());
        assertEquals(0, built.exitCode());
        for (String page : List.of(
                "index.html",
                "essay/first-section.html",
                "glossary/example-term.html",
                "glossary/index.html",
                "sidebars/example-sidebar.html",
                "sources.html",
                "credits.html",
                "404.html")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        Document section =
                Jsoup.parse(Files.readString(site.resolve("essay/first-section.html"), StandardCharsets.UTF_8));
        assertEquals(
                4, section.select("section.endnotes li.note").size(), "two citations, a footnote and an inline note");
        assertTrue(section.select("a.term").size() >= 2);
        assertEquals(1, section.select("aside.sidebar-box").size());
        assertEquals(
                "On Notes",
                Jsoup.parse(Files.readString(site.resolve("index.html")))
                        .selectFirst("h1")
                        .text());

        // The theme inside Glossa takes over when the essay has none of its own.
        EssayFixture.deleteTree(dir.resolve("templates"));
        EssayFixture.deleteTree(dir.resolve("assets"));
        EssayFixture.Run again = EssayFixture.build(dir, temp.resolve("site2"), "--strict");
        assertEquals(0, again.exitCode(), again.err());
    }

    @Test
    void refusesANonEmptyFolder(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("keep.txt"), "mine");
        EssayFixture.Run run = EssayFixture.glossa("new", "essay", temp.toString());
        assertEquals(2, run.exitCode());
        assertEquals("glossa: " + temp + " exists and is not empty; choose a new folder\n", run.err());
    }
}
