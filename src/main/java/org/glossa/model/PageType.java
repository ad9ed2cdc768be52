package org.glossa.model;

import java.util.List;
import java.util.Map;

/**
 * The kinds of page an essay has, where their files live, and which front-matter keys each
 * accepts. The JBake document type of each is {@link #docType()}; a template
 * {@code <docType>.ftl} renders it.
 */
public enum PageType {
    HOME(
            "home",
            "",
            Map.of(
                    "title",
                    Kind.TEXT,
                    "subtitle",
                    Kind.TEXT,
                    "abstract",
                    Kind.TEXT,
                    "nocite",
                    Kind.LIST,
                    "revisions",
                    Kind.LIST),
            List.of("title")),
    SECTION(
            "section",
            "essay",
            Map.of(
                    "title",
                    Kind.TEXT,
                    "summary",
                    Kind.TEXT,
                    "sidebars",
                    Kind.LIST,
                    "order",
                    Kind.INTEGER,
                    "aliases",
                    Kind.LIST),
            List.of("title", "summary")),
    GLOSSARY(
            "glossary",
            "glossary",
            Map.of("term", Kind.TEXT, "aliases", Kind.LIST, "short", Kind.TEXT),
            List.of("term", "short")),
    SIDEBAR(
            "sidebar",
            "sidebars",
            Map.of("title", Kind.TEXT, "summary", Kind.TEXT, "aliases", Kind.LIST),
            List.of("title")),
    PAGE(
            "page",
            "pages",
            Map.of("title", Kind.TEXT, "summary", Kind.TEXT, "aliases", Kind.LIST, "cite", Kind.BOOLEAN),
            List.of("title"));

    /** The YAML shape a key's value must have. */
    public enum Kind {
        TEXT("text"),
        INTEGER("a whole number"),
        LIST("a list"),
        BOOLEAN("true or false");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final String docType;
    private final String folder;
    private final Map<String, Kind> keys;
    private final List<String> required;

    PageType(String docType, String folder, Map<String, Kind> keys, List<String> required) {
        this.docType = docType;
        this.folder = folder;
        this.keys = keys;
        this.required = required;
    }

    public String docType() {
        return docType;
    }

    /** Folder under {@code content/}; empty for the home page. */
    public String folder() {
        return folder;
    }

    public Map<String, Kind> keys() {
        return keys;
    }

    public List<String> required() {
        return required;
    }

    /** Sections, sidebars and pages are their text; the home page and glossary entries may be front matter alone. */
    public boolean needsBody() {
        return this == SECTION || this == SIDEBAR || this == PAGE;
    }

    /** The page type of a file under {@code content/}, or {@code null} if Markdown may not live there. */
    public static PageType forPath(String contentRelativePath) {
        if (contentRelativePath.equals("index.md")) {
            return HOME;
        }
        int slash = contentRelativePath.indexOf('/');
        if (slash < 0 || contentRelativePath.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        String folder = contentRelativePath.substring(0, slash);
        for (PageType t : values()) {
            if (t != HOME && t.folder.equals(folder)) {
                return t;
            }
        }
        return null;
    }
}
