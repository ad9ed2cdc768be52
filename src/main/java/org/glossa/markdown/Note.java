package org.glossa.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One numbered note of a page: a footnote ({@code [^label]}), an inline note ({@code ^[…]}) or a
 * citation in the text ({@code [@key]}), which becomes a note of its own. A note referenced twice
 * keeps one number and gets two back-links. Its body HTML is filled in when the page is rendered.
 */
public final class Note {
    public enum Kind {
        FOOTNOTE,
        INLINE,
        CITATION
    }

    private final int number;
    private final Kind kind;
    private Node content;
    private List<Node> references = new ArrayList<>();
    private List<Citation> citations = new ArrayList<>();
    private int referenceCount;
    private volatile String html = "";

    Note(int number, Kind kind, Node content) {
        this.number = number;
        this.kind = kind;
        this.content = content;
        if (content instanceof Citation citation) {
            citations.add(citation);
        }
    }

    /** 1, 2, 3 … in order of first use on the page. */
    public int number() {
        return number;
    }

    public Kind kind() {
        return kind;
    }

    /** What the note says: a {@link FootnoteBlock}, an {@link InlineNote} or a {@link Citation}. */
    public Node content() {
        return content;
    }

    /** The places in the text that refer to this note, in reading order (at least one). */
    public List<Node> references() {
        return Collections.unmodifiableList(references);
    }

    /** How many places refer to this note; still known after {@link #releaseTree()}. */
    public int referenceCount() {
        return referenceCount;
    }

    /**
     * The citations this note formats, in the order written: the citation itself for a citation
     * note, those written inside the note's text otherwise.
     */
    public List<Citation> citations() {
        return Collections.unmodifiableList(citations);
    }

    /** {@code note-N}: the id of the note in the page's endnotes. */
    public String id() {
        return "note-" + number;
    }

    /** {@code ref-N} for the first reference, {@code ref-N-2} for the second … */
    public String referenceId(int ordinal) {
        return ordinal == 1 ? "ref-" + number : "ref-" + number + "-" + ordinal;
    }

    /** The note's body as HTML (paragraphs), once the page has been rendered. */
    public String html() {
        return html;
    }

    void addReference(Node reference) {
        references.add(reference);
        referenceCount = references.size();
    }

    void addCitation(Citation citation) {
        citations.add(citation);
    }

    void setHtml(String html) {
        this.html = html;
    }

    /**
     * Forgets the nodes of the page's Markdown tree once the page is rendered: the endnotes that
     * templates read later need only the number, the reference count and the HTML, and a kept node
     * would keep the whole tree (and the page's text) in memory until the end of the build.
     */
    void releaseTree() {
        content = null;
        references = List.of();
        citations = List.of();
    }
}
