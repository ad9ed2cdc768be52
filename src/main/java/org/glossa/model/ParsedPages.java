package org.glossa.model;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.glossa.diag.Diagnostic;
import org.glossa.markdown.FrontMatter;

/**
 * The parsed files of an essay, kept between the builds of one process (the preview server) so
 * that a rebuild parses only the files whose text changed. Kept is only what a file's own path
 * and text determine: its front matter, its syntax tree and the problems found in them. Links,
 * headings and everything the resolvers compute are worked out afresh on every build, so
 * references between files stay right. Stages after loading therefore treat a page's
 * {@link Document} as read-only in structure (a test compares a warm rebuild with a cold build).
 */
public final class ParsedPages {
    /**
     * A file's text and what parsing it gave; a hit needs the very same text.
     *
     * @param document {@code null} when the file could not be parsed (the problems say why)
     */
    record Parsed(String text, FrontMatter frontMatter, Document document, List<Diagnostic> problems) {}

    private final Map<String, Parsed> byPath = new ConcurrentHashMap<>();
    private final AtomicInteger parsed = new AtomicInteger();

    /**
     * Off for now: the notes resolver restructures a page's tree (it moves a citation's period into
     * the note and drops unreferenced footnotes), so a kept tree would differ from a fresh parse on
     * the next build. Switch on once resolvers leave trees untouched (e.g. record such decisions in
     * {@link Page#data()} for the renderer); WarmRebuildIT then checks warm against cold output.
     */
    public static final boolean KEEPS_TREES = false;

    /** The cached parse of a file, or {@code null} when its text is new or changed. */
    Parsed get(String contentPath, String text) {
        if (!KEEPS_TREES) {
            return null;
        }
        Parsed p = byPath.get(contentPath);
        return p != null && p.text().equals(text) ? p : null;
    }

    Parsed put(String contentPath, Parsed p) {
        if (KEEPS_TREES) {
            byPath.put(contentPath, p); // kept only when it can be used: a tree is most of a page's memory
        }
        parsed.incrementAndGet();
        return p;
    }

    /** Called at the start of a load: forgets deleted files and resets the count of parsed files. */
    void startLoad(Collection<String> contentPaths) {
        byPath.keySet().retainAll(contentPaths);
        parsed.set(0);
    }

    /** How many files the last load parsed (the others came from the cache). */
    public int parsedInLastLoad() {
        return parsed.get();
    }
}
