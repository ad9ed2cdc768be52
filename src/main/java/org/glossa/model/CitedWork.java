package org.glossa.model;

import java.util.List;

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
public record CitedWork(String key, String title, List<String> authors, String issued, String containerTitle,
        String url) {
    public CitedWork {
        authors = List.copyOf(authors);
    }
}
