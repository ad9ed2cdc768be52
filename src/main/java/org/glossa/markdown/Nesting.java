package org.glossa.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Limits on how deeply Markdown may nest. Flexmark parses, post-processes and renders nested
 * structures recursively: a few hundred levels of block quotes, lists or emphasis (or one line
 * starting with a few thousand {@code -}, {@code *} or {@code _}, which its thematic-break pattern
 * matches recursively) overflow the stack. Real essays nest a handful of levels; these limits are
 * far above that and far below what breaks, and each is reported at its position before parsing
 * (or, for inline nesting, right after it) instead of crashing.
 */
public final class Nesting {
    // Limits on how large a structure may be, not only how deep: see MAX_BLOCK_LINES.
    /** Block quotes and list items inside each other. */
    public static final int MAX_BLOCK_DEPTH = 32;

    /** Depth of the parsed tree (blocks, emphasis, links and their text) after parsing. */
    public static final int MAX_TREE_DEPTH = 128;

    /** A line may start with at most this many {@code -}, {@code *} or {@code _} marks. */
    public static final int MAX_MARK_RUN = 256;

    /**
     * Lines in a row without a blank one (outside fenced code): a paragraph or table. Flexmark
     * rebuilds a paragraph's text for every new line of it, so its time grows with the square of
     * the lines: 40,000 table rows take seconds, a 2 MB table minutes.
     */
    public static final int MAX_BLOCK_LINES = 1000;

    /** A place where the text goes past a limit. */
    public record Violation(int offset, String code, String message) {}

    private Nesting() {}

    /**
     * Scans the text line by line, without parsing it, for paragraphs longer than
     * {@link #MAX_BLOCK_LINES}, for block nesting deeper than
     * {@link #MAX_BLOCK_DEPTH} (quote and list markers on a line, plus list items still open by
     * indentation) and for over-long runs of thematic-break marks. Fenced code is skipped. An
     * approximation of CommonMark's container rules that never counts fewer markers than an author
     * wrote on a line; it may miss lazy continuations, which the tree check after parsing covers.
     *
     * @param from offset where the Markdown starts (after the front matter)
     * @return the first violation, or {@code null}
     */
    public static Violation scan(CharSequence text, int from) {
        List<Integer> openItems = new ArrayList<>(); // content columns of list items open by indentation
        char fence = 0;
        int fenceLength = 0;
        int run = 0; // non-blank lines in a row
        int lineStart = from;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            int i = lineStart;
            int column = 0;
            while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                column = text.charAt(i) == '\t' ? (column / 4 + 1) * 4 : column + 1;
                i++;
            }
            boolean blank = i >= lineEnd || text.charAt(i) == '\r';
            run = blank || fence != 0 ? 0 : run + 1;
            if (run > MAX_BLOCK_LINES) {
                return new Violation(
                        lineStart,
                        "content.long-block",
                        "more than " + MAX_BLOCK_LINES
                                + " lines without a blank line: split this paragraph, list or table");
            }
            if (!blank && fence == 0) {
                while (!openItems.isEmpty() && openItems.get(openItems.size() - 1) > column) {
                    openItems.remove(openItems.size() - 1);
                }
                int open = openItems.size(); // list items this line sits in by its indentation
                int markers = 0;
                while (i < lineEnd) {
                    char c = text.charAt(i);
                    int width = markerWidth(text, i, lineEnd);
                    if (width == 0 || (c != '>' && isThematicBreak(text, i, lineEnd))) {
                        int marks = markRun(text, i, lineEnd);
                        if (marks > MAX_MARK_RUN) {
                            return new Violation(
                                    i,
                                    "content.long-run",
                                    "this line starts with " + marks + " '" + c + "' marks; at most " + MAX_MARK_RUN
                                            + " are allowed (more would crash the Markdown parser)");
                        }
                        break;
                    }
                    markers++;
                    if (open + markers > MAX_BLOCK_DEPTH) {
                        return new Violation(
                                i,
                                "content.nesting",
                                "lists and block quotes are nested more than " + MAX_BLOCK_DEPTH + " levels deep here");
                    }
                    int next = i + width;
                    column += width;
                    while (next < lineEnd && text.charAt(next) == ' ' && next - i - width < 4) {
                        next++;
                        column++;
                    }
                    if (c != '>') {
                        openItems.add(column);
                    }
                    i = next;
                }
            }
            if (!blank) {
                char c = text.charAt(i < lineEnd ? i : lineStart);
                if (c == '`' || c == '~') {
                    int ticks = 0;
                    while (i + ticks < lineEnd && text.charAt(i + ticks) == c) {
                        ticks++;
                    }
                    if (ticks >= 3 && fence == 0) {
                        fence = c;
                        fenceLength = ticks;
                    } else if (c == fence && ticks >= fenceLength) {
                        fence = 0;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /** Width of a container marker at {@code i} ({@code >}, {@code -}, {@code 12.}), or 0. */
    private static int markerWidth(CharSequence text, int i, int end) {
        char c = text.charAt(i);
        if (c == '>') {
            return 1;
        }
        if (c == '-' || c == '+' || c == '*') {
            return i + 1 < end && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t') ? 1 : 0;
        }
        int j = i;
        while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j > i
                && j < end
                && (text.charAt(j) == '.' || text.charAt(j) == ')')
                && j + 1 < end
                && (text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\t')) {
            return j - i + 1;
        }
        return 0;
    }

    /** How many of the same thematic-break mark ({@code - * _}) start here, spaces between them allowed. */
    private static int markRun(CharSequence text, int i, int end) {
        char c = text.charAt(i);
        if (c != '-' && c != '*' && c != '_') {
            return 0;
        }
        int count = 0;
        for (int j = i; j < end; j++) {
            char d = text.charAt(j);
            if (d == c) {
                count++;
            } else if (d != ' ' && d != '\t') {
                break;
            }
        }
        return count;
    }

    private static boolean isThematicBreak(CharSequence text, int i, int end) {
        char c = text.charAt(i);
        int count = 0;
        for (int j = i; j < end; j++) {
            char d = text.charAt(j);
            if (d == c) {
                count++;
            } else if (d != ' ' && d != '\t' && d != '\r') {
                return false;
            }
        }
        return count >= 3;
    }

    /**
     * The first node (in document order) deeper than {@link #MAX_TREE_DEPTH}, found without
     * recursion, or {@code null}.
     */
    public static Node tooDeep(Node root) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_TREE_DEPTH) {
                return node;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return null;
    }
}
