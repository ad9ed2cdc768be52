package org.glossa.markdown;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Where a citation's note number goes. Authors write {@code the station [@smith].}, as in Pandoc;
 * Chicago (CMOS 14.26) and Pandoc's note styles set the number after the punctuation and without
 * the space: {@code the station.¹}.
 */
public final class NotePlacement {
    private static final String PUNCTUATION = ".,;:!?";

    private NotePlacement() {}

    /** Moves a citation that becomes a note after the punctuation that follows it, dropping the space before it. */
    public static void afterPunctuation(Citation citation) {
        Node previous = citation.getPrevious();
        if (previous instanceof SoftLineBreak) {
            previous.unlink();
        } else if (previous instanceof Text text) {
            BasedSequence chars = text.getChars();
            BasedSequence trimmed = chars.trimEnd();
            if (trimmed.isEmpty()) {
                text.unlink();
            } else if (trimmed.length() < chars.length()) {
                text.setChars(trimmed);
            }
        }
        if (citation.getNext() instanceof Text next) {
            BasedSequence chars = next.getChars();
            int n = 0;
            while (n < chars.length() && PUNCTUATION.indexOf(chars.charAt(n)) >= 0) {
                n++;
            }
            if (n > 0) {
                citation.insertBefore(new Text(chars.subSequence(0, n)));
                if (n == chars.length()) {
                    next.unlink();
                } else {
                    next.setChars(chars.subSequence(n));
                }
            }
        }
    }
}
