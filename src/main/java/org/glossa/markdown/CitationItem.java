package org.glossa.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * One key of a {@link Citation} and what surrounds it: in {@code [see @smith1965, p. 33]} the
 * prefix {@code see }, the marker {@code @}, the key {@code smith1965} and what follows the key,
 * {@code , p. 33} (a locator, then any suffix; the model splits the two).
 */
public final class CitationItem extends Node implements DoNotDecorate {
    private final BasedSequence prefix;
    private final BasedSequence marker;
    private final BasedSequence key;
    private final BasedSequence afterKey;

    CitationItem(
            BasedSequence chars,
            BasedSequence prefix,
            BasedSequence marker,
            BasedSequence key,
            BasedSequence afterKey) {
        super(chars);
        this.prefix = prefix;
        this.marker = marker;
        this.key = key;
        this.afterKey = afterKey;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {prefix, marker, key, afterKey};
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        segmentSpanChars(out, prefix, "prefix");
        segmentSpanChars(out, marker, "marker");
        segmentSpanChars(out, key, "key");
        segmentSpanChars(out, afterKey, "afterKey");
    }

    /** Text before the {@code @}, as written (may be empty). */
    public BasedSequence getPrefix() {
        return prefix;
    }

    /** {@code @} */
    public BasedSequence getMarker() {
        return marker;
    }

    /** The citation key; its start offset is where an "unknown key" error points. */
    public BasedSequence getKey() {
        return key;
    }

    /** Text after the key: an optional comma, a locator, a suffix (may be empty). */
    public BasedSequence getAfterKey() {
        return afterKey;
    }

    /** The prefix as plain text: escapes resolved, white space collapsed. */
    public String prefixText() {
        return plain(prefix);
    }

    /** What follows the key as plain text: escapes resolved, white space collapsed. */
    public String afterKeyText() {
        return plain(afterKey);
    }

    private static String plain(BasedSequence s) {
        return Escaping.unescapeString(s.toString()).replaceAll("\\s+", " ").strip();
    }
}
