package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bakes the small {@code fixtures/connected} essay with the default theme, then breaks one of
 * its links in a way only the written site can show.
 */
class FixtureSiteIT {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/connected");

    @TempDir
    Path temp;

    private Path essay() throws IOException {
        Path root = temp.resolve("essay");
        copy(FIXTURE, root); // no templates/ or assets/: the theme that ships with Glossa
        return root;
    }

    @Test
    void aConnectedEssayBuildsWithEveryLinkInPlace() throws IOException {
        Path root = essay();
        Path out = temp.resolve("site");
        Builder.Result result = new Builder().build(new Builder.Options(root, out, true));
        assertEquals("0 errors, 0 warnings\n", result.diagnostics().report());
        assertEquals(Builder.OK, result.exitCode());

        Document station = parse(out.resolve("essay/station.html"));
        Element aside = station.selectFirst("main article > aside.sidebar-box#sidebar-radio-1958");
        assertNotNull(aside);
        assertEquals(
                "Sidebar: The station of 1958",
                aside.selectFirst("details[open] > summary > h2").text());
        assertEquals(
                "<a class=\"term\" href=\"../glossary/norodom-sihanouk.html\" id=\"use-norodom-sihanouk-2\""
                        + " data-term=\"norodom-sihanouk\">The prince</a>",
                station.getElementById("use-norodom-sihanouk-2").outerHtml());
        assertEquals(2, station.select("div.term-defs[hidden] > div.term-def").size());

        Document entry = parse(out.resolve("glossary/norodom-sihanouk.html"));
        assertEquals(
                "Part 1 · The station",
                entry.select("section.used-in a.used-in-page").first().text());
        Document sidebar = parse(out.resolve("sidebars/radio-1958.html"));
        assertEquals(
                "Appears beside: Part 1 · The station",
                sidebar.selectFirst(".appears-beside").text());
    }

    @Test
    void aLinkOnlyTheWrittenSiteCanRefuteIsReportedWhereItWasWritten() throws IOException {
        Path root = essay();
        Path out = temp.resolve("site");
        assertEquals(
                Builder.OK,
                new Builder().build(new Builder.Options(root, out, true)).exitCode());
        String before = Files.readString(out.resolve("essay/later.html"), StandardCharsets.UTF_8);

        // The glossary index is generated: the model cannot know its letters, the output check can.
        Files.writeString(
                root.resolve("content/essay/02-later.md"),
                "\nSee [the letter Q](../glossary/index.html#letter-q).\n",
                StandardOpenOption.APPEND);
        Builder.Result result = new Builder().build(new Builder.Options(root, out, true));
        assertEquals(
                """
                content/essay/02-later.md:9:20: error: link to missing anchor '../glossary/index.html#letter-q' [output.anchor]
                    See [the letter Q](../glossary/index.html#letter-q).
                                       ^
                1 error, 0 warnings
                """,
                result.diagnostics().report());
        assertEquals(Builder.CONTENT_ERRORS, result.exitCode());
        assertEquals(
                before,
                Files.readString(out.resolve("essay/later.html"), StandardCharsets.UTF_8),
                "the previous site stays as it was");
    }

    private static Document parse(Path file) throws IOException {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(!html.contains("data-glossa-src"), file + " still carries source locations");
        return Jsoup.parse(html);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
