package org.glossa.cite;

import de.undercouch.citeproc.csl.CSLName;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.diag.Suggestions;

/**
 * The essay's sources, loaded from its BibTeX file. Problems are reported, never thrown: a bad
 * entry is still registered under its key when it has one, and the others load normally.
 */
public final class Bibliography {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern URL_COMMAND = Pattern.compile("\\s*\\\\url\\{([^{}]*)\\}\\s*");
    /** Fields whose text is an identifier, not prose: kept as written, only blanks removed. */
    private static final List<String> VERBATIM = List.of("url", "doi", "eprint", "isbn", "issn");

    private final SourceFile file;
    private final List<Source> sources;
    private final Map<String, Source> byKey;

    private Bibliography(SourceFile file, List<Source> sources) {
        this.file = file;
        this.sources = List.copyOf(sources);
        Map<String, Source> map = new HashMap<>();
        for (Source s : sources) {
            map.put(normalizeKey(s.key()), s);
        }
        this.byKey = Map.copyOf(map);
    }

    /**
     * Parses a BibTeX file. Reports {@code bib.syntax} (malformed entries), {@code bib.duplicate}
     * (a key or field defined twice, at the second occurrence; the first wins) and {@code
     * bib.type} (an entry type we do not know, with a suggestion; the entry loads as {@code @misc}).
     */
    public static Bibliography load(SourceFile bib, Diagnostics diags) {
        List<BibEntry> entries = BibParser.parse(bib, diags);
        Map<String, BibEntry> firstByKey = new HashMap<>();
        List<Draft> drafts = new ArrayList<>();
        for (BibEntry entry : entries) {
            BibEntry first = firstByKey.putIfAbsent(normalizeKey(entry.key()), entry);
            if (first != null) {
                diags.error(
                        bib,
                        entry.keyOffset(),
                        BibParser.DUPLICATE,
                        "duplicate key '" + entry.key() + "' (first defined on line " + bib.lineOf(first.offset())
                                + ")",
                        first.key().equals(entry.key()) ? null : "keys match case-insensitively");
                continue;
            }
            drafts.add(draft(bib, entry, diags));
        }
        return new Bibliography(bib, finish(drafts));
    }

    /** A bibliography with no sources, for essays without a bib file. */
    public static Bibliography empty(SourceFile file) {
        return new Bibliography(file, List.of());
    }

    public SourceFile file() {
        return file;
    }

    /** The source with this key, ignoring case. */
    public Optional<Source> find(String key) {
        return Optional.ofNullable(byKey.get(normalizeKey(key)));
    }

    /** All sources in file order. */
    public List<Source> sources() {
        return sources;
    }

    /** All keys as written, in file order (for "did you mean"). */
    public List<String> keys() {
        return sources.stream().map(Source::key).toList();
    }

    public int size() {
        return sources.size();
    }

    /** Every group in page order (empty ones included), each sorted by {@link Source#sortKey()}. */
    public Map<SourceGroup, List<Source>> byGroup() {
        Map<SourceGroup, List<Source>> groups = new EnumMap<>(SourceGroup.class);
        for (SourceGroup g : SourceGroup.values()) {
            groups.put(g, new ArrayList<>());
        }
        for (Source s : sources) {
            groups.get(s.group()).add(s);
        }
        Comparator<Source> order = Comparator.comparing(Source::sortKey).thenComparing(Source::key);
        groups.replaceAll((g, list) -> {
            list.sort(order);
            return Collections.unmodifiableList(list);
        });
        return Collections.unmodifiableMap(groups);
    }

    private static String normalizeKey(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    /** An entry with its fields interpreted, waiting for the short titles that need all entries. */
    private record Draft(
            BibEntry entry, EntryType type, Map<String, String> fields, List<CSLName> authors, List<CSLName> editors) {}

    private static Draft draft(SourceFile bib, BibEntry entry, Diagnostics diags) {
        EntryType type = EntryType.of(entry.type()).orElse(null);
        if (type == null) {
            String hint = Suggestions.closest(entry.type(), EntryType.names())
                    .map(t -> "did you mean '@" + t + "'?")
                    .orElse(null);
            diags.error(bib, entry.typeOffset(), "bib.type", "unknown entry type '@" + entry.type() + "'", hint);
            type = EntryType.MISC;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (BibEntry.Field field : entry.fields().values()) {
            String name = field.name();
            fields.put(
                    name,
                    VERBATIM.contains(name) ? field.raw().replaceAll("\\s+", "") : LatexText.toPlain(field.raw()));
        }
        // Old BibTeX styles had no url field: howpublished = a url command is the usual stand-in.
        Matcher url = URL_COMMAND.matcher(entry.raw("howpublished") == null ? "" : entry.raw("howpublished"));
        if (url.matches()) {
            fields.remove("howpublished");
            fields.putIfAbsent("url", url.group(1).trim());
        }
        fields.computeIfPresent("doi", (k, doi) -> doi.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", ""));
        return new Draft(entry, type, fields, Names.parse(entry.raw("author")), Names.parse(entry.raw("editor")));
    }

    private static List<Source> finish(List<Draft> drafts) {
        List<ShortTitles.Candidate> candidates = new ArrayList<>();
        for (Draft d : drafts) {
            candidates.add(new ShortTitles.Candidate(
                    d.entry().key(),
                    firstCreator(d),
                    d.fields().getOrDefault("title", ""),
                    d.fields().get("shorttitle")));
        }
        Map<String, String> shortTitles = ShortTitles.assign(candidates);
        List<Source> sources = new ArrayList<>();
        for (Draft d : drafts) {
            String key = d.entry().key();
            String shortTitle = shortTitles.get(key);
            sources.add(new Source(
                    key,
                    d.entry().typeLowerCase(),
                    d.fields(),
                    d.entry().offset(),
                    Grouping.of(d.type(), d.fields(), d.authors()),
                    shortTitle,
                    sortKey(firstCreator(d), d.fields()),
                    CslItems.build(key, d.type(), d.fields(), d.authors(), d.editors(), shortTitle)));
        }
        return sources;
    }

    private static String firstCreator(Draft d) {
        List<CSLName> creators = d.authors().isEmpty() ? d.editors() : d.authors();
        return creators.isEmpty() ? "" : Names.sortName(creators.get(0));
    }

    private static String sortKey(String creator, Map<String, String> fields) {
        String title = fields.getOrDefault("title", "");
        String year = fields.getOrDefault("year", fields.getOrDefault("date", ""));
        // Chicago lists works without an author by title.
        String first = creator.isEmpty() ? title : creator;
        return sortable(first) + "\u0001" + sortable(title) + "\u0001" + year;
    }

    private static String sortable(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        return padNumbers(folded.replaceFirst("^(the|a|an) ", ""));
    }

    /** Numbers sort by value ("telegram 348" before "telegram 1613"): pad each to ten digits. */
    private static String padNumbers(String text) {
        Matcher m = DIGITS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String digits = m.group();
            m.appendReplacement(sb, digits.length() >= 10 ? digits : "0".repeat(10 - digits.length()) + digits);
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
