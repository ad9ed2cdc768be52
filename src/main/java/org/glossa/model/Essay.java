package org.glossa.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The whole essay after loading and resolution: every page, in reading order where it has one. */
public final class Essay {
    private final Path root;
    private final SiteConfig config;
    private final Page home;
    private final List<Page> sections;
    private final List<Page> glossary;
    private final List<Page> sidebars;
    private final List<Page> pages;
    private final Map<String, Page> byContentPath;
    private final Map<Page, Integer> sectionNumbers = new IdentityHashMap<>();
    private final Map<String, List<CitedWork>> citedWorks = new ConcurrentHashMap<>();
    private final Map<String, Object> data = new ConcurrentHashMap<>();

    Essay(
            Path root,
            SiteConfig config,
            Page home,
            List<Page> sections,
            List<Page> glossary,
            List<Page> sidebars,
            List<Page> pages,
            Map<String, Page> byContentPath) {
        this.root = root;
        this.config = config;
        this.home = home;
        this.sections = List.copyOf(sections);
        this.glossary = List.copyOf(glossary);
        this.sidebars = List.copyOf(sidebars);
        this.pages = List.copyOf(pages);
        this.byContentPath = Collections.unmodifiableMap(byContentPath);
        for (Page section : this.sections) {
            sectionNumbers.put(section, sectionNumbers.size() + 1);
        }
    }

    /** The essay directory (holding {@code content/}). */
    public Path root() {
        return root;
    }

    public SiteConfig config() {
        return config;
    }

    public Page home() {
        return home;
    }

    /** Sections in reading order. */
    public List<Page> sections() {
        return sections;
    }

    /** A section's place in the reading order, from 1 (a lookup: pages ask it for every link). */
    public int sectionNumber(Page section) {
        Integer n = sectionNumbers.get(section);
        if (n == null) {
            throw new IllegalArgumentException(section + " is not a section of this essay");
        }
        return n;
    }

    /** Glossary entries sorted by term. */
    public List<Page> glossary() {
        return glossary;
    }

    public List<Page> sidebars() {
        return sidebars;
    }

    /** Other pages (about, how to cite), sorted by title. */
    public List<Page> pages() {
        return pages;
    }

    /** Every page, home first, then sections, sidebars, glossary entries and other pages. */
    public List<Page> allPages() {
        java.util.ArrayList<Page> all = new java.util.ArrayList<>();
        if (home != null) {
            all.add(home);
        }
        all.addAll(sections);
        all.addAll(sidebars);
        all.addAll(glossary);
        all.addAll(pages);
        return all;
    }

    public Optional<Page> page(String contentPath) {
        return Optional.ofNullable(byContentPath.get(contentPath));
    }

    /** Facts about the whole essay that resolvers attach (e.g. the sources page), read by the site adapter. */
    public Map<String, Object> data() {
        return data;
    }

    /**
     * The works cited on a page, in order of first citation, each once. Metadata (Highwire
     * {@code citation_reference}, JSON-LD {@code citation}) reads them from here; empty until the
     * citation resolver has recorded them.
     */
    public List<CitedWork> citedWorks(Page page) {
        return citedWorks.getOrDefault(page.contentPath(), List.of());
    }

    /** Called by the citation resolver once per page that cites anything. */
    public void recordCitedWorks(Page page, List<CitedWork> works) {
        citedWorks.put(page.contentPath(), List.copyOf(works));
    }

    /** The works cited in the essay's own text (home page, then sections in order), each once. */
    public List<CitedWork> citedWorksOfEssay() {
        Map<String, CitedWork> byKey = new LinkedHashMap<>();
        List<Page> essayPages = new ArrayList<>();
        if (home != null) {
            essayPages.add(home);
        }
        essayPages.addAll(sections);
        for (Page p : essayPages) {
            for (CitedWork w : citedWorks(p)) {
                byKey.putIfAbsent(w.key(), w);
            }
        }
        return List.copyOf(byKey.values());
    }
}
