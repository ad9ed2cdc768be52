package org.glossa.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds {@code [[…]]} in inline text, in the manner of flexmark's own GitLab inline parser: the
 * opening {@code [[Target|} becomes a node, the shown text is parsed as usual, and {@code ]]} moves
 * what was parsed since into the node. The opening consumes the {@code |}, so a link in a table
 * cell does not split the cell. {@code \[[} is not a link (the backslash parser takes the bracket
 * first).
 */
final class GlossaryLinkParser implements InlineParserExtension {
    private final List<GlossaryLink> open = new ArrayList<>();

    GlossaryLinkParser(LightInlineParser inlineParser) {}

    @Override
    public void finalizeDocument(InlineParser inlineParser) {}

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
        // Links still open at the end of a paragraph or cell stay unclosed; the model reports them.
        open.clear();
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        char c = parser.peek();
        if (c == '[' && parser.peek(1) == '[') {
            return parseOpening(parser);
        }
        if (c == ']' && parser.peek(1) == ']' && !open.isEmpty()) {
            return parseClosing(parser);
        }
        return false;
    }

    private boolean parseOpening(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        BasedSequence opening = input.subSequence(start, start + 2);
        int i = start + 2;
        int pipe = -1;
        boolean closes = false;
        while (i < input.length()) {
            char ch = input.charAt(i);
            if (ch == '\\' && i + 1 < input.length()) {
                i += 2;
                continue;
            }
            if (ch == '|') {
                pipe = i;
                break;
            }
            if (ch == ']' && i + 1 < input.length() && input.charAt(i + 1) == ']') {
                closes = true;
                break;
            }
            if (ch == '[' || ch == ']') {
                break;
            }
            i++;
        }
        GlossaryLink link;
        if (pipe >= 0) {
            link = new GlossaryLink(opening, input.subSequence(start + 2, pipe), input.subSequence(pipe, pipe + 1));
            parser.setIndex(pipe + 1);
        } else {
            link = new GlossaryLink(opening, BasedSequence.NULL, BasedSequence.NULL);
            parser.setIndex(start + 2);
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(link);
        if (pipe >= 0 || closes) {
            open.add(link);
        }
        return true;
    }

    private boolean parseClosing(LightInlineParser parser) {
        int index = parser.getIndex();
        GlossaryLink link = open.remove(open.size() - 1);
        link.close(parser.getInput().subSequence(index, index + 2));
        parser.setIndex(index + 2);
        parser.flushTextNode();
        Node last = parser.getBlock().getLastChild();
        parser.moveNodes(link, last);
        return true;
    }

    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "[]";
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new GlossaryLinkParser(inlineParser);
        }
    }
}
