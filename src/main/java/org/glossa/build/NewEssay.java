package org.glossa.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.glossa.site.Theme;

/**
 * {@code glossa new essay DIR}: a complete essay that builds strictly with no warning and shows
 * every piece of the syntax once (a footnote, an inline note, a citation with a locator, a
 * glossary link, a cross-link, a sidebar), with the default theme copied in to edit.
 */
final class NewEssay {
    private NewEssay() {}

    static void create(Path dir, String title, String author) throws IOException, Scaffold.RefusedException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new Scaffold.RefusedException(dir + " exists and is not empty; choose a new folder");
                }
            }
        }
        write(
                dir.resolve("site-config.properties"),
                """
                # Glossa essay configuration (JBake's configuration file, plus the essay's metadata).
                site.title=%s
                # The public address the site will be published at, ending in /.
                site.host=https://example.org/essay/
                essay.author=%s
                essay.language=en
                essay.licence=CC BY 4.0
                essay.licence.url=https://creativecommons.org/licenses/by/4.0/
                """
                        .formatted(properties(title), properties(author)));
        write(
                dir.resolve("content/index.md"),
                """
                ---
                title: %s
                subtitle: "An annotated essay"
                abstract: "One or two sentences that say what the essay argues and why it matters."
                ---

                This is the home page. Its front matter gives the title, subtitle and abstract; this
                text introduces the essay. [Begin reading](essay/01-first-section.md).
                """
                        .formatted(Scaffold.yamlString(title)));
        write(
                dir.resolve("content/essay/01-first-section.md"),
                """
                ---
                title: "The first section"
                summary: "Shows every piece of Glossa's syntax once."
                sidebars: [example-sidebar]
                ---

                A claim about footnotes follows a source, with the page it rests on [@grafton1997footnote, 24].
                A discursive footnote adds nuance that does not belong in the text.[^nuance] An inline note
                does the same in place.^[Inline notes are numbered with the others.]

                ## Terms and links {#terms-and-links}

                Glossary links look like this: [[Example term]], or with other words shown:
                [[example term|the term]]. A [link to the sidebar](../sidebars/example-sidebar.md#timeline)
                or to [another heading](#terms-and-links) is checked when the site is built. Citing a
                manual with a prefix: [see @turabian2018manual, chap. 16].

                [^nuance]: Footnotes may cite sources too [@turabian2018manual].
                """);
        write(
                dir.resolve("content/glossary/example-term.md"),
                """
                ---
                term: "Example term"
                aliases: ["example", "sample term"]
                short: "A term the essay defines; readers see this sentence when they hover or tap the term."
                ---
                The longer definition, in Markdown, with its own citations [@grafton1997footnote].
                """);
        write(
                dir.resolve("content/sidebars/example-sidebar.md"),
                """
                ---
                title: "An example sidebar"
                summary: "A sidebar is shown beside the sections that list it in their front matter."
                ---

                A sidebar holds material that runs beside the argument, such as a dated timeline.

                ## Timeline {#timeline}

                | Date | Event |
                |---|---|
                | 1997 | A history of the footnote is published [@grafton1997footnote] |
                | 2018 | A manual for student writers reaches its ninth edition [@turabian2018manual] |
                """);
        write(
                dir.resolve("content/sources.bib"),
                """
                @book{grafton1997footnote,
                  author    = {Grafton, Anthony},
                  title     = {The Footnote: A Curious History},
                  publisher = {Harvard University Press},
                  address   = {Cambridge, MA},
                  year      = {1997},
                  annote    = {A history of scholarly notes.}
                }

                @book{turabian2018manual,
                  author    = {Turabian, Kate L.},
                  title     = {A Manual for Writers of Research Papers, Theses, and Dissertations},
                  edition   = {9},
                  publisher = {University of Chicago Press},
                  address   = {Chicago},
                  year      = {2018},
                  annote    = {The student's guide to Chicago style.}
                }
                """);
        Theme.copyBuiltIn(dir);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A value for a .properties file: backslashes and line breaks escaped, non-ASCII as is (UTF-8). */
    private static String properties(String s) {
        return s.replace("\\", "\\\\").replace("\n", " ").replace("\r", " ");
    }
}
