package org.glossa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glossa.TestEssays;
import org.glossa.diag.Diagnostics;
import org.glossa.model.Essay;
import org.glossa.model.EssayMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SiteFilesTest {
    @TempDir
    Path dir;

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<String> texts(Document doc, String ns, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void oneFeedEntryPerDeclaredRevisionNewestFirst() throws Exception {
        Map<String, String> files = TestEssays.minimal();
        files.put(
                "content/index.md",
                files.get("content/index.md")
                        .replace(
                                "revisions: [{date: 2024-01-15, summary: \"First publication.\"}, {date: 2024-03-02, summary: \"Corrected a date.\"}]",
                                "revisions: [{date: 2024-03-02, summary: \"Corrected <b>one</b> date & a name.\", pages: [essay/01-one.md]}, "
                                        + "{date: 2024-01-15, summary: \"First publication.\"}, {date: 2024-03-02, summary: \"Second fix.\"}]"));
        Essay essay = TestEssays.load(TestEssays.write(dir.resolve("e"), files), new Diagnostics());
        EssayMetadata meta = EssayMetadata.of(essay, Map.of());
        Path site = Files.createDirectories(dir.resolve("site"));
        SiteFiles.write(essay, meta, site);

        Document feed = parse(Files.readString(site.resolve("feed.xml")));
        String atom = "http://www.w3.org/2005/Atom";
        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals(atom, root.getNamespaceURI());
        assertEquals(3, feed.getElementsByTagNameNS(atom, "entry").getLength());
        assertEquals(
                List.of("A Small Essay", "Second fix.", "Corrected <b>one</b> date & a name.", "First publication."),
                texts(feed, atom, "title"));
        assertEquals(
                List.of(
                        "https://example.org/small/",
                        "tag:example.org,2024-03-02:/small/revisions/2",
                        "tag:example.org,2024-03-02:/small/revisions/1",
                        "tag:example.org,2024-01-15:/small/revisions/1"),
                texts(feed, atom, "id"));
        assertEquals("2024-03-02T00:00:00Z", texts(feed, atom, "updated").get(0));
        assertEquals(List.of("Jane Smith"), texts(feed, atom, "name"));
        Element touched = (Element) feed.getElementsByTagNameNS(atom, "entry").item(1);
        Element related = (Element) touched.getElementsByTagNameNS(atom, "link").item(1);
        assertEquals("related", related.getAttribute("rel"));
        assertEquals("https://example.org/small/essay/one.html", related.getAttribute("href"));
    }

    @Test
    void sitemapListsEveryPageButTheNotFoundPageAndRobotsPointsToIt() throws Exception {
        Essay essay = TestEssays.load(TestEssays.write(dir.resolve("e"), TestEssays.minimal()), new Diagnostics());
        EssayMetadata meta = EssayMetadata.of(essay, Map.of());
        Path site = Files.createDirectories(dir.resolve("site"));
        SiteFiles.write(essay, meta, site);

        Document sitemap = parse(Files.readString(site.resolve("sitemap.xml")));
        String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        assertEquals(
                List.of(
                        "https://example.org/small/",
                        "https://example.org/small/essay/one.html",
                        "https://example.org/small/glossary/term.html",
                        "https://example.org/small/pages/cite.html",
                        "https://example.org/small/glossary/",
                        "https://example.org/small/sources.html",
                        "https://example.org/small/credits.html"),
                texts(sitemap, ns, "loc"));
        assertEquals(
                List.of("2024-03-02"),
                texts(sitemap, ns, "lastmod").stream().distinct().toList());
        assertEquals(
                "User-agent: *\nAllow: /\n\nSitemap: https://example.org/small/sitemap.xml\n",
                Files.readString(site.resolve("robots.txt")));
    }

    @Test
    void anEssayWithoutRevisionsHasNoFeedAndDatesFromSourceDateEpoch() throws Exception {
        Map<String, String> files = TestEssays.minimal();
        files.put("content/index.md", files.get("content/index.md").replaceAll("(?m)^revisions:.*\\n", ""));
        Essay essay = TestEssays.load(TestEssays.write(dir.resolve("e"), files), new Diagnostics());
        EssayMetadata meta = EssayMetadata.of(essay, Map.of("SOURCE_DATE_EPOCH", "1700000000"));
        assertEquals("2023-11-14", meta.published());
        assertEquals("2023-11-14", meta.modified());
        Path site = Files.createDirectories(dir.resolve("site"));
        SiteFiles.write(essay, meta, site);
        assertFalse(Files.exists(site.resolve("feed.xml")));
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("<lastmod>2023-11-14</lastmod>"));
    }

    @Test
    void entryIdsDependOnlyOnDateAndRankWithinTheDay() {
        assertEquals(
                "tag:example.org,2024-03-02:/revisions/2",
                SiteFiles.entryId("https://example.org/", LocalDate.of(2024, 3, 2), 2));
    }
}
