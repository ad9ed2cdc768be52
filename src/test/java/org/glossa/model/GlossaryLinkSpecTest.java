package org.glossa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.diag.SourceLocation;
import org.glossa.markdown.MarkdownProcessor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the examples of {@code src/test/resources/spec/glossary-links.md}: each is the Markdown of
 * a section, the HTML of its body, and the diagnostics for it (positions relative to the example).
 * The examples link to the small glossary in {@code spec/essay/}.
 *
 * <p>To rewrite the expected outputs after an intended change, run with
 * {@code -Dglossa.spec.update=true} and review the diff of the spec file.
 */
class GlossaryLinkSpecTest {
    static final Path SPEC = Path.of("src/test/resources/spec/glossary-links.md");
    static final Path ESSAY = Path.of("src/test/resources/spec/essay");
    static final String FENCE = "`".repeat(32);
    static final String FRONT_MATTER = "---\ntitle: Example\nsummary: An example.\n---\n";
    static final int FRONT_MATTER_LINES = 4;
    static final String EXAMPLE_PATH = "content/essay/01-example.md";

    @TempDir
    Path temp;

    record Example(String name, int line, String markdown, String html, String diagnostics) {}

    record Output(String html, String diagnostics) {}

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<String> lines = Files.readAllLines(SPEC, StandardCharsets.UTF_8);
        List<Example> examples = parse(lines);
        if (Boolean.getBoolean("glossa.spec.update")) {
            Files.writeString(SPEC, rewrite(lines), StandardCharsets.UTF_8);
        }
        return examples.stream()
                .map(e -> DynamicTest.dynamicTest(e.name(), () -> {
                    Output out = run(e.markdown());
                    assertEquals(e.html(), out.html(), "HTML of example at spec line " + e.line());
                    assertEquals(e.diagnostics(), out.diagnostics(), "diagnostics of example at spec line " + e.line());
                }));
    }

    static List<Example> parse(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        String heading = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                heading = line.substring(3).strip();
            }
            if (!line.equals(FENCE + " example")) {
                continue;
            }
            int start = i + 1;
            List<List<String>> parts = new ArrayList<>();
            parts.add(new ArrayList<>());
            for (i = start; !lines.get(i).equals(FENCE); i++) {
                if (lines.get(i).equals(".")) {
                    parts.add(new ArrayList<>());
                } else {
                    parts.get(parts.size() - 1).add(lines.get(i));
                }
            }
            while (parts.size() < 3) {
                parts.add(new ArrayList<>());
            }
            String name = String.format("%02d %s", examples.size() + 1, heading);
            examples.add(new Example(name, start, join(parts.get(0)), join(parts.get(1)), join(parts.get(2))));
        }
        return examples;
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** The spec file with every example's HTML and diagnostics replaced by what the code produces now. */
    private String rewrite(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i)).append('\n');
            if (!lines.get(i).equals(FENCE + " example")) {
                continue;
            }
            List<String> markdown = new ArrayList<>();
            for (i = i + 1; !lines.get(i).equals("."); i++) {
                markdown.add(lines.get(i));
            }
            while (!lines.get(i).equals(FENCE)) {
                i++;
            }
            try {
                Output out = run(join(markdown));
                sb.append(join(markdown))
                        .append(".\n")
                        .append(out.html())
                        .append(".\n")
                        .append(out.diagnostics());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sb.append(FENCE).append('\n');
        }
        return sb.toString();
    }

    /** Builds the spec essay plus one section holding the example, and renders it. */
    Output run(String markdown) throws IOException {
        Path root = Files.createTempDirectory(temp, "essay");
        copy(ESSAY, root);
        Path section = root.resolve(EXAMPLE_PATH);
        Files.createDirectories(section.getParent());
        Files.writeString(section, FRONT_MATTER + markdown, StandardCharsets.UTF_8);

        Diagnostics diags = new Diagnostics();
        SiteConfig config =
                SiteConfig.parse(SourceFile.read(root.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME), diags);
        MarkdownProcessor markdownProcessor = NotesSpecTest.markdown();
        Essay essay = new EssayLoader(
                        markdownProcessor, List.of(new NotesResolver(), new GlossaryResolver(), new SidebarResolver()))
                .load(root, config, diags);
        new EssayRenderer(markdownProcessor).render(essay);
        Page page = essay.page("essay/01-example.md").orElseThrow();

        StringBuilder report = new StringBuilder();
        for (Diagnostic d : diags.sorted()) {
            if (!d.path().equals(EXAMPLE_PATH)) {
                continue; // e.g. entries that this example does not use
            }
            Diagnostic relative = new Diagnostic(
                    d.severity(),
                    "example",
                    d.line() - FRONT_MATTER_LINES,
                    d.column(),
                    d.message(),
                    d.code(),
                    d.sourceLine(),
                    d.hint());
            report.append(relative.format()).append('\n');
        }
        // Source locations are for the output check (tested there); they would only clutter the spec.
        // A footnote's text follows the body, one line per note, as in notes.md.
        String html = (page.html() + NotesSpecTest.endnotes(page))
                .replaceAll(" " + SourceLocation.HTML_ATTRIBUTE + "=\"[^\"]*\"", "");
        return new Output(html, report.toString());
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
