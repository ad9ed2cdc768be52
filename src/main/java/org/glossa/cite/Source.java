package org.glossa.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of the bibliography, ready to be cited. Field values are plain text (LaTeX already
 * turned into Unicode), except {@code url} and {@code doi}, which are kept verbatim.
 */
public final class Source {
    private final String key;
    private final String type;
    private final Map<String, String> fields;
    private final int offset;
    private final SourceGroup group;
    private final String shortTitle;
    private final String sortKey;
    private final CSLItemData item;

    Source(
            String key,
            String type,
            Map<String, String> fields,
            int offset,
            SourceGroup group,
            String shortTitle,
            String sortKey,
            CSLItemData item) {
        this.key = key;
        this.type = type;
        this.fields = Map.copyOf(fields);
        this.offset = offset;
        this.group = group;
        this.shortTitle = shortTitle;
        this.sortKey = sortKey;
        this.item = item;
    }

    /** The citation key as written in the bib file; citations match it case-insensitively. */
    public String key() {
        return key;
    }

    /** The entry type in lower case, without {@code @} ({@code book}, {@code misc}, …). */
    public String type() {
        return type;
    }

    /** All fields by lower-case name, as plain text. */
    public Map<String, String> fields() {
        return fields;
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** Offset of the entry's {@code @} in the bib file, for diagnostics about this source. */
    public int offset() {
        return offset;
    }

    /** Which list of the sources page this source belongs to; see {@link Grouping} for the rule. */
    public SourceGroup group() {
        return group;
    }

    public String title() {
        return fields.getOrDefault("title", "");
    }

    /** The title used in shortened notes. */
    public String shortTitle() {
        return shortTitle;
    }

    /** The {@code annote} field: the editor's note for readers, as plain text. */
    public Optional<String> annotation() {
        return field("annote");
    }

    public Optional<String> url() {
        return field("url");
    }

    /** The bare DOI ({@code 10.1177/…}), without a resolver prefix. */
    public Optional<String> doi() {
        return field("doi");
    }

    /**
     * Orders sources as a bibliography does: first author's (or institution's) name, family name
     * first, then title, ignoring case, accents, punctuation and an initial article. Compare with
     * {@link String#compareTo}.
     */
    public String sortKey() {
        return sortKey;
    }

    CSLItemData item() {
        return item;
    }

    @Override
    public String toString() {
        return "@" + type + "{" + key + "}";
    }
}
