package org.glossa.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.FrontMatter;

/**
 * {@code aliases: [old/path.html]} on a section, sidebar or page: addresses the page was published
 * at before, which keep working as redirect pages. (On a glossary entry {@code aliases} are other
 * names of the term, handled by the glossary.) Each alias must be a site-relative {@code .html}
 * path that no page or generated file uses, and no two pages may claim the same alias.
 */
public final class AliasResolver implements EssayResolver {
    /** Key in {@link Page#data()}: the page's redirect paths, in front-matter order. */
    public static final String DATA_KEY = "redirectAliases";

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*\\.html");

    @Override
    public void resolve(Essay essay, Diagnostics diags) {
        Map<String, Page> taken = new HashMap<>();
        for (Page p : essay.allPages()) {
            taken.put(p.url(), p);
        }
        Map<String, Page> claimed = new LinkedHashMap<>();
        for (Page page : essay.allPages()) {
            if (page.type() == PageType.GLOSSARY || page.type() == PageType.HOME) {
                continue;
            }
            FrontMatter.Field field = page.frontMatter().field("aliases");
            if (field == null || !(field.value() instanceof List<?>)) {
                continue;
            }
            List<String> accepted = new java.util.ArrayList<>();
            for (String alias : page.stringList("aliases")) {
                String path = alias.startsWith("./") ? alias.substring(2) : alias;
                int at = field.valueOffset();
                if (!ALIAS.matcher(path).matches() || path.contains("..")) {
                    diags.error(
                            page.source(),
                            at,
                            "alias.invalid",
                            "alias '" + alias
                                    + "' must be a site-relative path ending in .html, e.g. essay/old-name.html");
                } else if (taken.containsKey(path) || GeneratedFiles.ALL.contains(path)) {
                    diags.error(
                            page.source(),
                            at,
                            "alias.taken",
                            "alias '" + alias + "' is the address of an existing page");
                } else if (claimed.containsKey(path)) {
                    diags.error(
                            page.source(),
                            at,
                            "alias.duplicate",
                            "alias '" + alias + "' is also claimed by "
                                    + claimed.get(path).source().path());
                } else {
                    claimed.put(path, page);
                    accepted.add(path);
                }
            }
            page.data().put(DATA_KEY, accepted);
        }
    }
}
