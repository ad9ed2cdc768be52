package org.glossa.model;

import java.util.Set;

/** Site files that Glossa writes itself (not from a Markdown file), which content may link to. */
public final class GeneratedFiles {
    public static final String SOURCES_PAGE = "sources.html";
    public static final String GLOSSARY_INDEX = "glossary/index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String CREDITS = "credits.html";

    public static final Set<String> ALL = Set.of(
            SOURCES_PAGE,
            GLOSSARY_INDEX,
            NOT_FOUND,
            CREDITS,
            "sources.bib",
            "cite.bib",
            "cite.ris",
            "cite.json",
            "feed.xml",
            "sitemap.xml",
            "robots.txt");

    private GeneratedFiles() {}
}
