package org.glossa.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An inline footnote, {@code ^[note text]}: the note is written where it is referenced. The text is
 * parsed like any inline Markdown and becomes the node's children (citations inside it are
 * formatted inside the note). Numbered with the page's other notes through {@link PageNotes}.
 */
public final class InlineNote extends Node {
    private final BasedSequence openingMarker;
    private final BasedSequence text;
    private final BasedSequence closingMarker;

    InlineNote(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker) {
        super(openingMarker.baseSubSequence(openingMarker.getStartOffset(), closingMarker.getEndOffset()));
        this.openingMarker = openingMarker;
        this.text = text;
        this.closingMarker = closingMarker;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {openingMarker, text, closingMarker};
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        delimitedSegmentSpanChars(out, openingMarker, text, closingMarker, "text");
    }

    /** {@code ^[} */
    public BasedSequence getOpeningMarker() {
        return openingMarker;
    }

    /** The note's text as written; the parsed form is the node's children. */
    public BasedSequence getText() {
        return text;
    }

    /** {@code ]} */
    public BasedSequence getClosingMarker() {
        return closingMarker;
    }
}
