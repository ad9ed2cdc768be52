package org.glossa.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a reader needs to cite the essay itself, read off the configuration and the home page:
 * title, authors, public URL, and the dates of first publication and last revision (from the
 * home page's {@code revisions}, never the wall clock, so builds are reproducible).
 */
public record EssayMetadata(String key, String title, String subtitle, List<String> authors, String url,
        String published, String modified, String language, String licence) {

    public static EssayMetadata of(Essay essay) {
        SiteConfig c = essay.config();
        Page home = essay.home();
        String title = home != null ? home.title() : c.title();
        String subtitle = home != null && home.frontMatter().string("subtitle") != null
                ? home.frontMatter().string("subtitle") : c.subtitle();
        List<String> dates = new ArrayList<>();
        if (home != null && home.frontMatter().field("revisions") != null
                && home.frontMatter().field("revisions").value() instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("date") != null) {
                    dates.add(m.get("date").toString());
                }
            }
        }
        dates.sort(null);
        String published = dates.isEmpty() ? "" : dates.get(0);
        String modified = dates.isEmpty() ? "" : dates.get(dates.size() - 1);
        String key = Slugs.slugify(title);
        return new EssayMetadata(key.isEmpty() ? "essay" : key, title, subtitle, c.authors(), c.host(), published,
                modified, c.language(), c.licence());
    }

    /** The year of first publication, or empty. */
    public String year() {
        return published.length() >= 4 ? published.substring(0, 4) : "";
    }
}
