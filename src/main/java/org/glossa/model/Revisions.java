package org.glossa.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Suggestions;
import org.glossa.markdown.FrontMatter;

/**
 * The home page's {@code revisions: [{date, summary}]}: the changes an author declares, which
 * become the feed's entries, the "Updates and corrections" list and the essay's dates of
 * publication and revision. Declared, never derived from the clock, so builds are reproducible.
 */
public final class Revisions {
    static final String KEY = "revisions";
    private static final Set<String> ITEM_KEYS = Set.of("date", "summary");

    /** One declared revision. */
    public record Revision(LocalDate date, String summary) {}

    private Revisions() {}

    /** The well-formed revisions, oldest first (declaration order within a day). */
    public static List<Revision> of(Essay essay) {
        List<Revision> result = new ArrayList<>();
        Page home = essay.home();
        FrontMatter.Field field = home == null ? null : home.frontMatter().field(KEY);
        if (field == null || !(field.value() instanceof List<?> items)) {
            return result;
        }
        for (Object item : items) {
            if (item instanceof Map<?, ?> m
                    && m.get("date") instanceof String d
                    && m.get("summary") instanceof String s
                    && !s.isBlank()) {
                try {
                    result.add(new Revision(LocalDate.parse(d.strip()), s.strip()));
                } catch (DateTimeParseException e) {
                    // reported by Check
                }
            }
        }
        result.sort(Comparator.comparing(Revision::date));
        return result;
    }

    /** Reports malformed revisions where the list is written. */
    public static final class Check implements EssayResolver {
        @Override
        public void resolve(Essay essay, Diagnostics diags) {
            Page home = essay.home();
            FrontMatter.Field field = home == null ? null : home.frontMatter().field(KEY);
            if (field == null || !(field.value() instanceof List<?> items)) {
                return; // absent, or not a list: the loader reports the type
            }
            int at = field.valueOffset();
            for (int i = 0; i < items.size(); i++) {
                String which = "revision " + (i + 1);
                if (!(items.get(i) instanceof Map<?, ?> m)) {
                    diags.error(
                            home.source(),
                            at,
                            "front-matter.revision",
                            which + " must be {date: YYYY-MM-DD, summary: \"...\"}");
                    continue;
                }
                for (Object k : m.keySet()) {
                    if (!ITEM_KEYS.contains(String.valueOf(k))) {
                        diags.error(
                                home.source(),
                                at,
                                "front-matter.revision",
                                which + " has an unknown key '" + k + "'",
                                Suggestions.didYouMean(String.valueOf(k), ITEM_KEYS));
                    }
                }
                Object date = m.get("date");
                if (!(date instanceof String d) || !isIsoDate(d.strip())) {
                    diags.error(
                            home.source(),
                            at,
                            "front-matter.revision",
                            which + " needs a date written YYYY-MM-DD, e.g. date: 2026-11-25");
                }
                if (!(m.get("summary") instanceof String s) || s.isBlank()) {
                    diags.error(
                            home.source(),
                            at,
                            "front-matter.revision",
                            which
                                    + " needs a summary of what changed, e.g. summary: \"Corrected the date of the treaty.\"");
                }
            }
        }

        private static boolean isIsoDate(String s) {
            if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return false;
            }
            try {
                LocalDate.parse(s);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
