package org.glossa.cite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Makes citeproc-java's HTML fit a strict Content Security Policy and Chicago's typography. Inline
 * styles become elements ({@code font-style: italic} → {@code <i>}, bold → {@code <b>}, small caps →
 * {@code <span class="sc">}, underline → {@code <u>}); wrappers such as {@code <div
 * class="csl-entry">} go; links keep only an http(s) {@code href}; nothing else keeps an attribute.
 * Quotation marks inside quotation marks become single ones, as citeproc-java leaves them double.
 * Output is UTF-8 text with only {@code & < > "} escaped.
 */
final class CspHtml {
    private static final Set<String> KEPT_TAGS = Set.of("i", "b", "u", "span", "a", "sup", "sub");

    private CspHtml() {}

    static String clean(String cslHtml) {
        Document doc = Jsoup.parseBodyFragment(cslHtml);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        Element body = doc.body();
        for (Element e : body.select("*")) {
            if (e != body) {
                rewrite(e);
            }
        }
        nestQuotes(body);
        return body.html().replace("&nbsp;", "\u00A0").strip();
    }

    private static void rewrite(Element e) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        String tag = e.normalName();
        String href = e.attr("href");
        List<Attribute> attributes = e.attributes().asList();
        attributes.forEach(a -> e.removeAttr(a.getKey()));
        if (tag.equals("a")) {
            if (href.startsWith("https://") || href.startsWith("http://")) {
                e.attr("href", href);
            } else {
                e.unwrap();
            }
        } else if (tag.equals("span")) {
            if (style.contains("font-style:italic") || style.contains("font-style:oblique")) {
                e.tagName("i");
            } else if (style.contains("font-weight:bold")) {
                e.tagName("b");
            } else if (style.contains("font-variant:small-caps")) {
                e.addClass("sc");
            } else if (style.contains("text-decoration:underline")) {
                e.tagName("u");
            } else {
                e.unwrap(); // normal weight, normal style, or a wrapper with nothing to say
            }
        } else if (!KEPT_TAGS.contains(tag)) {
            e.unwrap();
        }
    }

    /**
     * Alternates double and single quotation marks by depth (CMOS 17, 6.11), and moves a comma or
     * period that follows an inner closing mark inside it, where American usage puts it.
     */
    private static void nestQuotes(Element body) {
        Deque<Boolean> open = new ArrayDeque<>(); // true: this level was turned into single marks
        NodeTraversor.traverse(
                (Node node, int depth) -> {
                    if (node instanceof TextNode text) {
                        text.text(nest(text.getWholeText(), open));
                    }
                },
                body);
    }

    private static String nest(String s, Deque<Boolean> open) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“') {
                boolean inner = open.size() % 2 == 1;
                open.push(inner);
                out.append(inner ? '‘' : '“');
            } else if (c == '”' && !open.isEmpty()) {
                boolean inner = open.pop();
                if (inner
                        && i + 2 < s.length()
                        && (s.charAt(i + 1) == ',' || s.charAt(i + 1) == '.')
                        && s.charAt(i + 2) == '”') {
                    out.append(s.charAt(++i));
                }
                out.append(inner ? '’' : '”');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
