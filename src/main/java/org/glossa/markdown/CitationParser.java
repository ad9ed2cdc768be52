package org.glossa.markdown;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises {@code [...]} as a citation when every {@code ;}-separated part holds a key: an
 * {@code @} at the start of the part or after white space, then a letter, digit or {@code _}, then
 * letters, digits and {@code _ : . -} (punctuation only inside the key, so {@code [@smith.]} cites
 * {@code smith}). An {@code @} inside a word, as in an e-mail address, is not a key, and a bracket
 * without keys stays what it was. Flexmark tries inline links first, so {@code [@x](url)} remains a
 * link; {@code \[@x]} has no opening bracket, so it stays text; {@code ^[@x]} belongs to the inline
 * notes and {@code [^x]} to the footnotes.
 */
final class CitationParser implements LinkRefProcessor {
    private static final String INNER_PUNCTUATION = ":.-";

    CitationParser(Document document) {}

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
        return nodeChars.length() >= 3
                && nodeChars.charAt(1) != '^'
                && !InlineNoteParser.followsCaret(nodeChars)
                && items(nodeChars) != null;
    }

    @Override
    public Node createNode(BasedSequence nodeChars) {
        return new Citation(nodeChars.subSequence(0, 1), nodeChars.midSequence(1, -1), nodeChars.endSequence(1));
    }

    @Override
    public BasedSequence adjustInlineText(Document document, Node node) {
        return ((Citation) node).getText();
    }

    @Override
    public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
        return true;
    }

    /** The inline nodes parsed between the brackets give way to one item per key. */
    @Override
    public void updateNodeElements(Document document, Node node) {
        node.removeChildren();
        List<CitationItem> items = items(node.getChars());
        if (items != null) {
            items.forEach(node::appendChild);
        }
    }

    /** The items of a bracketed citation, or {@code null} when some part has no key. */
    static List<CitationItem> items(BasedSequence nodeChars) {
        BasedSequence inner = nodeChars.midSequence(1, -1);
        List<CitationItem> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= inner.length(); i++) {
            if (i < inner.length() && inner.charAt(i) == '\\') {
                i++;
            } else if (i == inner.length() || inner.charAt(i) == ';') {
                CitationItem item = item(inner.subSequence(start, i));
                if (item == null) {
                    return null;
                }
                items.add(item);
                start = i + 1;
            }
        }
        return items;
    }

    private static CitationItem item(BasedSequence part) {
        for (int at = 0; at < part.length(); at++) {
            char c = part.charAt(at);
            if (c == '\\') {
                at++;
                continue;
            }
            if (c != '@' || (at > 0 && !Character.isWhitespace(part.charAt(at - 1)))) {
                continue;
            }
            int end = at + 1;
            if (end >= part.length() || !isKeyChar(part.charAt(end))) {
                continue;
            }
            while (end < part.length()
                    && (isKeyChar(part.charAt(end)) || INNER_PUNCTUATION.indexOf(part.charAt(end)) >= 0)) {
                end++;
            }
            while (!isKeyChar(part.charAt(end - 1))) {
                end--;
            }
            return new CitationItem(
                    part,
                    part.subSequence(0, at),
                    part.subSequence(at, at + 1),
                    part.subSequence(at + 1, end),
                    part.subSequence(end));
        }
        return null;
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
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
            return new CitationParser(document);
        }
    }
}
