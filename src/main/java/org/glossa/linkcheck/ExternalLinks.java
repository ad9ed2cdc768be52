package org.glossa.linkcheck;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.glossa.cite.Bibliography;
import org.glossa.cite.Source;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.model.Essay;
import org.glossa.model.Page;

/**
 * Every external (http and https) URL that the essay publishes, with where it is written: links,
 * images, autolinks and link reference definitions in the Markdown files, and the {@code url}
 * and {@code doi} fields of {@code content/sources.bib}.
 */
public final class ExternalLinks {
    public static final String BIBLIOGRAPHY = "sources.bib";

    /** One occurrence of a URL. */
    public record Occurrence(String url, SourceFile file, int offset) {}

    private ExternalLinks() {}

    /** In file order: pages as the essay lists them, then the bibliography. */
    public static List<Occurrence> collect(Essay essay, Diagnostics diags) {
        List<Occurrence> found = new ArrayList<>();
        for (Page page : essay.allPages()) {
            visit(page.document(), node -> {
                BasedSequence url = null;
                if (node instanceof LinkNodeBase link) {
                    url = link.getUrl();
                } else if (node instanceof AutoLink auto) {
                    url = auto.getText();
                }
                if (url != null && isExternal(url.toString())) {
                    found.add(new Occurrence(url.toString().strip(), page.source(), url.getStartOffset()));
                }
            });
        }
        Path bib = essay.root().resolve("content").resolve(BIBLIOGRAPHY);
        if (Files.isRegularFile(bib)) {
            bibliography(bib, diags, found);
        }
        return found;
    }

    static boolean isExternal(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    private static void visit(Node node, Consumer<Node> action) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            action.accept(child);
            visit(child, action);
        }
    }

    /** The bibliography's {@code url} and {@code doi} fields, each at the position of its value. */
    private static void bibliography(Path bib, Diagnostics diags, List<Occurrence> found) {
        SourceFile file;
        try {
            file = SourceFile.read(bib, "content/" + BIBLIOGRAPHY);
        } catch (SourceFile.MalformedInputException e) {
            diags.add(e.diagnostic());
            return;
        } catch (IOException e) {
            diags.fileError("content/" + BIBLIOGRAPHY, "file.unreadable", "cannot read this file: " + e.getMessage());
            return;
        }
        String text = file.text();
        List<Occurrence> inBib = new ArrayList<>();
        for (Source source : Bibliography.load(file, diags).sources()) {
            // url and doi are kept verbatim, so the value is found as written after the entry's @.
            source.url()
                    .filter(ExternalLinks::isExternal)
                    .ifPresent(url -> inBib.add(
                            new Occurrence(url.strip(), file, valueOffset(text, url.strip(), source.offset()))));
            source.doi().filter(d -> !d.isBlank()).ifPresent(doi -> {
                String d = doi.strip();
                String asUrl = isExternal(d) ? d : "https://doi.org/" + d.replaceFirst("(?i)^doi:\\s*", "");
                inBib.add(new Occurrence(asUrl, file, valueOffset(text, d, source.offset())));
            });
        }
        inBib.sort(Comparator.comparingInt(Occurrence::offset));
        found.addAll(inBib);
    }

    private static int valueOffset(String text, String value, int from) {
        int at = text.indexOf(value, from);
        return at >= 0 ? at : from;
    }
}
