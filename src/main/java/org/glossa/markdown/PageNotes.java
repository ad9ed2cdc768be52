package org.glossa.markdown;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notes of one page, numbered in order of first use: footnotes, inline notes and the
 * citations written in the text (not those inside a note, which are formatted inside it). Built
 * by {@link #collect}, which also records what is wrong for the model to report: references
 * without a definition, definitions never referenced, labels defined twice, notes inside notes,
 * note references inside links.
 * The model adds each citation's formatted HTML and stores the result in the document under
 * {@link #KEY}; the renderers read it from there.
 */
public final class PageNotes {
    /** Without resolved notes (the default), references and citations render as the text typed. */
    public static final DataKey<PageNotes> KEY = new DataKey<>("GLOSSA_PAGE_NOTES", new PageNotes());

    /** A reference to a note; {@code ordinal} is 1 for the note's first reference, 2 for its second … */
    public record Reference(Note note, int ordinal) {
        public String id() {
            return note.referenceId(ordinal);
        }
    }

    /** A footnote label defined a second time; {@code first} is the definition that counts. */
    public record Duplicate(FootnoteBlock definition, FootnoteBlock first) {}

    private final List<Note> notes = new ArrayList<>();
    private final Map<Node, Reference> references = new IdentityHashMap<>();
    private final List<Citation> citations = new ArrayList<>();
    private final Map<Citation, String> formatted = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
    private final Map<FootnoteBlock, Note> footnotes = new IdentityHashMap<>();
    private final List<Footnote> undefined = new ArrayList<>();
    private final List<FootnoteBlock> unreferenced = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final List<Node> nested = new ArrayList<>();
    private final List<Node> inLinks = new ArrayList<>();
    private final boolean resolved;

    private PageNotes() {
        this.resolved = false;
    }

    private PageNotes(boolean resolved) {
        this.resolved = resolved;
    }

    /** Numbers the notes of a parsed page and records its footnote problems. */
    public static PageNotes collect(Document document) {
        PageNotes page = new PageNotes(true);
        page.collectDefinitions(document);
        page.walkText(document);
        Set<FootnoteBlock> referenced = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Note note : page.notes) {
            if (note.content() instanceof FootnoteBlock block) {
                referenced.add(block);
            }
            if (note.kind() != Note.Kind.CITATION) {
                page.walkNote(note.content(), note, referenced);
            }
        }
        for (FootnoteBlock block : page.definitions.values()) {
            if (!referenced.contains(block)) {
                page.unreferenced.add(block);
                page.walkNote(block, null, referenced);
            }
        }
        page.unreferenced.removeIf(referenced::contains);
        page.collectCitations(document);
        return page;
    }

    private void collectDefinitions(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteBlock block) {
                FootnoteBlock first = definitions.putIfAbsent(block.getText().toString(), block);
                if (first != null) {
                    duplicates.add(new Duplicate(block, first));
                }
            }
            collectDefinitions(child);
        }
    }

    /** The reading flow: the text outside footnote definitions. */
    private void walkText(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteBlock) {
                continue;
            }
            if (child instanceof Footnote footnote) {
                FootnoteBlock block = footnote.getFootnoteBlock();
                if (block == null) {
                    undefined.add(footnote);
                } else {
                    refer(footnotes.computeIfAbsent(block, b -> newNote(Note.Kind.FOOTNOTE, b)), footnote);
                }
            } else if (child instanceof InlineNote inline) {
                refer(newNote(Note.Kind.INLINE, inline), inline);
            } else if (child instanceof Citation citation) {
                refer(newNote(Note.Kind.CITATION, citation), citation);
            } else {
                walkText(child);
            }
        }
    }

    /** Inside a note: citations belong to it; references to other notes cannot be honoured. */
    private void walkNote(Node node, Note note, Set<FootnoteBlock> referenced) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Citation citation) {
                if (note != null) {
                    note.addCitation(citation);
                }
            } else if (child instanceof Footnote footnote) {
                nested.add(footnote);
                if (footnote.getFootnoteBlock() != null) {
                    referenced.add(footnote.getFootnoteBlock());
                }
            } else if (child instanceof InlineNote inline) {
                nested.add(inline);
            } else {
                walkNote(child, note, referenced);
            }
        }
    }

    private void collectCitations(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Citation citation) {
                citations.add(citation);
            } else {
                collectCitations(child);
            }
        }
    }

    private Note newNote(Note.Kind kind, Node content) {
        Note note = new Note(notes.size() + 1, kind, content);
        notes.add(note);
        return note;
    }

    private void refer(Note note, Node reference) {
        if (reference.getAncestorOfType(Link.class, LinkRef.class, GlossaryLink.class) != null) {
            inLinks.add(reference); // a note reference is a link: links cannot nest
        }
        note.addReference(reference);
        references.put(reference, new Reference(note, note.references().size()));
    }

    /** Whether the model has numbered this page's notes (otherwise everything renders as typed). */
    public boolean isResolved() {
        return resolved;
    }

    /** The notes in number order. */
    public List<Note> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** The note reference a node makes, or {@code null} if it makes none (e.g. a citation inside a note). */
    public Reference reference(Node node) {
        return references.get(node);
    }

    /** Every citation of the page, in the order written, including those inside notes. */
    public List<Citation> citations() {
        return Collections.unmodifiableList(citations);
    }

    /** Footnote references whose label has no definition on the page. */
    public List<Footnote> undefined() {
        return Collections.unmodifiableList(undefined);
    }

    /** Footnote definitions that nothing refers to. */
    public List<FootnoteBlock> unreferenced() {
        return Collections.unmodifiableList(unreferenced);
    }

    public List<Duplicate> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }

    /** Footnote references and inline notes written inside another note. */
    public List<Node> nested() {
        return Collections.unmodifiableList(nested);
    }

    /** Note references written inside a link's text. */
    public List<Node> inLinks() {
        return Collections.unmodifiableList(inLinks);
    }

    /** The labels defined on the page, for "did you mean". */
    public Set<String> labels() {
        return Collections.unmodifiableSet(definitions.keySet());
    }

    /** Lets the notes outlive the page's tree, which they no longer refer to (see {@link Note#releaseTree()}). */
    public void releaseTrees() {
        notes.forEach(Note::releaseTree);
    }

    /** Records how a citation reads: the whole note for a citation note, the inline text otherwise. */
    public void setFormatted(Citation citation, String html) {
        formatted.put(citation, html);
    }

    /** The citation's formatted HTML, or {@code null} when it was not resolved. */
    public String formatted(Citation citation) {
        return formatted.get(citation);
    }
}
