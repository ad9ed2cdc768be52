package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.diag.SourceLocation;
import org.glossa.html.OutputCheck;
import org.glossa.markdown.FrontMatter;
import org.glossa.markdown.FrontMatterParser;
import org.glossa.model.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real essay as {@code mvn package} built it into {@code target/site}: every connection
 * between sections, glossary, sidebar and navigation, read from the HTML a reader receives.
 */
class ConnectedSiteIT {
    static Path site;
    static Path root;
    static final Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void readSite() throws IOException {
        site = Path.of(System.getProperty("glossa.site", "target/site")).toAbsolutePath();
        root = Path.of(System.getProperty("glossa.root", ".")).toAbsolutePath();
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "run mvn package first: no site in " + site);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(rel(p), Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
    }

    static String rel(Path p) {
        return site.relativize(p).toString().replace('\\', '/');
    }

    /** The site path and fragment a link on page {@code from} leads to. */
    static String[] resolve(String from, String href) {
        URI target = URI.create("x:/" + from).resolve(URI.create(href));
        return new String[] {target.getPath().substring(1), target.getFragment()};
    }

    static Document page(String path) {
        Document doc = pages.get(path);
        assertNotNull(doc, "no page " + path);
        return doc;
    }

    static List<String> entryPages() {
        return pages.keySet().stream()
                .filter(p -> p.startsWith("glossary/") && !p.equals("glossary/index.html"))
                .toList();
    }

    static String slugOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".html".length());
    }

    @Test
    void everyUsedInLinkLandsOnTheTermUseItNames() {
        int links = 0;
        for (String entry : entryPages()) {
            List<Element> uses = page(entry).select("main article section.used-in .used-in-uses a[href]");
            assertFalse(uses.isEmpty(), entry + " lists no use; the strict build should have failed");
            for (Element a : uses) {
                String[] target = resolve(entry, a.attr("href"));
                Element use = page(target[0]).getElementById(target[1]);
                assertNotNull(use, entry + ": " + a.attr("href") + " lands nowhere");
                assertTrue(use.is("main article a.term"), entry + ": " + a.attr("href") + " lands on " + use);
                assertEquals(slugOf(entry), use.attr("data-term"), entry + ": " + a.attr("href"));
                assertEquals(a.selectFirst("strong").text(), use.text(), "the list shows the words of the link");
                links++;
            }
        }
        assertTrue(links > 50, "the essay links its glossary often; found " + links);
    }

    @Test
    void everyTermLinkLeadsToItsEntryAndCarriesItsShortDefinition() {
        Pattern useId = Pattern.compile("use-([a-z0-9-]+)-([0-9]+)");
        for (Map.Entry<String, Document> p : pages.entrySet()) {
            Set<String> terms = new TreeSet<>();
            for (Element a : p.getValue().select("a.term")) {
                String slug = a.attr("data-term");
                Matcher m = useId.matcher(a.id());
                assertTrue(m.matches() && m.group(1).equals(slug), p.getKey() + ": id " + a.id());
                assertEquals("glossary/" + slug + ".html", resolve(p.getKey(), a.attr("href"))[0]);
                terms.add(slug);
            }
            Element defs = p.getValue().selectFirst("main article > div.term-defs[hidden]");
            if (terms.isEmpty()) {
                assertTrue(defs == null, p.getKey() + " has definitions but no term links");
                continue;
            }
            assertNotNull(defs, p.getKey() + " lacks its term definitions");
            assertEquals(defs, defs.parent().lastElementChild(), "the definitions close the article");
            Set<String> defined = new TreeSet<>();
            for (Element def : defs.select("div.term-def")) {
                String slug = def.id().substring("def-".length());
                defined.add(slug);
                Document entry = page("glossary/" + slug + ".html");
                assertEquals(
                        entry.selectFirst("h1").text(),
                        def.selectFirst("p.term-def-title").text());
                assertEquals(
                        entry.selectFirst("header .summary").text(),
                        def.select("p").get(1).text());
                assertEquals(
                        "glossary/" + slug + ".html",
                        resolve(p.getKey(), def.selectFirst("a").attr("href"))[0]);
            }
            assertEquals(terms, defined, p.getKey() + ": one definition per term used");
        }
    }

    /** Sections declaring each sidebar, read from the Markdown: sidebar slug to section pages. */
    static Map<String, Set<String>> declaredSidebars() throws IOException {
        Map<String, Set<String>> declared = new TreeMap<>();
        try (Stream<Path> files = Files.list(root.resolve("content/essay"))) {
            for (Path f :
                    files.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
                FrontMatter fm = FrontMatterParser.parse(SourceFile.read(f, f.toString()), new Diagnostics());
                String url = "essay/"
                        + f.getFileName().toString().replaceFirst("^\\d+-", "").replace(".md", ".html");
                if (fm.field("sidebars") != null && fm.field("sidebars").value() instanceof List<?> names) {
                    for (Object name : names) {
                        declared.computeIfAbsent((String) name, k -> new TreeSet<>())
                                .add(url);
                    }
                }
            }
        }
        return declared;
    }

    @Test
    void everySidebarAppearsBesideTheSectionsThatDeclareItAndNowhereElse() throws IOException {
        Map<String, Set<String>> declared = declaredSidebars();
        assertFalse(declared.isEmpty(), "the essay declares its sidebar in sections 3 and 4");
        Map<String, Set<String>> shown = new TreeMap<>();
        for (Map.Entry<String, Document> p : pages.entrySet()) {
            for (Element aside : p.getValue().select("aside.sidebar-box")) {
                String name = aside.id().substring("sidebar-".length());
                shown.computeIfAbsent(name, k -> new TreeSet<>()).add(p.getKey());
                String title = "Sidebar: "
                        + page("sidebars/" + name + ".html").selectFirst("h1").text();
                Element heading = aside.selectFirst("details[open] > summary > h2");
                assertEquals(title, heading.text());
                assertEquals(aside.attr("aria-labelledby"), heading.id());
                assertTrue(aside.is("main article aside"), "inside the section's article");
                List<String> links = aside.select("a[href]").stream()
                        .map(a -> resolve(p.getKey(), a.attr("href"))[0])
                        .toList();
                assertTrue(links.contains("sidebars/" + name + ".html"), "the box links to the full sidebar");
            }
        }
        assertEquals(declared, shown);
        for (Map.Entry<String, Set<String>> d : declared.entrySet()) {
            String sidebar = "sidebars/" + d.getKey() + ".html";
            Set<String> beside = new TreeSet<>();
            page(sidebar).select(".appears-beside a").forEach(a -> beside.add(resolve(sidebar, a.attr("href"))[0]));
            assertEquals(d.getValue(), beside, sidebar + " lists where it appears");
        }
    }

    @Test
    void theLinkCheckReportsNothingAndNoSourceLocationIsPublished() throws IOException {
        Diagnostics config = new Diagnostics();
        String basePath = SiteConfig.parse(
                        SourceFile.read(root.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME), config)
                .basePath();
        Diagnostics diags = new Diagnostics();
        OutputCheck.check(site, basePath, diags);
        assertEquals("0 errors, 0 warnings\n", diags.report());
        for (Map.Entry<String, Document> p : pages.entrySet()) {
            assertTrue(
                    p.getValue()
                            .select("[" + SourceLocation.HTML_ATTRIBUTE + "]")
                            .isEmpty(),
                    p.getKey());
        }
    }

    @Test
    void theHomePageListsEverySectionWithSummaryAndReadingTime() throws IOException {
        List<String> sections;
        try (Stream<Path> files = Files.list(root.resolve("content/essay"))) {
            sections = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .sorted()
                    .map(n -> "essay/" + n.replaceFirst("^\\d+-", "").replace(".md", ".html"))
                    .toList();
        }
        List<Element> items = page("index.html").select("nav#contents ol.contents-list > li");
        assertEquals(sections.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            Element link = item.selectFirst("a.contents-title");
            assertEquals(sections.get(i), resolve("index.html", link.attr("href"))[0]);
            assertEquals(page(sections.get(i)).selectFirst("h1").text(), link.text());
            assertFalse(item.selectFirst(".contents-summary").text().isBlank());
            assertTrue(item.selectFirst(".contents-meta").text().matches("\\d+ min read"));
        }
        for (int i = 0; i < sections.size(); i++) {
            Document s = page(sections.get(i));
            Element prev = s.selectFirst("nav.pager a[rel=prev]");
            Element next = s.selectFirst("nav.pager a[rel=next]");
            assertEquals(i > 0, prev != null, sections.get(i) + " previous");
            assertEquals(i + 1 < sections.size(), next != null, sections.get(i) + " next");
            if (prev != null) {
                assertEquals(sections.get(i - 1), resolve(sections.get(i), prev.attr("href"))[0]);
            }
            if (next != null) {
                assertEquals(sections.get(i + 1), resolve(sections.get(i), next.attr("href"))[0]);
            }
            int headings = s.select("main article .prose > h2, main article .prose > h3")
                    .size();
            assertEquals(headings >= 3, s.selectFirst("nav.page-toc") != null, sections.get(i) + " table of contents");
        }
    }

    @Test
    void glossarySourcesAndSidebarsAreReachableFromEveryPage() throws IOException {
        Set<String> sidebars = new TreeSet<>();
        declaredSidebars().keySet().forEach(s -> sidebars.add("sidebars/" + s + ".html"));
        String basePath = SiteConfig.parse(
                        SourceFile.read(root.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME), new Diagnostics())
                .basePath();
        for (Map.Entry<String, Document> p : pages.entrySet()) {
            Set<String> reached = new TreeSet<>();
            for (Element a : p.getValue().select("header.site-header a[href]")) {
                String href = a.attr("href");
                reached.add(
                        href.startsWith("/")
                                ? href.substring(basePath.length()).replaceFirst("#.*", "")
                                : resolve(p.getKey(), href)[0]);
            }
            assertTrue(reached.contains("glossary/index.html"), p.getKey() + " reaches the glossary");
            assertTrue(reached.contains("sources.html"), p.getKey() + " reaches the sources");
            assertTrue(reached.containsAll(sidebars), p.getKey() + " reaches the sidebar");
            assertTrue(reached.contains("index.html"), p.getKey() + " reaches the contents");
        }
    }

    @Test
    void theGlossaryIndexListsEveryEntryOnceUnderItsLetterInOrder() {
        Document index = page("glossary/index.html");
        Map<String, Integer> listed = new HashMap<>();
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        for (Element section : index.select("main article > section")) {
            Element h2 = section.selectFirst("h2");
            assertEquals(section.attr("aria-labelledby"), h2.id());
            List<String> terms = new ArrayList<>();
            for (Element dt : section.select("dl.glossary-list > dt")) {
                String target =
                        resolve("glossary/index.html", dt.selectFirst("a").attr("href"))[0];
                listed.merge(target, 1, Integer::sum);
                String term = page(target).selectFirst("h1").text();
                assertEquals(term, dt.text());
                assertEquals(h2.text(), term.substring(0, 1).toUpperCase(Locale.ROOT), term + " under " + h2.text());
                assertFalse(dt.nextElementSibling().text().isBlank(), term + " has its short definition");
                terms.add(term);
            }
            List<String> sorted = new ArrayList<>(terms);
            sorted.sort(collator);
            assertEquals(sorted, terms, "entries under " + h2.text());
        }
        assertEquals(new TreeSet<>(entryPages()), new TreeSet<>(listed.keySet()));
        assertTrue(listed.values().stream().allMatch(n -> n == 1), "each entry once: " + listed);
        for (Element a : index.select("nav.letters a")) {
            assertNotNull(index.getElementById(a.attr("href").substring(1)), a.attr("href"));
        }
        assertEquals(
                index.select("main article > section").size(),
                index.select("nav.letters a").size());
    }

    @Test
    void everyHeadingInTheTextHasAVisibleLinkToItself() {
        for (Map.Entry<String, Document> p : pages.entrySet()) {
            for (Element h : p.getValue().select("main .prose h2[id], main .prose h3[id]")) {
                Element anchor = h.selectFirst("a.heading-anchor");
                assertNotNull(anchor, p.getKey() + " " + h.id());
                assertEquals("#" + h.id(), anchor.attr("href"));
            }
        }
    }
}
