package org.glossa.site;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossa.model.Essay;
import org.glossa.model.EssayMetadata;
import org.glossa.model.GeneratedFiles;
import org.glossa.model.Page;
import org.glossa.model.RevisionsResolver;

/**
 * The files hosts, crawlers and feed readers fetch, written from the model in Java (they are
 * XML or plain text, not HTML): {@code feed.xml}, {@code sitemap.xml} and {@code robots.txt}.
 *
 * <p>The Atom feed has one entry per revision declared in the home page's {@code revisions},
 * never one per build. An essay that declares no revision has nothing to announce: it gets no
 * feed, and its pages no feed link.
 */
public final class SiteFiles {
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    private SiteFiles() {}

    public static void write(Essay essay, EssayMetadata meta, Path site) throws IOException {
        List<String> urls = pageUrls(essay);
        Files.writeString(site.resolve(SITEMAP), sitemap(meta, urls), StandardCharsets.UTF_8);
        Files.writeString(site.resolve(ROBOTS), robots(meta), StandardCharsets.UTF_8);
        if (!meta.revisions().isEmpty()) {
            Files.writeString(site.resolve(FEED), feed(meta), StandardCharsets.UTF_8);
        }
    }

    /** Every page a reader may land on, in reading order: the 404 page is not one. */
    static List<String> pageUrls(Essay essay) {
        List<String> urls = new ArrayList<>();
        for (Page p : essay.allPages()) {
            urls.add(p.url());
        }
        if (!essay.glossary().isEmpty()) {
            urls.add(GeneratedFiles.GLOSSARY_INDEX);
        }
        urls.add(GeneratedFiles.SOURCES_PAGE);
        urls.add(GeneratedFiles.CREDITS);
        return urls;
    }

    static String sitemap(EssayMetadata meta, List<String> urls) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls) {
            sb.append("  <url><loc>")
                    .append(xml(PageMetadata.canonical(meta.url(), url)))
                    .append("</loc>");
            // Revisions are declared for the essay as a whole: its last one dates every page.
            if (!meta.modified().isEmpty()) {
                sb.append("<lastmod>").append(meta.modified()).append("</lastmod>");
            }
            sb.append("</url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    static String robots(EssayMetadata meta) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + meta.url() + SITEMAP + "\n";
    }

    static String feed(EssayMetadata meta) {
        List<RevisionsResolver.Revision> revisions = meta.revisions();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
        if (!meta.language().isEmpty()) {
            sb.append(" xml:lang=\"").append(xml(meta.language())).append('"');
        }
        sb.append(">\n");
        element(sb, "  ", "title", meta.title());
        element(sb, "  ", "subtitle", "Updates and corrections to " + meta.fullTitle());
        element(sb, "  ", "id", meta.url());
        sb.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(xml(meta.url() + FEED))
                .append("\"/>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(xml(meta.url()))
                .append("\"/>\n");
        element(
                sb,
                "  ",
                "updated",
                timestamp(revisions.get(revisions.size() - 1).date()));
        for (String a : meta.authors()) {
            sb.append("  <author><name>")
                    .append(xml(PageMetadata.displayName(a)))
                    .append("</name></author>\n");
        }
        if (!meta.licence().isEmpty()) {
            element(sb, "  ", "rights", meta.licence());
        }
        element(sb, "  ", "generator", "Glossa");
        // Newest first; an entry's id depends only on its date and its place among that day's revisions.
        Map<LocalDate, Integer> perDay = new HashMap<>();
        List<String> entries = new ArrayList<>();
        for (RevisionsResolver.Revision r : revisions) {
            int n = perDay.merge(r.date(), 1, Integer::sum);
            StringBuilder e = new StringBuilder("  <entry>\n");
            element(e, "    ", "title", r.summary());
            element(e, "    ", "id", entryId(meta.url(), r.date(), n));
            e.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(xml(meta.url()))
                    .append("\"/>\n");
            for (Page p : r.pages()) { // the pages the revision touched
                e.append("    <link rel=\"related\" type=\"text/html\" href=\"")
                        .append(xml(PageMetadata.canonical(meta.url(), p.url())))
                        .append("\" title=\"")
                        .append(xml(p.title()))
                        .append("\"/>\n");
            }
            element(e, "    ", "published", timestamp(r.date()));
            element(e, "    ", "updated", timestamp(r.date()));
            element(e, "    ", "summary", r.summary());
            e.append("  </entry>\n");
            entries.add(0, e.toString());
        }
        entries.forEach(sb::append);
        return sb.append("</feed>\n").toString();
    }

    /** A tag URI (RFC 4151): stable across builds and hosts' URL changes of the path. */
    static String entryId(String siteUrl, LocalDate date, int nthOfDay) {
        URI uri = URI.create(siteUrl);
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return "tag:" + uri.getHost() + "," + date + ":" + path + "revisions/" + nthOfDay;
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static void element(StringBuilder sb, String indent, String name, String text) {
        sb.append(indent)
                .append('<')
                .append(name)
                .append('>')
                .append(xml(text))
                .append("</")
                .append(name)
                .append(">\n");
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters, even escaped.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
