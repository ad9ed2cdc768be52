package org.glossa.model;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;

/**
 * Which raw HTML an author may write in Markdown: a few inline elements for meaning (abbreviations,
 * language spans, superscripts) and nothing that runs code or styles the page, so the published
 * site always satisfies a strict Content-Security-Policy.
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

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^\\s/>=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>");
    private static final Pattern ATTR = Pattern.compile("([^\\s/>=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

    private RawHtmlPolicy() {}

    static void check(SourceFile file, Node node, Diagnostics diags) {
        if (node instanceof HtmlInlineComment || node instanceof HtmlCommentBlock) {
            return;
        }
        if (!(node instanceof HtmlInline) && !(node instanceof HtmlBlock)) {
            return;
        }
        String text = node.getChars().toString();
        int base = node.getStartOffset();
        Matcher m = TAG.matcher(text);
        boolean sawTag = false;
        while (m.find()) {
            sawTag = true;
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            int at = base + m.start();
            if (!m.group(1).isEmpty()) {
                continue; // a closing tag: its opening tag was already judged
            }
            Set<String> attrs = ALLOWED.get(name);
            if (attrs == null) {
                diags.error(file, at, "html.element", "raw HTML element <" + name + "> is not allowed in Markdown",
                        "allowed: " + String.join(", ", new java.util.TreeSet<>(ALLOWED.keySet())));
                continue;
            }
            Matcher a = ATTR.matcher(m.group(3));
            while (a.find()) {
                String attr = a.group(1).toLowerCase(java.util.Locale.ROOT);
                if (!attrs.contains(attr)) {
                    diags.error(file, base + m.start(3) + a.start(), "html.attribute",
                            "attribute '" + attr + "' is not allowed on <" + name + ">");
                }
            }
        }
        if (!sawTag && text.strip().startsWith("<")) {
            diags.error(file, base, "html.element", "raw HTML is not allowed here");
        }
    }
}
