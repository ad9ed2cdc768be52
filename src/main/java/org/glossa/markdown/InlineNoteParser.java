package org.glossa.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Recognises {@code ^[note text]}. Flexmark hands a link-reference processor the bracket pair
 * only, so the processor looks at the character before it: an unescaped {@code ^}. Once the note
 * is made, that {@code ^} is taken out of the text before it and becomes part of the note's
 * opening marker. The bracketed text has already been parsed as inline Markdown (citations
 * included) and becomes the note's children.
 */
final class InlineNoteParser implements LinkRefProcessor {
    InlineNoteParser(Document document) {}

    /** Whether an unescaped {@code ^} stands right before the bracket pair. */
    static boolean followsCaret(BasedSequence nodeChars) {
        BasedSequence base = nodeChars.getBaseSequence();
        int caret = nodeChars.getStartOffset() - 1;
        if (caret < 0 || base.charAt(caret) != '^') {
            return false;
        }
        int backslashes = 0;
        for (int i = caret - 1; i >= 0 && base.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return 0;
    }

    @Override
    public boolean isMatch(BasedSequence nodeChars) {
        return nodeChars.length() >= 3 && nodeChars.charAt(1) != '^' && followsCaret(nodeChars);
    }

    @Override
    public Node createNode(BasedSequence nodeChars) {
        BasedSequence opening =
                nodeChars.baseSubSequence(nodeChars.getStartOffset() - 1, nodeChars.getStartOffset() + 1);
        return new InlineNote(opening, nodeChars.midSequence(1, -1), nodeChars.endSequence(1));
    }

    @Override
    public BasedSequence adjustInlineText(Document document, Node node) {
        return ((InlineNote) node).getText();
    }

    @Override
    public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
        return true;
    }

    /** Takes the {@code ^} out of the text node that ends with it. */
    @Override
    public void updateNodeElements(Document document, Node node) {
        int caret = node.getStartOffset();
        for (Node previous = node.getPrevious(); previous != null; previous = previous.getPrevious()) {
            if (previous.getEndOffset() <= caret + 1 && previous.getStartOffset() <= caret) {
                if (previous instanceof Text && previous.getEndOffset() == caret + 1) {
                    BasedSequence chars = previous.getChars();
                    if (chars.length() == 1) {
                        previous.unlink();
                    } else {
                        previous.setChars(chars.subSequence(0, chars.length() - 1));
                    }
                }
                return;
            }
        }
    }

    static final class Factory implements LinkRefProcessorFactory {
        @Override
        public boolean getWantExclamationPrefix(DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(DataHolder options) {
            return 0;
        }

        @Override
        public LinkRefProcessor apply(Document document) {
            return new InlineNoteParser(document);
        }
    }
}
