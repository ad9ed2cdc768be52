package org.glossa.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader needs to cite the essay itself, read off the configuration and the home page:
 * title, authors, public URL, and the dates of first publication and last revision. The dates
 * come from the home page's {@code revisions}; an essay that declares none gets
 * {@code SOURCE_DATE_EPOCH} or its last commit ({@link SourceDate}), else no date at all: never
 * the wall clock, so builds are reproducible.
 *
 * @param published first publication, {@code YYYY-MM-DD}, or empty
 * @param modified last revision, {@code YYYY-MM-DD}, or empty
 * @param revisions declared revisions, oldest first
 */
public record EssayMetadata(
        String key,
        String title,
        String subtitle,
        List<String> authors,
        String url,
        String published,
        String modified,
        String language,
        String licence,
        String licenceUrl,
        List<RevisionsResolver.Revision> revisions) {

    public EssayMetadata {
        authors = List.copyOf(authors);
        revisions = List.copyOf(revisions);
    }

    public static EssayMetadata of(Essay essay) {
        return of(essay, System.getenv());
    }

    /** @param env the environment, for {@code SOURCE_DATE_EPOCH} */
    public static EssayMetadata of(Essay essay, Map<String, String> env) {
        SiteConfig c = essay.config();
        Page home = essay.home();
        String title = home != null ? home.title() : c.title();
        String subtitle = home != null && home.frontMatter().string("subtitle") != null
                ? home.frontMatter().string("subtitle")
                : c.subtitle();
        // Oldest first; the sort is stable, so revisions of one day keep their declared order.
        List<RevisionsResolver.Revision> revisions = new ArrayList<>(RevisionsResolver.of(essay));
        revisions.sort(Comparator.comparing(RevisionsResolver.Revision::date));
        String published = "";
        String modified = "";
        if (!revisions.isEmpty()) {
            published = revisions.get(0).date().toString();
            modified = revisions.get(revisions.size() - 1).date().toString();
        } else {
            Optional<LocalDate> fallback = SourceDate.of(essay.root(), env)
                    .map(i -> i.atZone(ZoneOffset.UTC).toLocalDate());
            if (fallback.isPresent()) {
                published = fallback.get().toString();
                modified = published;
            }
        }
        String key = Slugs.slugify(title);
        return new EssayMetadata(
                key.isEmpty() ? "essay" : key,
                title.strip(),
                subtitle == null ? "" : subtitle.strip(),
                c.authors(),
                c.host(),
                published,
                modified,
                c.language(),
                c.licence(),
                c.licenceUrl(),
                revisions);
    }

    /** Title and subtitle as a citation gives them: {@code Title: Subtitle}. */
    public String fullTitle() {
        if (subtitle.isEmpty()) {
            return title;
        }
        boolean ends = title.endsWith("?") || title.endsWith("!") || title.endsWith(":") || title.endsWith(".");
        return title + (ends ? " " : ": ") + subtitle;
    }

    /** The year of first publication, or empty. */
    public String year() {
        return published.length() >= 4 ? published.substring(0, 4) : "";
    }
}
