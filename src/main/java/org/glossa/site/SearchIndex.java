package org.glossa.site;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.glossa.markdown.PlainText;
import org.glossa.model.Essay;
import org.glossa.model.GeneratedFiles;
import org.glossa.model.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The reader's search: {@code search-index.json}, written from the resolved essay (sections and
 * sidebars split at their headings, glossary entries with their aliases, pages, sources), and the
 * lunr library that ranks it in the browser, copied from its WebJar with its licence. The page's
 * script loads both only when the reader opens search.
 */
public final class SearchIndex {
    public static final String FILE = "search-index.json";
    static final String LIBRARY = "js/lunr.min.js";
    static final String LIBRARY_LICENCE = "js/lunr.LICENSE.txt";
    private static final String WEBJAR = "META-INF/resources/webjars/lunr/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/lunr/pom.properties";

    /** Markup that is not the page's running text: note numbers, copies, anchors. */
    private static final String NOT_TEXT = ".noteref, .endnotes, .term-defs, .sidebar-box, .heading-anchor, .sidenote";

    /** One search result: a heading, a glossary entry or a source, with the text it covers. */
    record Entry(String url, String title, String page, String kind, List<String> aliases, String text) {}

    private SearchIndex() {}

    /** Writes the index and the library into the site; runs after the pages are written. */
    public static void write(Essay essay, Path site) throws IOException {
        start(essay, site).write();
    }

    /**
     * Copies the library and reads the sources page, now; the index itself is written by {@link
     * Pending#write()}, which reads nothing else from the site, so it may run on another thread
     * while the written pages are checked and rewritten.
     */
    public static Pending start(Essay essay, Path site) throws IOException {
        copyLibrary(site);
        Path sourcesPage = site.resolve(GeneratedFiles.SOURCES_PAGE);
        String sources = Files.isRegularFile(sourcesPage) ? Files.readString(sourcesPage, StandardCharsets.UTF_8) : "";
        return new Pending(essay, site, sources);
    }

    /** An index to write: the essay's pages, and the sources page as it was read. */
    public static final class Pending {
        private final Essay essay;
        private final Path site;
        private final String sourcesPage;

        private Pending(Essay essay, Path site, String sourcesPage) {
            this.essay = essay;
            this.site = site;
            this.sourcesPage = sourcesPage;
        }

        /** @return the index file */
        public Path write() throws IOException {
            List<Entry> entries = pageEntries(essay);
            sources(sourcesPage, entries);
            Path file = site.resolve(FILE);
            // Streamed: for a large essay the index is tens of megabytes.
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new Gson().toJson(Map.of("docs", entries), out);
            }
            return file;
        }
    }

    static List<Entry> entries(Essay essay, Path site) throws IOException {
        List<Entry> entries = pageEntries(essay);
        sources(site.resolve(GeneratedFiles.SOURCES_PAGE), entries);
        return entries;
    }

    private static List<Entry> pageEntries(Essay essay) {
        List<Function<Page, List<Entry>>> kinds = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        if (essay.home() != null) {
            pages.add(essay.home());
            kinds.add(p -> byHeading(p, "Home"));
        }
        for (int i = 0; i < essay.sections().size(); i++) {
            String kind = "Part " + (i + 1);
            pages.add(essay.sections().get(i));
            kinds.add(p -> byHeading(p, kind));
        }
        for (Page p : essay.sidebars()) {
            pages.add(p);
            kinds.add(page -> byHeading(page, "Sidebar"));
        }
        for (Page p : essay.glossary()) {
            pages.add(p);
            kinds.add(page -> List.of(new Entry(
                    page.url(),
                    page.title(),
                    "",
                    "Glossary",
                    page.stringList("aliases"),
                    (page.summary() + " " + text(body(page))).strip())));
        }
        for (Page p : essay.pages()) {
            pages.add(p);
            kinds.add(page -> byHeading(page, "Page"));
        }
        // One thread: the build writes the index beside the output check, which keeps every core
        // busy (a parallel stream here only made this thread spin while it waited for a core).
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            entries.addAll(kinds.get(i).apply(pages.get(i)));
        }
        return entries;
    }

    /** A page cut at its {@code ##} and {@code ###} headings: one entry per part, linking to the heading. */
    private static List<Entry> byHeading(Page page, String kind) {
        List<Entry> entries = new ArrayList<>();
        Element body = body(page);
        String url = page.url();
        String title = page.title();
        StringBuilder text = new StringBuilder(page.summary());
        for (Element child : body.children()) {
            boolean heading =
                    (child.nameIs("h2") || child.nameIs("h3")) && !child.id().isEmpty();
            if (heading) {
                add(entries, url, title, page.title(), kind, text);
                url = page.url() + "#" + child.id();
                title = child.text().strip();
                text.setLength(0);
            } else {
                text.append(' ').append(child.text());
            }
        }
        add(entries, url, title, page.title(), kind, text);
        return entries;
    }

    private static void add(
            List<Entry> entries, String url, String title, String page, String kind, CharSequence text) {
        String t = PlainText.collapseWhitespace(text).strip();
        if (!t.isEmpty() || url.contains("#")) {
            entries.add(new Entry(url, title, page, kind, List.of(), t));
        }
    }

    private static Element body(Page page) {
        Element body = Jsoup.parseBodyFragment(page.html()).body();
        body.select(NOT_TEXT).remove();
        return body;
    }

    private static String text(Element e) {
        return PlainText.collapseWhitespace(e.text()).strip();
    }

    /** Sources as the reader sees them on the sources page: each {@code li#src-KEY} entry. */
    static void sources(Path sourcesPage, List<Entry> entries) throws IOException {
        if (Files.isRegularFile(sourcesPage)) {
            sources(Files.readString(sourcesPage, StandardCharsets.UTF_8), entries);
        }
    }

    private static void sources(String sourcesPage, List<Entry> entries) {
        if (sourcesPage.isEmpty()) {
            return;
        }
        Document doc = Jsoup.parse(sourcesPage);
        for (Element li : doc.select("li[id^=src-]")) {
            Element entry = li.selectFirst(".bib-entry");
            String title = text(entry != null ? entry : li);
            Element annotation = li.selectFirst(".bib-annotation");
            String text = annotation != null ? text(annotation) : "";
            entries.add(new Entry(
                    GeneratedFiles.SOURCES_PAGE + "#" + li.id(), title, "Sources", "Source", List.of(), text));
        }
    }

    private static void copyLibrary(Path site) throws IOException {
        String version = webjarVersion();
        Files.createDirectories(site.resolve("js"));
        copy(WEBJAR + version + "/lunr.min.js", site.resolve(LIBRARY));
        copy(WEBJAR + version + "/LICENSE", site.resolve(LIBRARY_LICENCE));
    }

    private static String webjarVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource(WEBJAR_POM)) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = resource(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the search library is missing from Glossa's class path: " + name);
        }
        return in;
    }
}
