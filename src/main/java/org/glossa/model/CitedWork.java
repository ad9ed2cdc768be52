package org.glossa.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glossa.cite.Source;

/**
 * A work the essay cites, as metadata consumers need it (Highwire {@code citation_reference},
 * JSON-LD {@code citation}). The citation resolver records these per page through
 * {@link Essay#recordCitedWorks}; fields it does not know are empty strings.
 *
 * @param key the BibTeX key
 * @param authors display names, e.g. {@code "Smith, John"} or an organisation
 * @param issued the date of publication as written: {@code 1965}, {@code 1965-04} or {@code 1965-04-12}
 * @param containerTitle journal, newspaper, website or book the work appears in
 * @param url the work's URL, or {@code https://doi.org/…} for a DOI
 */
public record CitedWork(
        String key, String title, List<String> authors, String issued, String containerTitle, String url) {
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    public CitedWork {
        authors = List.copyOf(authors);
    }

    /** The metadata of a bibliography entry, as the citation resolver records it. */
    public static CitedWork of(Source source) {
        List<String> authors = new ArrayList<>();
        String names = source.field("author").or(() -> source.field("editor")).orElse("");
        for (String name : names.split("\\s+and\\s+")) {
            if (!name.isBlank()) {
                authors.add(name.strip());
            }
        }
        String container = source.field("journal")
                .or(() -> source.field("booktitle"))
                .or(() -> source.field("howpublished"))
                .orElse("");
        String url = source.url()
                .or(() -> source.doi().map(d -> d.startsWith("http") ? d : "https://doi.org/" + d))
                .orElse("");
        return new CitedWork(source.key(), source.title(), authors, issued(source), container, url);
    }

    /** {@code date} as written, else {@code year[-MM[-DD]]} from year, month (number or name) and day. */
    private static String issued(Source s) {
        String date = s.field("date").orElse("").strip();
        if (!date.isEmpty()) {
            return date;
        }
        String year = s.field("year").orElse("").strip();
        if (!year.matches("\\d{4}")) {
            return year;
        }
        int month = month(s.field("month").orElse(""));
        if (month == 0) {
            return year;
        }
        String day = s.field("day").orElse("").strip();
        return year
                + String.format(Locale.ROOT, "-%02d", month)
                + (day.matches("\\d{1,2}") ? String.format(Locale.ROOT, "-%02d", Integer.parseInt(day)) : "");
    }

    private static int month(String text) {
        String m = text.strip().toLowerCase(Locale.ROOT);
        if (m.matches("\\d{1,2}")) {
            int n = Integer.parseInt(m);
            return n >= 1 && n <= 12 ? n : 0;
        }
        return m.length() >= 3 ? MONTHS.indexOf(m.substring(0, 3)) + 1 : 0;
    }
}
