package org.glossa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glossa.TestEssays;
import org.glossa.diag.Diagnostics;
import org.glossa.model.Essay;
import org.glossa.model.RevisionsResolver;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * The published site as search engines, feed readers, reference managers and static hosts read
 * it: {@code target/site}, built by {@code mvn package} (failsafe sets {@code glossa.site}).
 */
class PublishingIT {
    private static final Pattern HASHED = Pattern.compile(".*\\.([0-9a-f]{8})\\.[a-z0-9]+");
    private static final Pattern CITED_KEY = Pattern.compile("sources\\.html#src-(.+)$");

    private static Path site;
    private static Path root;
    private static String host;
    private static List<String> pages;

    @BeforeAll
    static void locate() throws IOException {
        site = Path.of(System.getProperty("glossa.site", "target/site"));
        root = Path.of(System.getProperty("glossa.root", "."));
        Properties config = new Properties();
        config.load(new StringReader(Files.readString(root.resolve("site-config.properties"))));
        host = config.getProperty("site.host").strip();
        host = host.endsWith("/") ? host : host + "/";
        List<String> html;
        try (Stream<Path> s = Files.walk(site)) {
            html = s.filter(p -> p.toString().endsWith(".html"))
                    .map(PublishingIT::rel)
                    .sorted()
                    .toList();
        }
        // An old address (a page's aliases) is a redirect, not a page: it has its own small markup.
        List<String> real = new ArrayList<>();
        for (String rel : html) {
            if (page(rel).select("meta[http-equiv=refresh]").isEmpty()) {
                real.add(rel);
            }
        }
        pages = List.copyOf(real);
        assertTrue(pages.contains("index.html"), "run mvn package first: " + site);
    }

    private static String rel(Path p) {
        return site.relativize(p).toString().replace('\\', '/');
    }

    private static Document page(String rel) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(rel), StandardCharsets.UTF_8));
    }

    private static String canonicalOf(String rel) {
        if (rel.equals("index.html")) {
            return host;
        }
        return host + (rel.endsWith("/index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel);
    }

    private static List<String> metaName(Document doc, String name) {
        return doc.select("meta[name=" + name + "]").eachAttr("content");
    }

    private static String metaProperty(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "]");
        return e == null ? null : e.attr("content");
    }

    private static JsonObject jsonLd(Document doc) {
        List<Element> scripts = doc.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), "one JSON-LD block");
        JsonElement json = JsonParser.parseString(scripts.get(0).data());
        return json.getAsJsonObject();
    }

    private static boolean isEssayPage(String rel) {
        return rel.equals("index.html") || rel.startsWith("essay/");
    }

    @Test
    void everyPageHasTitleCanonicalUrlOpenGraphTwitterAndJsonLd() throws IOException {
        for (String rel : pages) {
            if (rel.equals("404.html")) {
                continue;
            }
            Document doc = page(rel);
            String where = rel + ": ";
            assertFalse(doc.title().isBlank(), where + "title");
            List<String> canonical = doc.select("link[rel=canonical]").eachAttr("href");
            assertEquals(List.of(canonicalOf(rel)), canonical, where + "canonical URL");
            assertEquals(canonicalOf(rel), metaProperty(doc, "og:url"), where + "og:url");
            assertNotNull(metaProperty(doc, "og:title"), where + "og:title");
            assertNotNull(metaProperty(doc, "og:type"), where + "og:type");
            assertEquals(List.of("summary"), metaName(doc, "twitter:card"), where + "twitter:card");
            assertEquals(1, metaName(doc, "twitter:title").size(), where + "twitter:title");
            List<String> description = metaName(doc, "description");
            if (rel.startsWith("essay/") || rel.startsWith("glossary/") || rel.equals("index.html")) {
                assertEquals(1, description.size(), where + "description from summary/short");
                assertFalse(description.get(0).isBlank(), where + "description");
                assertEquals(description.get(0), metaProperty(doc, "og:description"), where + "og:description");
                assertEquals(description, metaName(doc, "twitter:description"), where + "twitter:description");
            }
            JsonObject ld = jsonLd(doc);
            assertEquals("https://schema.org", ld.get("@context").getAsString(), where + "@context");
            assertTrue(ld.has("@type"), where + "@type");
            Element icon = doc.selectFirst("link[rel=icon]");
            assertNotNull(icon, where + "favicon");
            assertTrue(icon.attr("href").endsWith(".svg"), where + "favicon is an SVG");
            assertTrue(
                    Files.isRegularFile(site.resolve(rel)
                            .getParent()
                            .resolve(icon.attr("href"))
                            .normalize()),
                    where + "favicon file");
        }
    }

    @Test
    void theEssaysPagesCarryHighwireDublinCoreAndAnArticle() throws IOException {
        Set<String> citedInEssay = new LinkedHashSet<>();
        for (String rel : pages.stream().filter(PublishingIT::isEssayPage).toList()) {
            Document doc = page(rel);
            String where = rel + ": ";
            assertEquals(1, metaName(doc, "citation_title").size(), where + "citation_title");
            assertFalse(metaName(doc, "citation_author").isEmpty(), where + "citation_author");
            assertTrue(
                    metaName(doc, "citation_publication_date").get(0).matches("\\d{4}/\\d{2}/\\d{2}"),
                    where + "citation_publication_date");
            assertEquals(
                    List.of(canonicalOf(rel)), metaName(doc, "citation_public_url"), where + "citation_public_url");
            assertEquals(
                    1,
                    doc.select("link[rel=schema.DCTERMS][href=http://purl.org/dc/terms/]")
                            .size(),
                    where);
            assertFalse(metaName(doc, "DCTERMS.title").isEmpty(), where + "DCTERMS.title");
            assertFalse(metaName(doc, "DCTERMS.creator").isEmpty(), where + "DCTERMS.creator");
            assertTrue(
                    metaName(doc, "DCTERMS.issued").get(0).matches("\\d{4}-\\d{2}-\\d{2}"), where + "DCTERMS.issued");
            assertEquals(List.of(canonicalOf(rel)), metaName(doc, "DCTERMS.identifier"), where + "DCTERMS.identifier");

            JsonObject article = jsonLd(doc);
            assertEquals("Article", article.get("@type").getAsString(), where);
            assertFalse(article.get("headline").getAsString().isBlank(), where + "headline");
            JsonArray authors = article.getAsJsonArray("author");
            assertFalse(authors.isEmpty(), where + "author");
            assertFalse(
                    authors.get(0).getAsJsonObject().get("name").getAsString().isBlank(), where + "author name");
            assertTrue(
                    article.get("datePublished").getAsString().matches("\\d{4}-\\d{2}-\\d{2}"),
                    where + "datePublished");
            assertTrue(
                    article.get("dateModified").getAsString().matches("\\d{4}-\\d{2}-\\d{2}"), where + "dateModified");

            // One citation_reference and one JSON-LD citation per work the page cites (the home page: the whole essay).
            Set<String> cited = citedKeys(doc);
            citedInEssay.addAll(cited);
            int expected = rel.equals("index.html") ? -1 : cited.size();
            if (expected >= 0) {
                assertEquals(
                        expected,
                        metaName(doc, "citation_reference").size(),
                        where + "citation_reference per cited work");
                assertEquals(
                        expected, article.getAsJsonArray("citation").size(), where + "JSON-LD citation per cited work");
            }
        }
        Document home = page("index.html");
        assertEquals(
                citedInEssay.size(), metaName(home, "citation_reference").size(), "home: every work the essay cites");
        assertEquals(
                citedInEssay.size(), jsonLd(home).getAsJsonArray("citation").size());
        assertEquals(
                pages.stream().filter(p -> p.startsWith("essay/")).count(),
                jsonLd(home).getAsJsonArray("hasPart").size(),
                "the essay's Article lists its sections");
    }

    /** The sources a page cites, as its formatted citations link them (HTML contract: sources.html#src-KEY). */
    private static Set<String> citedKeys(Document doc) {
        Set<String> keys = new TreeSet<>();
        for (Element a : doc.select("a.cite[href]")) {
            Matcher m = CITED_KEY.matcher(a.attr("href"));
            if (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    @Test
    void theGlossaryIsADefinedTermSet() throws IOException {
        List<String> entries = pages.stream()
                .filter(p -> p.startsWith("glossary/") && !p.equals("glossary/index.html"))
                .toList();
        JsonObject set = jsonLd(page("glossary/index.html"));
        assertEquals("DefinedTermSet", set.get("@type").getAsString());
        JsonArray terms = set.getAsJsonArray("hasDefinedTerm");
        assertEquals(entries.size(), terms.size());
        Set<String> urls = new TreeSet<>();
        terms.forEach(t -> {
            assertEquals("DefinedTerm", t.getAsJsonObject().get("@type").getAsString());
            urls.add(t.getAsJsonObject().get("url").getAsString());
        });
        assertEquals(
                new TreeSet<>(entries.stream().map(PublishingIT::canonicalOf).toList()), urls);
        for (String entry : entries) {
            JsonObject term = jsonLd(page(entry));
            assertEquals("DefinedTerm", term.get("@type").getAsString(), entry);
            assertFalse(term.get("description").getAsString().isBlank(), entry);
            assertEquals(
                    canonicalOf("glossary/index.html"),
                    term.getAsJsonObject("inDefinedTermSet").get("@id").getAsString(),
                    entry);
        }
    }

    @Test
    void theNotFoundPageIsNotIndexed() throws IOException {
        Document doc = page("404.html");
        assertEquals(List.of("noindex"), metaName(doc, "robots"));
        assertTrue(doc.select("link[rel=canonical]").isEmpty());
    }

    @Test
    void feedHasOneEntryPerDeclaredRevision() throws Exception {
        Essay essay = TestEssays.load(root, new Diagnostics());
        List<RevisionsResolver.Revision> revisions = RevisionsResolver.of(essay);
        assertFalse(revisions.isEmpty(), "the essay declares its revisions");
        org.w3c.dom.Document feed = xml(site.resolve("feed.xml"));
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals(atom, feed.getDocumentElement().getNamespaceURI());
        assertEquals(
                revisions.size(), feed.getElementsByTagNameNS(atom, "entry").getLength());
        assertEquals(host, feed.getElementsByTagNameNS(atom, "id").item(0).getTextContent());
        Element link = page("index.html").selectFirst("link[rel=alternate][type=application/atom+xml]");
        assertNotNull(link, "pages announce the feed");
        assertEquals("feed.xml", link.attr("href"));
    }

    @Test
    void sitemapListsEveryPageAndRobotsPointsToIt() throws Exception {
        org.w3c.dom.Document sitemap = xml(site.resolve("sitemap.xml"));
        var locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            assertTrue(
                    listed.add(locs.item(i).getTextContent()),
                    "listed once: " + locs.item(i).getTextContent());
        }
        Set<String> expected = new TreeSet<>();
        pages.stream().filter(p -> !p.equals("404.html")).forEach(p -> expected.add(canonicalOf(p)));
        assertEquals(expected, listed);
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("\nSitemap: " + host + "sitemap.xml\n"));
    }

    @Test
    void citeThisEssayOnTheHomePageAndOnPagesThatAskForIt() throws IOException {
        for (String rel : List.of("index.html", "pages/cite.html")) {
            Document doc = page(rel);
            Element block = doc.selectFirst("section.cite-essay");
            assertNotNull(block, rel + ": citation block");
            String text = block.selectFirst(".cite-text").text();
            assertTrue(text.contains(jsonLd(page("index.html")).get("headline").getAsString()), rel + ": " + text);
            assertTrue(text.contains(host), rel + ": the essay's address");
            assertTrue(
                    text.matches(".*\\b(January|February|March|April|May|June|July|August|September|October|November"
                            + "|December) \\d{1,2}, \\d{4}\\..*"),
                    rel + ": the date, Chicago style: " + text);
            List<String> downloads = block.select(".cite-downloads a").eachAttr("href");
            assertEquals(3, downloads.size(), rel);
            for (String href : downloads) {
                assertTrue(
                        Files.isRegularFile(
                                site.resolve(rel).getParent().resolve(href).normalize()),
                        rel + ": " + href);
            }
        }
        assertTrue(page("pages/about.html").select("section.cite-essay").isEmpty(), "only where asked for");
    }

    @Test
    void assetsHaveContentHashedNamesThatPagesUse() throws Exception {
        Set<String> referenced = new TreeSet<>();
        for (String rel : pages) {
            Document doc = page(rel);
            List<Element> refs = new ArrayList<>(doc.select("link[rel=stylesheet], link[rel=icon], script[src]"));
            assertFalse(refs.isEmpty(), rel);
            for (Element e : refs) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                Path file = ref.startsWith("/")
                        ? site.resolve(ref.substring(ref.indexOf('/', 0) + 1))
                        : site.resolve(rel).getParent().resolve(ref).normalize();
                Matcher m = HASHED.matcher(file.getFileName().toString());
                assertTrue(m.matches(), rel + ": " + ref + " has a hashed name");
                String sha = HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
                assertEquals(sha.substring(0, 8), m.group(1), rel + ": " + ref + " is named by its content");
                referenced.add(rel(file));
            }
        }
        assertTrue(referenced.stream().anyMatch(r -> r.endsWith(".css"))
                && referenced.stream().anyMatch(r -> r.endsWith(".js")));
    }

    @Test
    void everyTextFileHasAnIdenticalGzipCopy() throws IOException {
        List<Path> texts;
        try (Stream<Path> s = Files.walk(site)) {
            texts = s.filter(p -> p.toString().matches(".*\\.(html|css|js|json|xml|svg|txt|bib|ris)$"))
                    .sorted()
                    .toList();
        }
        assertTrue(texts.size() > 10);
        for (Path text : texts) {
            Path gz = text.resolveSibling(text.getFileName() + ".gz");
            assertTrue(Files.isRegularFile(gz), "missing " + rel(gz));
            byte[] compressed = Files.readAllBytes(gz);
            assertEquals(0, compressed[4] | compressed[5] | compressed[6] | compressed[7], rel(gz) + ": MTIME 0");
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(text), in.readAllBytes()), rel(gz));
            }
        }
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(file))));
    }
}
