package org.glossa.linkcheck;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.model.Essay;
import org.glossa.model.Page;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Every external (http and https) URL that the essay publishes, with where it is written: links,
 * images, autolinks and link reference definitions in the Markdown files, and the {@code url}
 * and {@code doi} fields of {@code content/sources.bib}.
 */
public final class ExternalLinks {
    public static final String BIBLIOGRAPHY = "sources.bib";

    /** One occurrence of a URL. */
    public record Occurrence(String url, SourceFile file, int offset) {}

    private static final Key DOI = new Key("doi");

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
        BibTeXDatabase db;
        try {
            file = SourceFile.read(bib, "content/" + BIBLIOGRAPHY);
            db = new BibTeXConverter().loadDatabase(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)));
        } catch (SourceFile.MalformedInputException e) {
            diags.add(e.diagnostic());
            return;
        } catch (IOException e) {
            diags.fileError("content/" + BIBLIOGRAPHY, "file.unreadable", "cannot read this file: " + e.getMessage());
            return;
        } catch (ParseException | TokenMgrException e) {
            diags.fileError("content/" + BIBLIOGRAPHY, "bib.syntax",
                    "cannot read the bibliography, so its URLs are not checked: " + firstLine(e.getMessage()));
            return;
        }
        String text = file.text();
        List<Occurrence> inBib = new ArrayList<>();
        for (Map.Entry<Key, BibTeXEntry> e : db.getEntries().entrySet()) {
            int entryStart = entryOffset(text, e.getKey().getValue());
            Value url = e.getValue().getField(BibTeXEntry.KEY_URL);
            if (url != null && isExternal(url.toUserString())) {
                String u = url.toUserString().strip();
                inBib.add(new Occurrence(u, file, valueOffset(text, u, entryStart)));
            }
            Value doi = e.getValue().getField(DOI);
            if (doi != null && !doi.toUserString().isBlank()) {
                String d = doi.toUserString().strip();
                String asUrl = isExternal(d) ? d : "https://doi.org/" + d.replaceFirst("(?i)^doi:\\s*", "");
                inBib.add(new Occurrence(asUrl, file, valueOffset(text, d, entryStart)));
            }
        }
        inBib.sort(java.util.Comparator.comparingInt(Occurrence::offset));
        found.addAll(inBib);
    }

    private static int entryOffset(String text, String key) {
        Matcher m = Pattern.compile("@\\s*\\w+\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,").matcher(text);
        return m.find() ? m.start() : 0;
    }

    private static int valueOffset(String text, String value, int from) {
        int at = text.indexOf(value, from);
        return at >= 0 ? at : from;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed BibTeX";
        }
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }
}
