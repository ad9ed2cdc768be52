package org.glossa.site;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Severity;
import org.glossa.diag.SourceFile;

/**
 * Parses every template before anything is rendered, so that a syntax error is reported with the
 * template's path, line and column (JBake would write the error into the page and carry on), and
 * checks that each template escapes its values.
 */
public final class TemplateCheck {
    static final String HEADER = "<#ftl output_format=\"HTML\"";

    private TemplateCheck() {}

    /** Every {@code .ftl} under the folder, sorted, as paths relative to it. */
    public static List<Path> templates(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ftl") && Files.isRegularFile(p))
                    .map(folder::relativize)
                    .sorted()
                    .toList();
        }
    }

    /**
     * @param folder the templates folder
     * @param displayPrefix how to print the folder in diagnostics, e.g. {@code templates/}
     * @param required template names that must exist (one per page type in use)
     */
    public static void check(Path folder, String displayPrefix, List<String> required, Diagnostics diags) {
        if (!Files.isDirectory(folder)) {
            diags.fileError(displayPrefix, "template.missing", "no templates folder");
            return;
        }
        for (String name : required) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                diags.fileError(displayPrefix + name, "template.missing", "missing template " + name);
            }
        }
        Configuration cfg = FreemarkerSetup.configuration();
        try {
            cfg.setDirectoryForTemplateLoading(folder.toFile());
            for (Path rel : templates(folder)) {
                String name = rel.toString().replace('\\', '/');
                SourceFile source;
                try {
                    source = SourceFile.read(folder.resolve(rel), displayPrefix + name);
                } catch (SourceFile.MalformedInputException e) {
                    diags.add(e.diagnostic());
                    continue;
                }
                if (!source.lineText(1).startsWith(HEADER)) {
                    diags.error(
                            source,
                            0,
                            "template.escaping",
                            "template must start with <#ftl output_format=\"HTML\"> so that values are escaped");
                }
                try {
                    cfg.getTemplate(name);
                } catch (ParseException e) {
                    int line = Math.max(1, e.getLineNumber());
                    int column = Math.max(1, e.getColumnNumber());
                    String message = firstLine(e.getEditorMessage());
                    diags.add(new Diagnostic(
                            Severity.ERROR,
                            source.path(),
                            line,
                            column,
                            "template syntax error: " + message,
                            "template.syntax",
                            source.lineText(line),
                            null));
                }
            }
        } catch (IOException e) {
            diags.fileError(displayPrefix, "template.unreadable", "cannot read templates: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        int nl = s.indexOf('\n');
        String line = (nl >= 0 ? s.substring(0, nl) : s).strip();
        int boilerplate = line.indexOf(" This usually");
        return boilerplate > 0 ? line.substring(0, boilerplate) : line;
    }
}
