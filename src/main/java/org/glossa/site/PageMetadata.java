package org.glossa.site;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.cite.CitationCache;
import org.glossa.model.CitedWork;
import org.glossa.model.Essay;
import org.glossa.model.EssayMetadata;
import org.glossa.model.GeneratedFiles;
import org.glossa.model.Page;
import org.glossa.model.PageType;
import org.jsoup.nodes.Entities;

/**
 * What a page's {@code <head>} tells search engines, social sites and reference managers, as
 * templates see it under {@code content.glossa.meta}: title, description, canonical URL, Open
 * Graph and Twitter tags, Highwire Press and Dublin Core tags on the essay's own pages (home and
 * sections), and JSON-LD. Also the "Cite this essay" block ({@code content.glossa.cite}).
 *
 * <p>The JSON-LD is built here with Gson, whose default escaping turns {@code <} into
 * {@code \u003c}, so it is safe to emit with {@code ?no_esc} inside
 * {@code <script type="application/ld+json">}.
 */
final class PageMetadata {
    private static final Gson GSON = new GsonBuilder().create();
    static final int DESCRIPTION_LENGTH = 200;

    private final Essay essay;
    private final EssayMetadata essayMeta;
    private final String host;
    private final String essayId;
    /** The essay's own entry, made for the first page that shows it (pages are modelled on several threads). */
    private String chicago;

    private synchronized String chicago() {
        if (chicago == null) {
            chicago = CitationFiles.chicago(essayMeta, CitationCache.forEssay(essay.root()));
        }
        return chicago;
    }

    PageMetadata(Essay essay, EssayMetadata essayMeta) {
        this.essay = essay;
        this.essayMeta = essayMeta;
        this.host = essay.config().host();
        this.essayId = host + "#essay";
    }

    /** The public URL of a site-relative page URL; a folder's {@code index.html} is the folder. */
    static String canonical(String host, String url) {
        if (url.equals("index.html")) {
            return host;
        }
        return host + (url.endsWith("/index.html") ? url.substring(0, url.length() - "index.html".length()) : url);
    }

    /** Adds {@code meta}, and {@code cite} where it applies, to a Markdown page's model. */
    void addTo(Page page, Map<String, Object> model) {
        boolean essayPage = page.type() == PageType.HOME || page.type() == PageType.SECTION;
        String title = page.type() == PageType.HOME
                ? page.title()
                : page.title() + " · " + essay.config().title();
        Head head = new Head(title, page.summary(), canonical(host, page.url()), page.root());
        head.openGraph(essayPage ? "article" : "website", page.title());
        if (essayPage) {
            head.scholarly(page);
        }
        head.jsonLd = switch (page.type()) {
            case HOME -> essayArticle(page);
            case SECTION -> sectionArticle(page);
            case GLOSSARY -> definedTerm(page);
            default -> webPage(page.title(), page.summary(), head.canonical);
        };
        model.put("meta", head.toMap());
        boolean citeBlock = page.type() == PageType.HOME
                || (page.type() == PageType.PAGE && Boolean.TRUE.equals(frontMatterFlag(page, "cite")));
        model.put("cite", citeBlock ? citeBlock(page.root()) : null);
    }

    /** Adds {@code meta} to the model of a page no Markdown file produces (sources page, 404 page). */
    void addToGenerated(String url, String title, String summary, String root, Map<String, Object> model) {
        if (url.equals(GeneratedFiles.NOT_FOUND)) {
            // Served at any address: no canonical URL, and kept out of search results.
            Head head = new Head(title + " · " + essay.config().title(), summary, "", root);
            head.robots = "noindex";
            model.put("meta", head.toMap());
            return;
        }
        Head head = new Head(title + " · " + essay.config().title(), summary, canonical(host, url), root);
        head.openGraph("website", title);
        head.jsonLd = webPage(title, summary, head.canonical);
        model.put("meta", head.toMap());
    }

    /** Adds {@code meta} to the glossary index: a {@code DefinedTermSet} of every entry. */
    void addToGlossaryIndex(String title, String summary, String root, Map<String, Object> model) {
        Head head = new Head(
                title + " · " + essay.config().title(), summary, canonical(host, GeneratedFiles.GLOSSARY_INDEX), root);
        head.openGraph("website", title);
        Map<String, Object> set = node("DefinedTermSet");
        set.put("@id", head.canonical);
        set.put("name", title + " · " + essay.config().title());
        set.put("description", summary);
        set.put("url", head.canonical);
        set.put("inLanguage", essayMeta.language());
        List<Object> terms = new ArrayList<>();
        for (Page p : essay.glossary()) {
            Map<String, Object> term = termNode(p);
            term.remove("@context");
            terms.add(term);
        }
        set.put("hasDefinedTerm", terms);
        head.jsonLd = json(set);
        model.put("meta", head.toMap());
    }

    // ---- JSON-LD --------------------------------------------------------------------------

    private String essayArticle(Page home) {
        Map<String, Object> a = articleBase(essayId, essayMeta.title(), home.summary(), host);
        if (!essayMeta.subtitle().isEmpty()) {
            a.put("alternativeHeadline", essayMeta.subtitle());
        }
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < essay.sections().size(); i++) {
            Page s = essay.sections().get(i);
            Map<String, Object> part = node("Article");
            part.remove("@context");
            part.put("@id", canonical(host, s.url()) + "#article");
            part.put("headline", s.title());
            part.put("url", canonical(host, s.url()));
            part.put("position", i + 1);
            parts.add(part);
        }
        if (!parts.isEmpty()) {
            a.put("hasPart", parts);
        }
        a.put("citation", citations(essay.citedWorksOfEssay()));
        return json(a);
    }

    private String sectionArticle(Page section) {
        String url = canonical(host, section.url());
        Map<String, Object> a = articleBase(url + "#article", section.title(), section.summary(), url);
        a.put("position", essay.sections().indexOf(section) + 1);
        Map<String, Object> whole = node("Article");
        whole.remove("@context");
        whole.put("@id", essayId);
        whole.put("headline", essayMeta.title());
        whole.put("url", host);
        a.put("isPartOf", whole);
        a.put("citation", citations(essay.citedWorks(section)));
        return json(a);
    }

    private Map<String, Object> articleBase(String id, String headline, String description, String url) {
        Map<String, Object> a = node("Article");
        a.put("@id", id);
        a.put("headline", headline);
        a.put("name", headline);
        if (!description.isBlank()) {
            a.put("description", collapse(description));
        }
        a.put("url", url);
        a.put("mainEntityOfPage", url);
        a.put("inLanguage", essayMeta.language());
        a.put("author", authors());
        if (!essayMeta.published().isEmpty()) {
            a.put("datePublished", essayMeta.published());
            a.put("dateModified", essayMeta.modified());
        }
        if (!essayMeta.licenceUrl().isEmpty()) {
            a.put("license", essayMeta.licenceUrl());
        }
        a.put("isAccessibleForFree", true);
        return a;
    }

    private List<Object> authors() {
        List<Object> people = new ArrayList<>();
        for (String name : essayMeta.authors()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("@type", "Person");
            p.put("name", displayName(name));
            people.add(p);
        }
        return people;
    }

    private static List<Object> citations(List<CitedWork> works) {
        List<Object> list = new ArrayList<>();
        for (CitedWork w : works) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("@type", "CreativeWork");
            c.put("name", w.title());
            if (!w.authors().isEmpty()) {
                c.put(
                        "author",
                        w.authors().stream()
                                .map(a -> obj("@type", "Person", "name", displayName(a)))
                                .toList());
            }
            putIfPresent(c, "datePublished", w.issued());
            if (!w.containerTitle().isEmpty()) {
                c.put("isPartOf", obj("@type", "CreativeWork", "name", w.containerTitle()));
            }
            putIfPresent(c, "url", w.url());
            list.add(c);
        }
        return list;
    }

    private String definedTerm(Page entry) {
        return json(termNode(entry));
    }

    private Map<String, Object> termNode(Page entry) {
        String url = canonical(host, entry.url());
        Map<String, Object> t = node("DefinedTerm");
        t.put("@id", url);
        t.put("name", entry.title());
        List<String> aliases = entry.stringList("aliases");
        if (!aliases.isEmpty()) {
            t.put("alternateName", aliases);
        }
        t.put("description", collapse(entry.summary()));
        t.put("url", url);
        String setUrl = canonical(host, GeneratedFiles.GLOSSARY_INDEX);
        t.put("inDefinedTermSet", obj("@type", "DefinedTermSet", "@id", setUrl, "url", setUrl));
        return t;
    }

    private String webPage(String title, String summary, String url) {
        Map<String, Object> w = node("WebPage");
        w.put("@id", url);
        w.put("name", title);
        if (!summary.isBlank()) {
            w.put("description", collapse(summary));
        }
        w.put("url", url);
        w.put("inLanguage", essayMeta.language());
        w.put("isPartOf", obj("@type", "WebSite", "name", essay.config().title(), "url", host));
        return json(w);
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("@context", "https://schema.org");
        n.put("@type", type);
        return n;
    }

    /** A JSON object whose keys keep their order ({@code Map.of} iterates in a random order per JVM). */
    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static String json(Object value) {
        return GSON.toJson(value);
    }

    // ---- the citation block and revisions ---------------------------------------------------

    /** The "Cite this essay" block: the Chicago citation and the downloads. */
    Map<String, Object> citeBlock(String root) {
        String chicago = chicago();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("text", chicago);
        c.put("html", linkUrl(chicago, essayMeta.url()));
        c.put("url", essayMeta.url());
        c.put("published", essayMeta.published());
        c.put("modified", essayMeta.modified().equals(essayMeta.published()) ? "" : essayMeta.modified());
        c.put(
                "modifiedText",
                essayMeta.modified().isEmpty() || essayMeta.modified().equals(essayMeta.published())
                        ? ""
                        : longDate(LocalDate.parse(essayMeta.modified())));
        c.put("files", CitationFiles.downloads(root));
        return c;
    }

    private String longDate(LocalDate date) {
        Locale locale = essayMeta.language().isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(essayMeta.language());
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** Plain text to HTML, with the essay's URL made a link (engine-produced HTML: safe for {@code ?no_esc}). */
    static String linkUrl(String text, String url) {
        int at = url.isEmpty() ? -1 : text.lastIndexOf(url);
        if (at < 0) {
            return Entities.escape(text);
        }
        return Entities.escape(text.substring(0, at)) + "<a href=\"" + Entities.escape(url) + "\">"
                + Entities.escape(url) + "</a>" + Entities.escape(text.substring(at + url.length()));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Object frontMatterFlag(Page page, String key) {
        var field = page.frontMatter().field(key);
        return field == null ? null : field.value();
    }

    /** {@code Family, Given} as readers write it: {@code Given Family}. */
    static String displayName(String name) {
        if (CitationFiles.isPerson(name)) {
            int comma = name.indexOf(',');
            return name.substring(comma + 1).strip() + " "
                    + name.substring(0, comma).strip();
        }
        return name;
    }

    /**
     * Whole sentences up to {@link #DESCRIPTION_LENGTH} characters; a first sentence longer than
     * that is cut at a word and marked with an ellipsis.
     */
    static String shorten(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int end = 0;
        for (int b = sentences.next(); b != BreakIterator.DONE && b <= DESCRIPTION_LENGTH; b = sentences.next()) {
            end = b;
        }
        if (end > 0) {
            return text.substring(0, end).strip();
        }
        int space = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, space > 0 ? space : DESCRIPTION_LENGTH - 1).strip() + "\u2026";
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }

    private static String highwireDate(String isoDate) {
        return isoDate.replace('-', '/');
    }

    /** One page's head, built up and then handed to the template as plain maps and lists. */
    private final class Head {
        final String title;
        /** The page's summary (the home page's abstract) in full, for Dublin Core. */
        final String abstractText;
        /** At most about {@link #DESCRIPTION_LENGTH} characters, as search results and link previews show. */
        final String description;

        final String canonical;
        final String root;
        String robots = "";
        String jsonLd = "";
        final List<Map<String, Object>> links = new ArrayList<>();
        final List<Map<String, Object>> tags = new ArrayList<>();

        Head(String title, String description, String canonical, String root) {
            this.title = title;
            this.abstractText = collapse(description);
            this.description = shorten(abstractText);
            this.canonical = canonical;
            this.root = root;
            if (!canonical.isEmpty()) {
                link("canonical", canonical, "", "");
            }
            if (!essayMeta.revisions().isEmpty()) {
                link(
                        "alternate",
                        root + SiteFiles.FEED,
                        "application/atom+xml",
                        essay.config().title() + ": updates and corrections");
            }
            if (!essayMeta.licenceUrl().isEmpty()) {
                link("license", essayMeta.licenceUrl(), "", "");
            }
            for (String a : essayMeta.authors()) {
                name("author", displayName(a));
            }
        }

        void openGraph(String type, String pageTitle) {
            property("og:type", type);
            property("og:title", pageTitle);
            property("og:description", description);
            property("og:url", canonical);
            property("og:site_name", essay.config().title());
            String locale = ogLocale(essayMeta.language());
            if (!locale.isEmpty()) {
                property("og:locale", locale);
            }
            if (type.equals("article") && !essayMeta.published().isEmpty()) {
                property("article:published_time", essayMeta.published());
                property("article:modified_time", essayMeta.modified());
            }
            name("twitter:card", "summary");
            name("twitter:title", pageTitle);
            name("twitter:description", description);
        }

        /** Highwire Press ({@code citation_*}) and Dublin Core tags: the essay's home page and its sections. */
        void scholarly(Page page) {
            boolean home = page.type() == PageType.HOME;
            List<CitedWork> works = home ? essay.citedWorksOfEssay() : essay.citedWorks(page);
            name("citation_title", home ? essayMeta.fullTitle() : page.title());
            if (!home) {
                name("citation_inbook_title", essayMeta.fullTitle());
            }
            for (String a : essayMeta.authors()) {
                name("citation_author", a);
            }
            if (!essayMeta.published().isEmpty()) {
                name("citation_publication_date", highwireDate(essayMeta.published()));
                name("citation_online_date", highwireDate(essayMeta.modified()));
            }
            name("citation_public_url", canonical);
            name("citation_language", essayMeta.language());
            for (CitedWork w : works) {
                name("citation_reference", highwireReference(w));
            }

            link("schema.DCTERMS", "http://purl.org/dc/terms/", "", "");
            name("DCTERMS.title", home ? essayMeta.fullTitle() : page.title());
            for (String a : essayMeta.authors()) {
                name("DCTERMS.creator", a);
            }
            if (!abstractText.isEmpty()) {
                name("DCTERMS.abstract", abstractText);
            }
            if (!essayMeta.published().isEmpty()) {
                name("DCTERMS.issued", essayMeta.published());
                name("DCTERMS.modified", essayMeta.modified());
            }
            name("DCTERMS.identifier", canonical);
            name("DCTERMS.language", essayMeta.language());
            name("DCTERMS.type", "Text");
            name("DCTERMS.format", "text/html");
            if (!home) {
                name("DCTERMS.isPartOf", host);
            }
            if (!essayMeta.licence().isEmpty()) {
                name("DCTERMS.rights", essayMeta.licence());
            }
            if (!essayMeta.licenceUrl().isEmpty()) {
                name("DCTERMS.license", essayMeta.licenceUrl());
            }
        }

        private void name(String name, String content) {
            if (content != null && !content.isBlank()) {
                tags.add(Map.of("property", false, "name", name, "content", content));
            }
        }

        private void property(String name, String content) {
            if (content != null && !content.isBlank()) {
                tags.add(Map.of("property", true, "name", name, "content", content));
            }
        }

        private void link(String rel, String href, String type, String linkTitle) {
            links.add(Map.of("rel", rel, "href", href, "type", type, "title", linkTitle));
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", title);
            m.put("description", description);
            m.put("canonical", canonical);
            m.put("robots", robots);
            m.put("links", links);
            m.put("tags", tags);
            m.put("jsonLd", jsonLd);
            return m;
        }
    }

    /** Google Scholar's form: {@code citation_title=…; citation_author=…; …}. */
    static String highwireReference(CitedWork w) {
        List<String> parts = new ArrayList<>();
        addPart(parts, "citation_title", w.title());
        for (String a : w.authors()) {
            addPart(parts, "citation_author", a);
        }
        addPart(parts, "citation_publication_date", w.issued().replace('-', '/'));
        addPart(parts, "citation_journal_title", w.containerTitle());
        addPart(parts, "citation_public_url", w.url());
        return String.join("; ", parts);
    }

    private static void addPart(List<String> parts, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(key + "=" + value.replace(';', ',').strip());
        }
    }

    /** Open Graph wants {@code ll_TT}: only a tag with a region says which. */
    private static String ogLocale(String language) {
        Locale l = Locale.forLanguageTag(language);
        return l.getCountry().isEmpty() ? "" : l.getLanguage() + "_" + l.getCountry();
    }
}
