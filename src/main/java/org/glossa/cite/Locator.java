package org.glossa.cite;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a source a citation points: {@code 33}, {@code 12–14}, {@code chap. 2}. Parsed from what
 * authors write after the key, rendered the Chicago way: pages without a label and with abridged
 * ranges ({@code 444–64}), other divisions with their abbreviation ({@code chap. 2}, {@code secs. 3–4}).
 *
 * @param value the number, range or list, with en dashes in ranges
 */
public record Locator(Label label, String value) {

    /** The divisions Chicago abbreviates in notes (CMOS 17, 10.43). */
    public enum Label {
        PAGE("", ""),
        CHAPTER("chap.", "chaps."),
        SECTION("sec.", "secs."),
        PARAGRAPH("para.", "paras."),
        NOTE("n.", "nn."),
        VOLUME("vol.", "vols."),
        PART("pt.", "pts."),
        BOOK("bk.", "bks."),
        FIGURE("fig.", "figs."),
        LINE("line", "lines"),
        COLUMN("col.", "cols."),
        FOLIO("fol.", "fols."),
        VERSE("v.", "vv.");

        private final String singular;
        private final String plural;

        Label(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }

        String abbreviation(boolean many) {
            return many ? plural : singular;
        }
    }

    private static final Map<String, Label> WORDS = Map.ofEntries(
            Map.entry("p", Label.PAGE),
            Map.entry("pp", Label.PAGE),
            Map.entry("page", Label.PAGE),
            Map.entry("pages", Label.PAGE),
            Map.entry("ch", Label.CHAPTER),
            Map.entry("chap", Label.CHAPTER),
            Map.entry("chaps", Label.CHAPTER),
            Map.entry("chapter", Label.CHAPTER),
            Map.entry("chapters", Label.CHAPTER),
            Map.entry("sec", Label.SECTION),
            Map.entry("secs", Label.SECTION),
            Map.entry("section", Label.SECTION),
            Map.entry("sections", Label.SECTION),
            Map.entry("§", Label.SECTION),
            Map.entry("§§", Label.SECTION),
            Map.entry("para", Label.PARAGRAPH),
            Map.entry("paras", Label.PARAGRAPH),
            Map.entry("paragraph", Label.PARAGRAPH),
            Map.entry("paragraphs", Label.PARAGRAPH),
            Map.entry("¶", Label.PARAGRAPH),
            Map.entry("¶¶", Label.PARAGRAPH),
            Map.entry("n", Label.NOTE),
            Map.entry("nn", Label.NOTE),
            Map.entry("note", Label.NOTE),
            Map.entry("notes", Label.NOTE),
            Map.entry("vol", Label.VOLUME),
            Map.entry("vols", Label.VOLUME),
            Map.entry("volume", Label.VOLUME),
            Map.entry("volumes", Label.VOLUME),
            Map.entry("pt", Label.PART),
            Map.entry("pts", Label.PART),
            Map.entry("part", Label.PART),
            Map.entry("parts", Label.PART),
            Map.entry("bk", Label.BOOK),
            Map.entry("bks", Label.BOOK),
            Map.entry("book", Label.BOOK),
            Map.entry("books", Label.BOOK),
            Map.entry("fig", Label.FIGURE),
            Map.entry("figs", Label.FIGURE),
            Map.entry("figure", Label.FIGURE),
            Map.entry("figures", Label.FIGURE),
            Map.entry("l", Label.LINE),
            Map.entry("ll", Label.LINE),
            Map.entry("line", Label.LINE),
            Map.entry("lines", Label.LINE),
            Map.entry("col", Label.COLUMN),
            Map.entry("cols", Label.COLUMN),
            Map.entry("column", Label.COLUMN),
            Map.entry("columns", Label.COLUMN),
            Map.entry("fol", Label.FOLIO),
            Map.entry("fols", Label.FOLIO),
            Map.entry("folio", Label.FOLIO),
            Map.entry("folios", Label.FOLIO),
            Map.entry("v", Label.VERSE),
            Map.entry("vv", Label.VERSE),
            Map.entry("verse", Label.VERSE),
            Map.entry("verses", Label.VERSE));

    private static final String ROMAN = "(?:(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
            + "|(?=[IVXLCDM])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))";
    private static final String NUMBER = "(?:\\d+[a-z]?(?:n\\d+)?|" + ROMAN + ")";
    private static final String NUMBERS = NUMBER + "(?:\\s*(?:-{1,3}|–|—|,|&|and)\\s*" + NUMBER + ")*(?![\\p{L}\\d])";
    /** With a label any number will do; without one it must start with a digit ("mix" is no page). */
    private static final Pattern LABELLED =
            Pattern.compile("^(?<label>\\p{L}+\\.?|§§?|¶¶?)\\s*(?<value>" + NUMBERS + ")");

    private static final Pattern UNLABELLED = Pattern.compile("^(?<value>(?=\\d)" + NUMBERS + ")");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:-{1,3}|–|—)\\s*(\\d+)");

    public Locator {
        Objects.requireNonNull(label);
        Objects.requireNonNull(value);
    }

    /** A page or page range. */
    public static Locator page(String value) {
        return new Locator(Label.PAGE, normalize(value));
    }

    /**
     * Reads a locator at the start of {@code text} ({@code p. 33}, {@code 12-14}, {@code chap. 2},
     * {@code §4}); the rest of the text is not part of it. Empty when the text does not start with
     * one (then it is a plain suffix such as {@code emphasis added}).
     */
    public static Optional<Parsed> parse(String text) {
        String t = text.stripLeading();
        Matcher m = LABELLED.matcher(t);
        if (m.find()) {
            Label label = WORDS.get(m.group("label").toLowerCase(Locale.ROOT).replace(".", ""));
            // "doc. 5" is not a division Chicago abbreviates: leave it to the suffix as text.
            return label == null ? Optional.empty() : Optional.of(parsed(label, m, t));
        }
        m = UNLABELLED.matcher(t);
        return m.find() ? Optional.of(parsed(Label.PAGE, m, t)) : Optional.empty();
    }

    private static Parsed parsed(Label label, Matcher m, String text) {
        return new Parsed(new Locator(label, normalize(m.group("value"))), text.substring(m.end()));
    }

    /** A locator and whatever followed it. */
    public record Parsed(Locator locator, String rest) {}

    /** {@code 444–64}, {@code chap. 2}, {@code secs. 3–4}: how the locator appears in a note. */
    public String render() {
        if (label == Label.PAGE) {
            return abridgeRanges(value);
        }
        return label.abbreviation(isPlural()) + " " + value;
    }

    private boolean isPlural() {
        return value.matches(".*(–|,|&|\\band\\b).*");
    }

    private static String normalize(String value) {
        String v = value.trim().replaceAll("\\s+", " ");
        return RANGE.matcher(v).replaceAll("$1–$2");
    }

    private static String abridgeRanges(String value) {
        Matcher m = RANGE.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1) + "–" + abridge(m.group(1), m.group(2)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The second number of a page range as Chicago abridges it (CMOS 17, 9.61): in full below 100
     * and after multiples of 100; after 101–109 only the changed part; otherwise at least two digits.
     */
    static String abridge(String from, String to) {
        long first = Long.parseLong(from);
        long second = Long.parseLong(to);
        if (first < 100 || first % 100 == 0 || second <= first || from.length() != to.length()) {
            return to;
        }
        int minDigits = first % 100 < 10 ? 1 : 2;
        int firstDifference = 0;
        while (from.charAt(firstDifference) == to.charAt(firstDifference)) {
            firstDifference++;
        }
        int keep = Math.max(to.length() - firstDifference, minDigits);
        return to.substring(to.length() - keep);
    }
}
