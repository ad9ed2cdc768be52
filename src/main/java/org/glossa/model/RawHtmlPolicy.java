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

    /** Elements that have no end tag. */
    private static final Set<String> VOID = Set.of("br", "wbr");

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
        checkComments(file, chars, text, diags);
        List<org.jsoup.nodes.Node> nodes =
                Parser.xmlParser().setTrackPosition(true).parseFragmentInput(text, null, "");
        Deque<org.jsoup.nodes.Node> todo = new ArrayDeque<>(nodes);
        while (!todo.isEmpty()) {
            org.jsoup.nodes.Node n = todo.pop();
            if (n instanceof Element e) {
                checkElement(file, chars, e, diags);
            } else if (n instanceof CDataNode || n instanceof XmlDeclaration || n instanceof DocumentType) {
                diags.error(
                        file,
                        at(chars, n.sourceRange(), 0),
                        "html.element",
                        "only HTML elements and comments may be written in Markdown, not '" + abbreviate(n.outerHtml())
                                + "'");
            }
            List<org.jsoup.nodes.Node> children = n.childNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
    }

    /**
     * Comments are allowed when a browser reads them as the author meant: closed, and without the
     * sequences that end or nest a comment early ({@code <!-->}, {@code --!>}, a second
     * {@code <!--}). An unclosed comment would hide the rest of the page.
     */
    private static void checkComments(SourceFile file, BasedSequence chars, String text, Diagnostics diags) {
        int i = 0;
        while ((i = text.indexOf("<!--", i)) >= 0) {
            int bodyStart = i + 4;
            int end = text.indexOf("-->", bodyStart);
            if (end < 0) {
                diags.error(
                        file,
                        chars.getIndexOffset(i),
                        "html.comment",
                        "this comment is never closed",
                        "end it with -->");
                return;
            }
            String body = text.substring(bodyStart, end);
            if (body.startsWith(">")
                    || body.startsWith("->")
                    || body.contains("<!--")
                    || body.contains("--!>")
                    || body.endsWith("<!-")) {
                diags.error(
                        file,
                        chars.getIndexOffset(i),
                        "html.comment",
                        "a comment may not start with '>' or '->' nor hold '<!--' or '--!>'");
            }
            i = end + 3;
        }
    }

    private static void checkElement(SourceFile file, BasedSequence chars, Element e, Diagnostics diags) {
        String name = e.tagName().toLowerCase(Locale.ROOT);
        Set<String> attrs = ALLOWED.get(name);
        if (attrs == null) {
            notAllowed(file, at(chars, e.sourceRange(), 0), "<" + name + ">", diags);
            return;
        }
        for (Attribute a : e.attributes()) {
            String attr = a.getKey().toLowerCase(Locale.ROOT);
            Range.AttributeRange range = a.sourceRange();
            if (!attrs.contains(attr)) {
                diags.error(
                        file,
                        at(chars, range.nameRange(), e.sourceRange()),
                        "html.attribute",
                        "attribute '" + attr + "' is not allowed on <" + name + ">",
                        attrs.isEmpty()
                                ? "<" + name + "> takes no attributes"
                                : "allowed on <" + name + ">: " + String.join(", ", new TreeSet<>(attrs)));
            } else if (isScriptUrl(a.getValue())) {
                diags.error(
                        file,
                        at(chars, range.valueRange(), e.sourceRange()),
                        "html.attribute",
                        "'javascript:' is not allowed in attribute values");
            }
        }
    }

    /**
     * Checks that the allowed elements of one page are closed where they were opened: inline tags
     * within the same paragraph, link or emphasis, block tags (a {@code <figure>} around Markdown)
     * within the same quote, list item or page. An unclosed {@code <span>} or a stray
     * {@code </span>} would publish broken HTML. Feed every HTML node in document order, then
     * call {@link #finish}.
     */
    static final class Balance {
        private record Open(String name, int offset, boolean selfClosing) {}

        private final SourceFile file;
        private final Diagnostics diags;
        private final Map<Node, Deque<Open>> open = new java.util.LinkedHashMap<>();
        /** Opening tags of elements that are not allowed, by name: already reported. */
        private final Map<String, Integer> disallowedOpen = new java.util.HashMap<>();

        Balance(SourceFile file, Diagnostics diags) {
            this.file = file;
            this.diags = diags;
        }

        void add(Node node) {
            BasedSequence chars;
            if (node instanceof HtmlBlockBase block) {
                chars = block.getContentChars();
            } else if (node instanceof HtmlInlineBase) {
                chars = node.getChars();
            } else {
                return;
            }
            String text = chars.toString();
            Deque<Open> stack = open.computeIfAbsent(node.getParent(), k -> new ArrayDeque<>());
            int i = 0;
            while ((i = text.indexOf('<', i)) >= 0) {
                if (text.startsWith("<!--", i)) {
                    int end = text.indexOf("-->", i + 4);
                    i = end < 0 ? text.length() : end + 3;
                    continue;
                }
                if (text.startsWith("<!", i) || text.startsWith("<?", i)) {
                    int end = text.indexOf('>', i);
                    if (end < 0) {
                        unterminated(chars.getIndexOffset(i));
                        break;
                    }
                    i = end + 1;
                    continue;
                }
                boolean closing = i + 1 < text.length() && text.charAt(i + 1) == '/';
                int nameStart = i + (closing ? 2 : 1);
                int nameEnd = nameStart;
                while (nameEnd < text.length()
                        && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '-')) {
                    nameEnd++;
                }
                if (nameEnd == nameStart || !Character.isLetter(text.charAt(nameStart))) {
                    // Browsers show it as text, but it is an HTML parse error: the site must parse cleanly.
                    diags.error(
                            file,
                            chars.getIndexOffset(i),
                            "html.tag",
                            "a '<' in raw HTML must start a tag or a comment",
                            "write &lt; for the character");
                    i++;
                    continue;
                }
                int end = tagEnd(text, nameEnd);
                if (end < 0) {
                    unterminated(chars.getIndexOffset(i));
                    break;
                }
                tag(
                        text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT),
                        closing,
                        text.charAt(end - 1) == '/',
                        chars.getIndexOffset(i),
                        stack);
                i = end + 1;
            }
        }

        /** A browser would read the page's own markup after this into the tag. */
        private void unterminated(int at) {
            diags.error(
                    file,
                    at,
                    "html.tag",
                    "this tag is never closed with '>'",
                    "a raw HTML block runs until a blank line: end the tag, or leave a blank line before Markdown");
        }

        private void tag(String name, boolean closing, boolean selfClosing, int at, Deque<Open> stack) {
            if (!ALLOWED.containsKey(name)) {
                // An opening tag is reported by check(); a closing one is invisible to its XML
                // tokeniser, so one with no opening tag on the page is reported here.
                if (!closing) {
                    disallowedOpen.merge(name, 1, Integer::sum);
                } else if (disallowedOpen.getOrDefault(name, 0) > 0) {
                    disallowedOpen.merge(name, -1, Integer::sum); // closes one reported at its opening
                } else {
                    notAllowed(file, at, "</" + name + ">", diags);
                }
                return;
            }
            if (VOID.contains(name)) {
                if (closing) {
                    diags.error(file, at, "html.unbalanced", "<" + name + "> has no closing tag; write <" + name + ">");
                }
            } else if (!closing) {
                stack.push(new Open(name, at, selfClosing));
            } else if (!stack.isEmpty() && stack.peek().name().equals(name)) {
                stack.pop();
            } else {
                diags.error(
                        file,
                        at,
                        "html.unbalanced",
                        stack.isEmpty()
                                ? "closing tag </" + name + "> has no opening tag here"
                                : "closing tag </" + name + "> does not match <"
                                        + stack.peek().name() + ">, opened first");
            }
        }

        /** Offset of the {@code >} that ends a tag whose name ends at {@code from}; quoted values may hold one. */
        private static int tagEnd(String text, int from) {
            char quote = 0;
            char last = 0; // the last character outside quotes that is not a blank
            for (int j = from; j < text.length(); j++) {
                char c = text.charAt(j);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if ((c == '"' || c == '\'') && last == '=') {
                    quote = c;
                } else if (c == '>') {
                    return j;
                } else if (!Character.isWhitespace(c)) {
                    last = c;
                }
            }
            return -1;
        }

        void finish() {
            for (Deque<Open> stack : open.values()) {
                for (Open o : stack) {
                    diags.error(
                            file,
                            o.offset(),
                            "html.unbalanced",
                            "<" + o.name() + "> is never closed here",
                            o.selfClosing()
                                    ? "<" + o.name() + "/> does not close itself in HTML: write <" + o.name() + "></"
                                            + o.name() + ">"
                                    : "close it in the same paragraph (or, around blocks, before the end of the quote or list item)");
                }
            }
            open.clear();
            disallowedOpen.clear();
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

    /** An element outside {@link #ALLOWED}, reported at its opening tag or at a stray closing one. */
    private static void notAllowed(SourceFile file, int offset, String tag, Diagnostics diags) {
        diags.error(
                file, offset, "html.element", "raw HTML element " + tag + " is not allowed in Markdown", ALLOWED_HINT);
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
