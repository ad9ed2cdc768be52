package org.glossa.model;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * Which raw HTML an author may write in Markdown, in HTML blocks and inline alike: a few elements
 * for meaning (abbreviations, language spans, superscripts, figures) with a few attributes each, and
 * comments. Nothing that runs code, loads anything or styles the page, so the published site always
 * satisfies its strict Content-Security-Policy. docs/AUTHORING.md ("Raw HTML") documents this list.
 *
 * <p>Each fragment is tokenised by jsoup, the way a browser reads it (so {@code <img/src/onerror=…>}
 * or a {@code <script>} after a comment on the same line are seen), in XML mode so that no tag is
 * silently dropped by HTML's tree-building rules (a stray {@code <body onload>} would be merged into
 * the page's body by a browser). Positions map back to the Markdown file through flexmark's
 * source offsets, also inside block quotes and list items.
 */
final class RawHtmlPolicy {
    /** Allowed elements and the attributes each may carry. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("abbr", Set.of("title", "lang")),
            Map.entry("span", Set.of("lang", "dir")),
            Map.entry("bdi", Set.of("lang", "dir")),
            Map.entry("q", Set.of("lang")),
            Map.entry("cite", Set.of("lang")),
            Map.entry("i", Set.of("lang")),
            Map.entry("b", Set.of()),
            Map.entry("em", Set.of("lang")),
            Map.entry("strong", Set.of()),
            Map.entry("small", Set.of()),
            Map.entry("sup", Set.of()),
            Map.entry("sub", Set.of()),
            Map.entry("kbd", Set.of()),
            Map.entry("mark", Set.of()),
            Map.entry("s", Set.of()),
            Map.entry("br", Set.of()),
            Map.entry("wbr", Set.of()),
            Map.entry("figure", Set.of()),
            Map.entry("figcaption", Set.of()));

    private static final String ALLOWED_HINT = "allowed: " + String.join(", ", new TreeSet<>(ALLOWED.keySet()));

    private RawHtmlPolicy() {}

    static void check(SourceFile file, Node node, Diagnostics diags) {
        BasedSequence chars;
        if (node instanceof HtmlBlockBase block) {
            chars = block.getContentChars(); // what is rendered: the lines without quote or list prefixes
        } else if (node instanceof HtmlInlineBase) {
            chars = node.getChars();
        } else {
            return;
        }
        if (chars.isEmpty()) {
            return;
        }
        String text = chars.toString();
        List<org.jsoup.nodes.Node> nodes =
                Parser.xmlParser().setTrackPosition(true).parseFragmentInput(text, null, "");
        Deque<org.jsoup.nodes.Node> todo = new ArrayDeque<>(nodes);
        while (!todo.isEmpty()) {
            org.jsoup.nodes.Node n = todo.pop();
            if (n instanceof Element e) {
                checkElement(file, chars, e, diags);
            } else if (n instanceof CDataNode || n instanceof XmlDeclaration || n instanceof DocumentType) {
                diags.error(file, at(chars, n.sourceRange(), 0), "html.element",
                        "only HTML elements and comments may be written in Markdown, not '"
                                + abbreviate(n.outerHtml()) + "'");
            }
            List<org.jsoup.nodes.Node> children = n.childNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
    }

    private static void checkElement(SourceFile file, BasedSequence chars, Element e, Diagnostics diags) {
        String name = e.tagName().toLowerCase(Locale.ROOT);
        Set<String> attrs = ALLOWED.get(name);
        if (attrs == null) {
            diags.error(file, at(chars, e.sourceRange(), 0), "html.element",
                    "raw HTML element <" + name + "> is not allowed in Markdown", ALLOWED_HINT);
            return;
        }
        for (Attribute a : e.attributes()) {
            String attr = a.getKey().toLowerCase(Locale.ROOT);
            Range.AttributeRange range = a.sourceRange();
            if (!attrs.contains(attr)) {
                diags.error(file, at(chars, range.nameRange(), e.sourceRange()), "html.attribute",
                        "attribute '" + attr + "' is not allowed on <" + name + ">",
                        attrs.isEmpty() ? "<" + name + "> takes no attributes"
                                : "allowed on <" + name + ">: " + String.join(", ", new TreeSet<>(attrs)));
            } else if (isScriptUrl(a.getValue())) {
                diags.error(file, at(chars, range.valueRange(), e.sourceRange()), "html.attribute",
                        "'javascript:' is not allowed in attribute values");
            }
        }
    }

    /** {@code javascript:} as a browser would read it: entities decoded, blanks and controls ignored. */
    static boolean isScriptUrl(String value) {
        String decoded = Parser.unescapeEntities(value, true);
        StringBuilder sb = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c > ' ' && c != 0x7f) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.indexOf("javascript:") >= 0;
    }

    private static int at(BasedSequence chars, Range range, Range fallback) {
        return at(chars, range.isTracked() ? range : fallback, 0);
    }

    /** The file offset of a position jsoup reports within the fragment. */
    private static int at(BasedSequence chars, Range range, int fallback) {
        int pos = range.isTracked() ? range.startPos() : fallback;
        pos = Math.max(0, Math.min(pos, chars.length() - 1));
        return chars.getIndexOffset(pos);
    }

    private static String abbreviate(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 30 ? one.substring(0, 30) + "…" : one;
    }
}
