package org.glossa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.diag.SourceLocation;
import org.glossa.markdown.CitationExtension;
import org.glossa.markdown.GlossaryExtension;
import org.glossa.markdown.InlineNoteExtension;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.NotesExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the examples of {@code src/test/resources/spec/notes.md}: each is the Markdown of a
 * section, then the syntax nodes it parses into, the HTML of its body, its endnotes, and the
 * diagnostics for it (positions relative to the example). The examples cite the small
 * bibliography in {@code spec/notes-essay/content/sources.bib}.
 *
 * <p>To rewrite the expected outputs after an intended change, run with
 * {@code -Dglossa.spec.update=true} and review the diff of the spec file.
 */
class NotesSpecTest {
    static final Path SPEC = Path.of("src/test/resources/spec/notes.md");
    static final Path ESSAY = Path.of("src/test/resources/spec/notes-essay");
    static final String FENCE = "`".repeat(32);
    static final String FRONT_MATTER = "---\ntitle: Example\nsummary: An example.\n---\n";
    static final int FRONT_MATTER_LINES = 4;
    static final String EXAMPLE_PATH = "content/essay/01-example.md";
    static final int PARTS = 5;
    /** The node types of notes and citations; the rest of the syntax tree is left out of the spec. */
    static final Set<String> OUR_NODES = Set.of("Citation", "CitationItem", "InlineNote", "Footnote", "FootnoteBlock");

    @TempDir
    Path temp;

    record Example(String name, int line, List<String> parts) {}

    static MarkdownProcessor markdown() {
        return new MarkdownProcessor(List.of(
                GlossaryExtension.create(),
                NotesExtension.create(),
                InlineNoteExtension.create(),
                CitationExtension.create()));
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<String> lines = Files.readAllLines(SPEC, StandardCharsets.UTF_8);
        List<Example> examples = parse(lines);
        if (Boolean.getBoolean("glossa.spec.update")) {
            Files.writeString(SPEC, rewrite(lines), StandardCharsets.UTF_8);
        }
        return examples.stream()
                .map(e -> DynamicTest.dynamicTest(e.name(), () -> {
                    List<String> actual = run(e.parts().get(0));
                    String[] what = {"markdown", "nodes", "HTML", "notes", "diagnostics"};
                    for (int i = 1; i < PARTS; i++) {
                        assertEquals(e.parts().get(i), actual.get(i), what[i] + " of example at spec line " + e.line());
                    }
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
            while (parts.size() < PARTS) {
                parts.add(new ArrayList<>());
            }
            String name = String.format("%02d %s", examples.size() + 1, heading);
            examples.add(new Example(
                    name, start, parts.stream().map(NotesSpecTest::join).toList()));
        }
        return examples;
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** The spec file with every example's outputs replaced by what the code produces now. */
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
                List<String> out = run(join(markdown));
                sb.append(out.get(0));
                for (int p = 1; p < PARTS; p++) {
                    sb.append(".\n").append(out.get(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sb.append(FENCE).append('\n');
        }
        return sb.toString();
    }

    /** Markdown, nodes, body HTML, endnotes and diagnostics of one example. */
    List<String> run(String markdown) throws IOException {
        MarkdownProcessor processor = markdown();
        StringBuilder nodes = new StringBuilder();
        dump(processor.parse(markdown), 0, nodes);

        Path root = Files.createTempDirectory(temp, "essay");
        GlossaryLinkSpecTest.copy(ESSAY, root);
        Path section = root.resolve(EXAMPLE_PATH);
        Files.createDirectories(section.getParent());
        Files.writeString(section, FRONT_MATTER + markdown, StandardCharsets.UTF_8);

        Diagnostics diags = new Diagnostics();
        SiteConfig config =
                SiteConfig.parse(SourceFile.read(root.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME), diags);
        Essay essay = new EssayLoader(processor, List.of(new NotesResolver(), new GlossaryResolver()))
                .load(root, config, diags);
        new EssayRenderer(processor).render(essay);
        Page page = essay.page("essay/01-example.md").orElseThrow();

        StringBuilder report = new StringBuilder();
        for (Diagnostic d : diags.sorted()) {
            if (d.path().equals(EXAMPLE_PATH)) {
                report.append(new Diagnostic(
                                        d.severity(),
                                        "example",
                                        d.line() - FRONT_MATTER_LINES,
                                        d.column(),
                                        d.message(),
                                        d.code(),
                                        d.sourceLine(),
                                        d.hint())
                                .format())
                        .append('\n');
            }
        }
        String html = page.html().replaceAll(" " + SourceLocation.HTML_ATTRIBUTE + "=\"[^\"]*\"", "");
        return List.of(markdown, nodes.toString(), html, endnotes(page), report.toString());
    }

    /** Our nodes with their source slices (offsets in the example), indented by depth among them. */
    static void dump(Node node, int depth, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            boolean ours = OUR_NODES.contains(child.getNodeName());
            if (ours) {
                out.append("  ".repeat(depth)).append(child.toAstString(true)).append('\n');
            }
            dump(child, ours ? depth + 1 : depth, out);
        }
    }

    /** One line per note: {@code 1 [ref-1, ref-1-2]: <p>…</p>}. */
    @SuppressWarnings("unchecked")
    static String endnotes(Page page) {
        Object data = page.data().get("notes");
        if (data == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> note : (List<Map<String, Object>>) ((TemplateData) data).forTemplate("../")) {
            String refs = ((List<Map<String, Object>>) note.get("backlinks"))
                    .stream().map(b -> ((String) b.get("href")).substring(1)).collect(Collectors.joining(", "));
            sb.append(note.get("number"))
                    .append(" [")
                    .append(refs)
                    .append("]: ")
                    .append(((String) note.get("html")).replace("\n", " "))
                    .append('\n');
        }
        return sb.toString();
    }
}
