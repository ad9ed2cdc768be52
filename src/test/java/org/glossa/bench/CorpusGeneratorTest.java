package org.glossa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glossa.build.Builder;
import org.glossa.testing.EssayFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke run of the benchmark harness (bench/run.sh): the smallest corpus, written as the
 * benchmark writes it, builds with the strict build and without a single diagnostic; and the corpus
 * has the shape docs/BENCHMARKS.md promises. No timing here: speed lives in the benchmark document.
 */
class CorpusGeneratorTest {
    private static final Pattern CITATION = Pattern.compile("\\[(see )?@([a-z0-9]+)[^\\]]*\\]");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^(\\d+)\\](?!:)");
    private static final Pattern FOOTNOTE_DEF = Pattern.compile("(?m)^\\[\\^(\\d+)\\]: ");
    private static final Pattern TERM_LINK = Pattern.compile("\\[\\[([^\\]|]+)(\\|[^\\]]+)?\\]\\]");
    private static final Pattern CROSS_LINK = Pattern.compile("\\]\\((\\d+-[a-z0-9-]+\\.md)#(part-\\d)\\)");

    @TempDir
    Path dir;

    @Test
    void smallestCorpusBuildsStrictWithoutDiagnostics() throws IOException {
        Path corpus = dir.resolve("corpus");
        Path site = dir.resolve("site");
        CorpusGenerator.write(10, corpus, CorpusGenerator.Format.GLOSSA);

        Builder.Result result = new Builder().build(new Builder.Options(corpus, site, true));

        assertEquals(Builder.OK, result.exitCode(), result.diagnostics().report());
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().report());
        assertEquals(10, htmlFiles(site.resolve("essay")).size());
        assertEquals(
                CorpusGenerator.TERMS + 1, htmlFiles(site.resolve("glossary")).size(), "entries and index");
        for (Path file : htmlFiles(site.resolve("essay"))) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            String name = file.getFileName().toString();
            assertEquals(10, page.select("a.noteref").size(), name + ": note references");
            assertEquals(10, page.select("section.endnotes li.note").size(), name + ": notes");
            assertEquals(
                    CorpusGenerator.CITATIONS_PER_SECTION,
                    page.select("li.note a.cite").size(),
                    name);
            assertEquals(
                    CorpusGenerator.TERM_LINKS_PER_SECTION,
                    page.select("a.term").size(),
                    name);
        }
        Document section = Jsoup.parse(site.resolve("essay/ministry-3.html").toFile(), "UTF-8");
        assertEquals(1, section.select("a[href=mission-8.html#part-1]").size(), "cross-link to the section's URL");
        Document sources = Jsoup.parse(site.resolve("sources.html").toFile(), "UTF-8");
        assertEquals(CorpusGenerator.SOURCES, sources.select("li[id^=src-]").size(), "every source listed");
    }

    @Test
    void everySectionHasTheDocumentedShape() throws IOException {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.write(10, corpus, CorpusGenerator.Format.GLOSSA);

        List<Path> sections = markdownFiles(corpus.resolve("content/essay"));
        assertEquals(10, sections.size());
        for (Path file : sections) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            int words = text.substring(text.indexOf("\n---\n") + 5).split("\\s+").length;
            assertTrue(words > 1400 && words < 1700, name + ": " + words + " words");
            assertEquals(CorpusGenerator.CITATIONS_PER_SECTION, count(CITATION, text), name);
            assertEquals(CorpusGenerator.FOOTNOTES_PER_SECTION, count(FOOTNOTE_REF, text), name);
            assertEquals(CorpusGenerator.FOOTNOTES_PER_SECTION, count(FOOTNOTE_DEF, text), name);
            assertEquals(CorpusGenerator.TERM_LINKS_PER_SECTION, count(TERM_LINK, text), name);
            Matcher links = CROSS_LINK.matcher(text);
            int crossLinks = 0;
            while (links.find()) {
                crossLinks++;
                assertTrue(Files.exists(corpus.resolve("content/essay").resolve(links.group(1))), links.group());
                assertTrue(!links.group(1).equals(name), name + " links only other sections");
            }
            assertEquals(CorpusGenerator.CROSS_LINKS_PER_SECTION, crossLinks, name);
        }
        String bib = Files.readString(corpus.resolve("content/sources.bib"), StandardCharsets.UTF_8);
        assertEquals(CorpusGenerator.SOURCES, count(Pattern.compile("(?m)^@"), bib));
        assertEquals(
                CorpusGenerator.TERMS,
                markdownFiles(corpus.resolve("content/glossary")).size());
    }

    @Test
    void sameArgumentsWriteTheSameBytes() throws IOException {
        CorpusGenerator.write(10, dir.resolve("a"), CorpusGenerator.Format.GLOSSA);
        CorpusGenerator.write(10, dir.resolve("b"), CorpusGenerator.Format.GLOSSA);
        assertEquals(EssayFixture.hashes(dir.resolve("a")), EssayFixture.hashes(dir.resolve("b")));
    }

    @Test
    void jbakeCopyHasTheSameBodiesUnderJBakeHeaders() throws IOException {
        CorpusGenerator.write(10, dir.resolve("glossa"), CorpusGenerator.Format.GLOSSA);
        CorpusGenerator.write(10, dir.resolve("jbake"), CorpusGenerator.Format.JBAKE);

        List<Path> glossa = markdownFiles(dir.resolve("glossa/content/essay"));
        List<Path> jbake = markdownFiles(dir.resolve("jbake/content/essay"));
        assertEquals(
                glossa.stream().map(Path::getFileName).toList(),
                jbake.stream().map(Path::getFileName).toList());
        for (int i = 0; i < glossa.size(); i++) {
            String ours = Files.readString(glossa.get(i), StandardCharsets.UTF_8);
            String theirs = Files.readString(jbake.get(i), StandardCharsets.UTF_8);
            assertTrue(
                    theirs.startsWith("title=Section " + (i + 1) + ": "),
                    theirs.lines().findFirst().orElse(""));
            assertTrue(theirs.contains("\ntype=post\nstatus=published\n~~~~~~\n"));
            assertEquals(ours.substring(ours.indexOf("\n---\n") + 5), theirs.substring(theirs.indexOf("~~~~~~\n") + 7));
        }
        for (String template : List.of("post.ftl", "page.ftl", "index.ftl")) {
            assertTrue(Files.isRegularFile(dir.resolve("jbake/templates").resolve(template)), template);
        }
        assertTrue(Files.readString(dir.resolve("jbake/jbake.properties")).contains("render.feed=false"));
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<Path> markdownFiles(Path folder) throws IOException {
        return files(folder, ".md");
    }

    private static List<Path> htmlFiles(Path folder) throws IOException {
        return files(folder, ".html");
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return new ArrayList<>(
                    s.filter(p -> p.toString().endsWith(suffix)).sorted().toList());
        }
    }
}
