package org.glossa.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The text of parsed Markdown as a reader sees it (typographic quotes, no markup), for excerpts
 * and "Used in" contexts. Notes, citations, images and raw HTML are left out: in an excerpt they
 * would be noise, and their numbers belong to the page they are on.
 */
public final class PlainText {
    /** A block's text split around one node inside it. */
    public record Around(String before, String text, String after) {}

    private PlainText() {}

    public static String of(Node node) {
        StringBuilder sb = new StringBuilder();
        appendChildren(node, sb, null, null);
        return collapse(sb);
    }

    /** The text of {@code block}, split before and after {@code part}, one of its descendants. */
    public static Around around(Node block, Node part) {
        StringBuilder sb = new StringBuilder();
        int[] marks = {-1, -1};
        appendChildren(block, sb, part, marks);
        if (marks[0] < 0) {
            return new Around(collapse(sb), "", "");
        }
        String before = collapseWhitespace(sb.subSequence(0, marks[0])).stripLeading();
        String text = collapseWhitespace(sb.subSequence(marks[0], marks[1])).strip();
        String after = collapseWhitespace(sb.subSequence(marks[1], sb.length())).stripTrailing();
        return new Around(before, text, after);
    }

    private static void appendChildren(Node node, StringBuilder sb, Node part, int[] marks) {
        boolean row = node instanceof TableRow;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (row && child != node.getFirstChild()) {
                sb.append(" \u2014 ");
            }
            if (child == part) {
                marks[0] = sb.length();
                append(child, sb, part, marks);
                marks[1] = sb.length();
            } else {
                append(child, sb, part, marks);
            }
        }
    }

    private static void append(Node node, StringBuilder sb, Node part, int[] marks) {
        if (node instanceof Code code) {
            sb.append(code.getText());
        } else if (node instanceof Text || node instanceof TextBase) {
            sb.append(Escaping.unescapeString(node.getChars().toString()));
        } else if (node instanceof HtmlEntity) {
            sb.append(Escaping.unescapeHtml(node.getChars()));
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            sb.append(' ');
        } else if (node instanceof TypographicSmarts smarts) {
            sb.append(Escaping.unescapeHtml(smarts.getTypographicText()));
        } else if (node instanceof TypographicQuotes quotes) {
            sb.append(Escaping.unescapeHtml(quotes.getTypographicOpening()));
            appendChildren(node, sb, part, marks);
            sb.append(Escaping.unescapeHtml(quotes.getTypographicClosing()));
        } else if (node instanceof GlossaryLink link && !link.isClosed()) {
            sb.append(link.getChars());
        } else if (node instanceof LinkRef ref && !ref.isDefined()) {
            sb.append(Escaping.unescapeString(ref.getChars().toString())); // a reader sees the brackets
        } else if (node instanceof Paragraph
                || node instanceof Heading
                || node instanceof TableRow
                || node instanceof TableCell
                || node instanceof Emphasis
                || node instanceof StrongEmphasis
                || node instanceof Link
                || node instanceof LinkRef
                || node instanceof GlossaryLink) {
            appendChildren(node, sb, part, marks);
        }
    }

    private static String collapse(StringBuilder sb) {
        return collapseWhitespace(sb).strip();
    }

    /**
     * Each run of ASCII whitespace (the regex {@code \\s}) as one space: what {@code
     * replaceAll("\\s+", " ")} gives, without a regex (excerpts are made for every term link).
     */
    public static String collapseWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space) {
                if (!inRun) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
            inRun = space;
        }
        return out.toString();
    }
}
