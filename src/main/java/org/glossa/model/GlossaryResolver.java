package org.glossa.model;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Suggestions;
import org.glossa.markdown.FrontMatter;
import org.glossa.markdown.GlossaryLink;
import org.glossa.markdown.PlainText;
import org.glossa.markdown.TermLinks;

/**
 * Resolves every {@code [[…]]} of the essay against the glossary's terms and aliases, numbers the
 * uses of each term on each page ({@code use-SLUG-K}), and attaches what the pages show: the
 * short definitions a page's term links preview ({@code termDefs}) and, on each entry, the places
 * that use it ({@code usedIn}).
 */
public final class GlossaryResolver implements EssayResolver {
    /** Words of context kept on each side of a use in "Used in". */
    static final int CONTEXT_WORDS = 12;

    /** The end of a sentence: a full stop, question or exclamation mark, closing quotes, a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)\\]]*\\s+");

    /** A name (term or alias) of an entry, as the author wrote it. */
    private record Name(Page entry, String written) {}

    /** One place where a term is linked. */
    record Use(Page page, String anchorId, PlainText.Around context) {}

    @Override
    public void resolve(Essay essay, Diagnostics diags) {
        Map<String, Name> names = index(essay, diags);
        Set<String> written = new TreeSet<>();
        names.values().forEach(n -> written.add(n.written()));
        // Pages resolve independently, on all cores; their uses are merged in reading order.
        List<Map<Page, List<Use>>> usesByPage = essay.allPages().parallelStream()
                .map(page -> {
                    Map<Page, List<Use>> pageUses = new HashMap<>();
                    resolvePage(essay, page, names, written, pageUses, diags);
                    return pageUses;
                })
                .toList();
        Map<Page, List<Use>> uses = new HashMap<>();
        for (Map<Page, List<Use>> pageUses : usesByPage) {
            pageUses.forEach((entry, list) ->
                    uses.computeIfAbsent(entry, e -> new ArrayList<>()).addAll(list));
        }
        for (Page entry : essay.glossary()) {
            List<Use> used = uses.getOrDefault(entry, List.of());
            entry.data().put("usedIn", new UsedIn(essay, used));
            // Links from other entries do not count: an entry is there to explain the essay.
            if (used.stream().allMatch(u -> u.page().type() == PageType.GLOSSARY)) {
                FrontMatter.Field term = entry.frontMatter().field("term");
                diags.warning(
                        entry.source(),
                        term != null ? term.valueOffset() : 0,
                        "glossary.unused",
                        "glossary entry '" + entry.title() + "' is never linked from the essay"
                                + (used.isEmpty() ? "" : " (only from other glossary entries)"),
                        "link it where it matters with [[" + entry.title() + "]], or remove the entry");
            }
        }
    }

    /**
     * Every term and alias by its match key. Entries are read in path order, so a clash is
     * reported at the name that comes second; the first keeps the name, so links to it resolve.
     */
    private static Map<String, Name> index(Essay essay, Diagnostics diags) {
        Map<String, Name> names = new LinkedHashMap<>();
        List<Page> entries = new ArrayList<>(essay.glossary());
        entries.sort((a, b) -> a.contentPath().compareTo(b.contentPath()));
        for (Page entry : entries) {
            FrontMatter.Field term = entry.frontMatter().field("term");
            register(names, entry, entry.title(), "term", term != null ? term.valueOffset() : 0, diags);
            FrontMatter.Field aliases = entry.frontMatter().field("aliases");
            List<String> list = entry.stringList("aliases");
            for (int i = 0; i < list.size(); i++) {
                register(names, entry, list.get(i), "alias", aliases.itemOffset(i), diags);
            }
        }
        return names;
    }

    private static void register(
            Map<String, Name> names, Page entry, String name, String kind, int offset, Diagnostics diags) {
        String key = GlossaryLink.matchKey(name);
        if (key.isEmpty()) {
            diags.error(entry.source(), offset, "glossary.empty-name", "an empty " + kind + " names nothing");
            return;
        }
        Name first = names.putIfAbsent(key, new Name(entry, name.strip()));
        if (first == null) {
            return;
        }
        String message = first.entry() == entry
                ? kind + " '" + name.strip() + "' is already a name of this entry"
                : kind + " '" + name.strip() + "' already names the entry "
                        + first.entry().source().path();
        diags.error(
                entry.source(),
                offset,
                "glossary.duplicate",
                message,
                "a term or alias may name only one entry; names match without regard to case");
    }

    private static void resolvePage(
            Essay essay,
            Page page,
            Map<String, Name> names,
            Collection<String> written,
            Map<Page, List<Use>> uses,
            Diagnostics diags) {
        Map<GlossaryLink, TermLinks.Target> targets = new IdentityHashMap<>();
        Map<Page, Integer> counts = new HashMap<>();
        Set<Page> used = new LinkedHashSet<>();
        for (GlossaryLink link : links(page.document())) {
            if (!link.isClosed()) {
                diags.error(
                        page.source(),
                        link.getStartOffset(),
                        "glossary.unterminated",
                        "glossary link is not closed: add ']]'",
                        "write [[Term]] or [[Term|shown text]]; for literal brackets write \\[[");
                continue;
            }
            if (link.getAncestorOfType(GlossaryLink.class) != null) {
                diags.error(
                        page.source(),
                        link.getStartOffset(),
                        "glossary.nested",
                        "a glossary link cannot sit inside another glossary link");
                continue;
            }
            if (link.getAncestorOfType(Link.class, LinkRef.class) != null) {
                diags.error(
                        page.source(),
                        link.getStartOffset(),
                        "glossary.nested",
                        "a glossary link cannot sit inside a link",
                        "move it out of the link's text");
                continue;
            }
            String name = link.targetName();
            if (name.isEmpty()) {
                diags.error(
                        page.source(),
                        link.getStartOffset(),
                        "glossary.empty",
                        "glossary link names no term",
                        "write [[Term]] or [[Term|shown text]]");
                continue;
            }
            if (!link.hasChildren()) {
                diags.error(
                        page.source(),
                        link.getSeparator().getStartOffset(),
                        "glossary.empty",
                        "glossary link has no text to show after '|'");
                continue;
            }
            Name found = names.get(GlossaryLink.matchKey(name));
            if (found == null) {
                String hint = Suggestions.didYouMean(name, written);
                diags.error(
                        page.source(),
                        link.getTarget().getStartOffset(),
                        "glossary.unknown",
                        "unknown glossary term '" + name + "'",
                        hint != null
                                ? hint
                                : "add it as an alias of an entry, or create content/glossary/" + Slugs.slugify(name)
                                        + ".md");
                continue;
            }
            Page entry = found.entry();
            int k = counts.merge(entry, 1, Integer::sum);
            String id = "use-" + entry.slug() + "-" + k;
            targets.put(link, new TermLinks.Target(entry.slug(), page.linkTo(entry), id));
            page.addId(id);
            used.add(entry);
            if (entry != page) {
                uses.computeIfAbsent(entry, e -> new ArrayList<>()).add(new Use(page, id, context(link)));
            }
        }
        page.document().set(TermLinks.KEY, targets::get);
        if (!used.isEmpty()) {
            page.data().put("termDefs", new TermDefs(List.copyOf(used)));
        }
    }

    /** Every glossary link of a document, in reading order. */
    static List<GlossaryLink> links(Node root) {
        List<GlossaryLink> links = new ArrayList<>();
        collect(root, links);
        return links;
    }

    private static void collect(Node node, List<GlossaryLink> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof GlossaryLink link) {
                out.add(link);
            }
            collect(child, out);
        }
    }

    /** The words around a use, within its sentence, as a reader will recognise the spot. */
    private static PlainText.Around context(GlossaryLink link) {
        Node block = link.getAncestorOfType(Paragraph.class, TableRow.class, Heading.class);
        PlainText.Around around = PlainText.around(block != null ? block : link.getParent(), link);
        String before = around.before();
        Matcher end = SENTENCE_END.matcher(before);
        int start = 0;
        while (end.find()) {
            start = end.end();
        }
        before = before.substring(start);
        String after = around.after();
        Matcher next = SENTENCE_END.matcher(after);
        if (next.find()) {
            after = after.substring(0, next.end()).stripTrailing();
        }
        return new PlainText.Around(lastWords(before, CONTEXT_WORDS), around.text(), firstWords(after, CONTEXT_WORDS));
    }

    static String lastWords(String text, int n) {
        String[] words = text.split(" ", -1);
        if (words.length <= n + 1) {
            return text;
        }
        return "\u2026" + String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n - 1, words.length));
    }

    static String firstWords(String text, int n) {
        String[] words = text.split(" ", -1);
        if (words.length <= n + 1) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, n + 1)) + "\u2026";
    }

    /** How a page is named in "Used in" lists: {@code Part 3}, {@code Sidebar}, … */
    static String kind(Essay essay, Page page) {
        return switch (page.type()) {
            case HOME -> "Introduction";
            case SECTION -> "Part " + essay.sectionNumber(page);
            case SIDEBAR -> "Sidebar";
            case GLOSSARY -> "Glossary";
            case PAGE -> "Page";
        };
    }

    /** The short definitions that a page's term links preview, once per term, in order of first use. */
    record TermDefs(List<Page> entries) implements TemplateData {
        @Override
        public Object forTemplate(String root) {
            List<Map<String, Object>> defs = new ArrayList<>();
            for (Page entry : entries) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("slug", entry.slug());
                d.put("id", "def-" + entry.slug());
                d.put("term", entry.title());
                d.put("short", entry.summary());
                d.put("url", root + entry.url());
                defs.add(d);
            }
            return defs;
        }
    }

    /** "Used in" on an entry's page: its uses grouped by page, in reading order. */
    record UsedIn(Essay essay, List<Use> uses) implements TemplateData {
        @Override
        public Object forTemplate(String root) {
            Map<Page, List<Map<String, Object>>> byPage = new LinkedHashMap<>();
            for (Use use : uses) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("url", root + use.page().url() + "#" + use.anchorId());
                u.put("before", use.context().before());
                u.put("text", use.context().text());
                u.put("after", use.context().after());
                byPage.computeIfAbsent(use.page(), p -> new ArrayList<>()).add(u);
            }
            List<Map<String, Object>> pages = new ArrayList<>();
            byPage.forEach((page, list) -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("kind", kind(essay, page));
                p.put("title", page.title());
                p.put("url", root + page.url());
                p.put("uses", list);
                pages.add(p);
            });
            return pages;
        }
    }
}
