package org.glossa.model;

import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glossa.diag.SourceFile;
import org.glossa.markdown.FrontMatter;

/**
 * One Markdown file of the essay and the page it becomes. Loading fills what the file says;
 * resolution adds what other files say about it; rendering adds its HTML.
 */
public final class Page {
    private final PageType type;
    private final SourceFile source;
    private final String contentPath;
    private final String slug;
    private final int number;
    private final FrontMatter frontMatter;
    private Document document;
    private final List<Heading> headings = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private final Map<String, Object> data = new LinkedHashMap<>();
    private String html = "";

    Page(
            PageType type,
            SourceFile source,
            String contentPath,
            String slug,
            int number,
            FrontMatter frontMatter,
            Document document) {
        this.type = type;
        this.source = source;
        this.contentPath = contentPath;
        this.slug = slug;
        this.number = number;
        this.frontMatter = frontMatter;
        this.document = document;
    }

    public PageType type() {
        return type;
    }

    public SourceFile source() {
        return source;
    }

    /** Path under {@code content/}, e.g. {@code essay/03-radio.md}. */
    public String contentPath() {
        return contentPath;
    }

    public String slug() {
        return slug;
    }

    /** The {@code NN} of a section file, 0 for other pages. */
    public int number() {
        return number;
    }

    /** Site-relative URL of the page, e.g. {@code essay/radio.html}. */
    public String url() {
        return switch (type) {
            case HOME -> "index.html";
            default -> type.folder() + "/" + slug + ".html";
        };
    }

    /** From this page's folder back to the site root: {@code ""} or {@code "../"}. */
    public String root() {
        return type == PageType.HOME ? "" : "../";
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    public Document document() {
        if (document == null) {
            throw new IllegalStateException(contentPath + ": the Markdown tree is released once the page is rendered");
        }
        return document;
    }

    /**
     * Drops the Markdown tree (and the text it holds) once the page's HTML is made: for a large
     * essay the trees are most of the memory a build needs.
     */
    void releaseDocument() {
        document = null;
    }

    /** The title readers see: the {@code term} of a glossary entry, else {@code title}. */
    public String title() {
        String t = frontMatter.string(type == PageType.GLOSSARY ? "term" : "title");
        return t == null ? slug : t;
    }

    /** One-sentence description: {@code short} of a glossary entry, else {@code summary}. */
    public String summary() {
        String s = frontMatter.string(type == PageType.GLOSSARY ? "short" : "summary");
        if (s == null && type == PageType.HOME) {
            s = frontMatter.string("abstract");
        }
        return s == null ? "" : s;
    }

    /** The strings of a list-valued front-matter key, empty when absent. */
    public List<String> stringList(String key) {
        FrontMatter.Field f = frontMatter.field(key);
        if (f == null || !(f.value() instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(o -> o != null).map(Object::toString).toList();
    }

    public List<Heading> headings() {
        return Collections.unmodifiableList(headings);
    }

    void addHeading(Heading heading) {
        headings.add(heading);
        ids.add(heading.id());
    }

    /** Every id a link may target on this page. */
    public Set<String> ids() {
        return Collections.unmodifiableSet(ids);
    }

    void addId(String id) {
        ids.add(id);
    }

    /** Facts that later stages attach (notes, sidebars, backlinks), read by the site adapter. */
    public Map<String, Object> data() {
        return data;
    }

    public String html() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }

    /** The link from this page to another, relative, as the site writes every internal link. */
    public String linkTo(Page other) {
        String folder = url().contains("/") ? url().substring(0, url().lastIndexOf('/') + 1) : "";
        if (!folder.isEmpty() && other.url().startsWith(folder)) {
            return other.url().substring(folder.length());
        }
        return root() + other.url();
    }

    public String linkTo(String siteRelativePath) {
        return root() + siteRelativePath;
    }

    @Override
    public String toString() {
        return contentPath;
    }
}
