package org.glossa.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * A bracketed citation, Pandoc style: {@code [@key]}, {@code [@key, p. 33]}, {@code [see @a, chap.
 * 2; @b, 12–14]}. Its children are one {@link CitationItem} per key, in the order written, each
 * holding slices of the source so every key keeps its offset. Which note it becomes, and how it is
 * formatted, is decided by the model and read by the renderer through {@link PageNotes#KEY}.
 */
public final class Citation extends Node implements DoNotDecorate {
    private final BasedSequence openingMarker;
    private final BasedSequence text;
    private final BasedSequence closingMarker;

    Citation(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker) {
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

    /** {@code [} */
    public BasedSequence getOpeningMarker() {
        return openingMarker;
    }

    /** Everything between the brackets, as written. */
    public BasedSequence getText() {
        return text;
    }

    /** {@code ]} */
    public BasedSequence getClosingMarker() {
        return closingMarker;
    }

    /** The cited keys with what surrounds each, in the order written. */
    public List<CitationItem> items() {
        List<CitationItem> items = new ArrayList<>();
        for (Node child = getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof CitationItem item) {
                items.add(item);
            }
        }
        return items;
    }
}
