package org.glossa.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.model.Essay;
import org.glossa.model.EssayMetadata;
import org.glossa.model.GeneratedFiles;
import org.glossa.model.Heading;
import org.glossa.model.NotesResolver;
import org.glossa.model.Page;
import org.glossa.model.PageType;
import org.glossa.model.TemplateData;

/**
 * What templates see as {@code content.glossa}: plain maps, lists and strings computed from the
 * resolved essay, with every internal URL already relative to the page being rendered. Templates
 * never query JBake's store for navigation (that query is quadratic in the number of pages).
 */
final class PageModels {
    /** Words per minute for "reading time". */
    private static final int READING_SPEED = 230;

    private final Essay essay;
    /** The site-wide part of every model, one per distinct root: computed once, not once per page. */
    private final Map<String, Map<String, Object>> siteByRoot = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<Page, Integer> readingMinutes = new HashMap<>();
    private final PageMetadata metadata;

    PageModels(Essay essay, EssayMetadata essayMetadata) {
        this.essay = essay;
        // Counting words reads every section's text: on all cores.
        List<Integer> minutes = essay.sections().parallelStream()
                .map(PageModels::readingMinutes)
                .toList();
        for (int i = 0; i < minutes.size(); i++) {
            readingMinutes.put(essay.sections().get(i), minutes.get(i));
        }
        this.metadata = new PageMetadata(essay, essayMetadata);
    }

    /** The model of a page made from a Markdown file. */
    Map<String, Object> forPage(Page page) {
        Map<String, Object> m = base(page.root(), page.url(), page.type().docType());
        m.put("title", page.title());
        m.put("summary", page.summary());
        m.put("body", page.html());
        m.put("sourcePath", page.source().path());
        m.put("toc", toc(page));
        switch (page.type()) {
            case HOME -> {
                m.put("subtitle", string(page, "subtitle"));
                m.put("abstract", string(page, "abstract"));
            }
            case SECTION -> {
                int i = essay.sectionNumber(page) - 1;
                m.put("number", i + 1);
                m.put("readingMinutes", readingMinutes.get(page));
                m.put("previous", i > 0 ? link(page, essay.sections().get(i - 1)) : null);
                m.put(
                        "next",
                        i + 1 < essay.sections().size()
                                ? link(page, essay.sections().get(i + 1))
                                : null);
            }
            case GLOSSARY -> {
                m.put("term", page.title());
                m.put("aliases", page.stringList("aliases"));
                m.put("short", page.summary());
            }
            default -> {}
        }
        page.data().forEach((key, value) -> {
            if (value instanceof TemplateData data) {
                m.put(key, data.forTemplate(page.root()));
            }
        });
        metadata.addTo(page, m);
        return m;
    }

    /** The model of a page no Markdown file produces, e.g. the glossary index. */
    Map<String, Object> forGenerated(String url, String docType, String title, String summary) {
        // The 404 page is served at any depth, so it links from the site's base path.
        String root = url.equals(GeneratedFiles.NOT_FOUND)
                ? essay.config().basePath()
                : "../".repeat((int) url.chars().filter(c -> c == '/').count());
        Map<String, Object> m = base(root, url, docType);
        m.put("title", title);
        m.put("summary", summary);
        m.put("toc", List.of());
        metadata.addToGenerated(url, title, summary, root, m);
        return m;
    }

    /** The sources page: what the notes resolver gathered (groups, entries, "Cited in"), if anything. */
    Map<String, Object> forSources() {
        Map<String, Object> m =
                forGenerated(GeneratedFiles.SOURCES_PAGE, "sources", "Sources", "Every source the essay cites.");
        if (essay.data().get(NotesResolver.SOURCES_PAGE) instanceof TemplateData data
                && data.forTemplate((String) m.get("root")) instanceof Map<?, ?> sources) {
            sources.forEach((key, value) -> m.put((String) key, value));
        }
        return m;
    }

    /** The glossary index: entries grouped by initial letter, A to Z. */
    Map<String, Object> forGlossaryIndex() {
        Map<String, Object> m = forGenerated(
                GeneratedFiles.GLOSSARY_INDEX,
                "glossaryindex",
                "Glossary",
                "The essay's names and terms, A to Z, with short definitions.");
        Map<String, List<Map<String, Object>>> byLetter = new java.util.TreeMap<>();
        // Alphabetical as readers expect it: accents and case do not move a term to the end.
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
        List<Page> sorted = new ArrayList<>(essay.glossary());
        sorted.sort((a, b) -> collator.compare(a.title(), b.title()));
        for (Page p : sorted) {
            String letter = initial(p.title());
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("term", p.title());
            e.put("url", "../" + p.url());
            e.put("short", p.summary());
            e.put("aliases", p.stringList("aliases"));
            byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(e);
        }
        List<Map<String, Object>> letters = new ArrayList<>();
        byLetter.forEach((letter, entries) -> {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("letter", letter);
            l.put("id", letter.equals("#") ? "other" : letter.toLowerCase(java.util.Locale.ROOT));
            l.put("entries", entries);
            letters.add(l);
        });
        m.put("letters", letters);
        metadata.addToGlossaryIndex("Glossary", (String) m.get("summary"), (String) m.get("root"), m);
        return m;
    }

    private static String initial(String term) {
        String n = java.text.Normalizer.normalize(term, java.text.Normalizer.Form.NFKD);
        for (int i = 0; i < n.length(); i++) {
            char c = Character.toUpperCase(n.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                return String.valueOf(c);
            }
            if (Character.isLetterOrDigit(c)) {
                return "#";
            }
        }
        return "#";
    }

    private Map<String, Object> base(String root, String url, String docType) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", docType);
        m.put("url", url);
        m.put("root", root);
        m.put("site", siteByRoot.computeIfAbsent(root, this::site));
        return m;
    }

    private Map<String, Object> site(String root) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", essay.config().title());
        s.put("subtitle", essay.config().subtitle());
        s.put("author", essay.config().author());
        s.put("language", essay.config().language());
        s.put("licence", essay.config().licence());
        s.put("licenceUrl", essay.config().licenceUrl());
        s.put("host", essay.config().host());
        s.put("homeUrl", root + "index.html");
        s.put("glossaryUrl", essay.glossary().isEmpty() ? null : root + GeneratedFiles.GLOSSARY_INDEX);
        s.put("sourcesUrl", root + GeneratedFiles.SOURCES_PAGE);
        s.put("creditsUrl", root + GeneratedFiles.CREDITS);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Page p : essay.sections()) {
            Map<String, Object> link = link(root, p);
            link.put("summary", p.summary());
            link.put("readingMinutes", readingMinutes.get(p));
            link.put("number", sections.size() + 1);
            sections.add(link);
        }
        s.put("sections", sections);
        s.put("sidebars", essay.sidebars().stream().map(p -> link(root, p)).toList());
        s.put("pages", essay.pages().stream().map(p -> link(root, p)).toList());
        return s;
    }

    static Map<String, Object> link(Page from, Page to) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("title", to.title());
        link.put("url", from.linkTo(to));
        return link;
    }

    static Map<String, Object> link(String root, Page p) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("title", p.title());
        link.put("url", root + p.url());
        return link;
    }

    /** A section's own contents: its {@code ##} and {@code ###} headings, when there are three or more. */
    private static List<Map<String, Object>> toc(Page page) {
        List<Heading> headings = page.headings().stream()
                .filter(h -> h.level() == 2 || h.level() == 3)
                .toList();
        if (headings.size() < 3) {
            return List.of();
        }
        List<Map<String, Object>> toc = new ArrayList<>();
        for (Heading h : headings) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", h.id());
            entry.put("text", h.text());
            entry.put("level", h.level());
            toc.add(entry);
        }
        return toc;
    }

    static int readingMinutes(Page page) {
        String text = page.source().text();
        int words = 0;
        boolean inWord = false;
        for (int i = page.frontMatter().bodyOffset(); i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(1, Math.round(words / (float) READING_SPEED));
    }

    private static String string(Page page, String key) {
        String s = page.frontMatter().string(key);
        return s == null ? "" : s;
    }

    static boolean isEssayPage(Page page) {
        return page.type() == PageType.SECTION;
    }
}
