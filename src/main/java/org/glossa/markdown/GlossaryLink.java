package org.glossa.markdown;

import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;

/**
 * {@code [[Target]]} or {@code [[Target|shown text]]}: a link to a glossary entry, named by its term
 * or one of its aliases. The shown text is parsed like any other inline text and becomes the node's
 * children, so typography and emphasis work inside it. A link without its closing {@code ]]} stays
 * in the tree, {@linkplain #isClosed() unclosed}, so that the model can report it.
 */
public final class GlossaryLink extends Node implements DoNotLinkDecorate {
    private BasedSequence openingMarker = BasedSequence.NULL;
    private BasedSequence target = BasedSequence.NULL;
    private BasedSequence separator = BasedSequence.NULL;
    private BasedSequence text = BasedSequence.NULL;
    private BasedSequence closingMarker = BasedSequence.NULL;

    GlossaryLink(BasedSequence openingMarker, BasedSequence target, BasedSequence separator) {
        super(openingMarker.baseSubSequence(
                openingMarker.getStartOffset(),
                separator.isNull() ? openingMarker.getEndOffset() : separator.getEndOffset()));
        this.openingMarker = openingMarker;
        this.target = target;
        this.separator = separator;
    }

    /** Called when {@code ]]} is found: the node now spans the whole link. */
    void close(BasedSequence closingMarker) {
        this.closingMarker = closingMarker;
        BasedSequence afterOpening = separator.isNull() ? openingMarker : separator;
        this.text = closingMarker.baseSubSequence(afterOpening.getEndOffset(), closingMarker.getStartOffset());
        if (separator.isNull()) {
            this.target = text;
        }
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {openingMarker, target, separator, text, closingMarker};
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        segmentSpanChars(out, openingMarker, "open");
        segmentSpanChars(out, target, "target");
        segmentSpanChars(out, separator, "separator");
        segmentSpanChars(out, text, "text");
        segmentSpanChars(out, closingMarker, "close");
    }

    /** {@code [[} */
    public BasedSequence getOpeningMarker() {
        return openingMarker;
    }

    /** The entry named, as written (before the {@code |}, or the whole label without one). */
    public BasedSequence getTarget() {
        return target;
    }

    /** {@code |}, or {@link BasedSequence#NULL} when the target is also the shown text. */
    public BasedSequence getSeparator() {
        return separator;
    }

    /** The shown text as written; the parsed form is the node's children. */
    public BasedSequence getText() {
        return text;
    }

    /** {@code ]]}, or {@link BasedSequence#NULL} when the author did not close the link. */
    public BasedSequence getClosingMarker() {
        return closingMarker;
    }

    public boolean isClosed() {
        return closingMarker.isNotNull();
    }

    /** The target as a reader means it: escapes resolved, runs of white space (line breaks too) made one space. */
    public String targetName() {
        return Escaping.unescapeString(target.toString()).strip().replaceAll("\\s+", " ");
    }

    /**
     * The key under which terms and aliases are matched: case and typographic apostrophes do not
     * matter, so {@code [[cambodian people’s party]]} finds {@code Cambodian People's Party}.
     */
    public static String matchKey(String name) {
        return name.strip()
                .replaceAll("\\s+", " ")
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT);
    }
}
