package org.glossa.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.glossa.cite.Bibliography;
import org.glossa.cite.Source;
import org.glossa.cite.SourceGroup;

/**
 * The sources page as its template sees it: the cited sources (and those listed in {@code
 * nocite}) in their groups, sorted by author, each with its Chicago bibliography entry, its
 * annotation, and "Cited in" links that land on each note citing it.
 */
final class SourcesPage implements TemplateData {
    /** A note that cites a source: note {@code number} of {@code page}. */
    record Place(Page page, int number) {}

    private final Essay essay;
    private final Bibliography bibliography;
    private final Set<Source> listed;
    private final Map<Source, List<Place>> citedIn;
    private final Function<Source, String> entries;
    private final boolean published;

    SourcesPage(
            Essay essay,
            Bibliography bibliography,
            Set<Source> listed,
            Map<Source, List<Place>> citedIn,
            Function<Source, String> entries,
            boolean published) {
        this.essay = essay;
        this.bibliography = bibliography;
        this.listed = listed;
        this.citedIn = citedIn;
        this.entries = entries;
        this.published = published;
    }

    /** {@code src-KEY}: the anchor of a source on the sources page. */
    static String anchor(Source source) {
        return "src-" + source.key();
    }

    @Override
    public Object forTemplate(String root) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map.Entry<SourceGroup, List<Source>> group : bibliography.byGroup().entrySet()) {
            List<Map<String, Object>> entriesOfGroup = new ArrayList<>();
            for (Source source : group.getValue()) {
                if (listed.contains(source)) {
                    entriesOfGroup.add(entry(source, root));
                }
            }
            if (!entriesOfGroup.isEmpty()) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("id", group.getKey().name().toLowerCase(java.util.Locale.ROOT));
                g.put("title", group.getKey().heading());
                g.put("entries", entriesOfGroup);
                groups.add(g);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceGroups", groups);
        m.put("sourceCount", listed.size());
        if (published) {
            m.put("bibliographyUrl", root + NotesResolver.BIBLIOGRAPHY_FILE);
        }
        return m;
    }

    private Map<String, Object> entry(Source source, String root) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("key", source.key());
        e.put("id", anchor(source));
        e.put("html", entries.apply(source));
        e.put("annotation", source.annotation().orElse(""));
        List<Map<String, Object>> flat = new ArrayList<>();
        List<Map<String, Object>> byPage = new ArrayList<>();
        Map<Page, List<Map<String, Object>>> notesOfPage = new LinkedHashMap<>();
        for (Place place : citedIn.getOrDefault(source, List.of())) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("label", withComma(pageLabel(place.page())) + " note " + place.number());
            c.put("url", root + place.page().url() + "#note-" + place.number());
            c.put("number", place.number());
            flat.add(c);
            notesOfPage.computeIfAbsent(place.page(), p -> new ArrayList<>()).add(c);
        }
        for (Page page : essay.allPages()) {
            List<Map<String, Object>> notes = notesOfPage.get(page);
            if (notes != null) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("title", page.title());
                p.put("lead", withComma(pageLabel(page)) + (notes.size() == 1 ? " note" : " notes"));
                p.put("url", root + page.url());
                p.put("notes", notes);
                byPage.add(p);
            }
        }
        e.put("citedIn", flat);
        e.put("citedInPages", byPage);
        return e;
    }

    /** {@code Part 3, “Title,”}: American usage puts the comma inside the closing quotation mark. */
    private static String withComma(String label) {
        if (label.endsWith("”")) {
            String inner = label.substring(0, label.length() - 1);
            return inner.endsWith("?") || inner.endsWith("!") ? label : inner + ",”";
        }
        return label + ",";
    }

    /** How "Cited in" names a page: {@code Part 3, “Title”}, {@code Sidebar, “Title”}, {@code Introduction}. */
    private String pageLabel(Page page) {
        return switch (page.type()) {
            case HOME -> "Introduction";
            case SECTION -> "Part " + (essay.sections().indexOf(page) + 1) + ", “" + page.title() + "”";
            case SIDEBAR -> "Sidebar, “" + page.title() + "”";
            case GLOSSARY -> "Glossary, “" + page.title() + "”";
            case PAGE -> "“" + page.title() + "”";
        };
    }
}
