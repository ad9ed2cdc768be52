package org.glossa.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date from {@code year}, {@code month} and {@code day}, or from biblatex's ISO
 * {@code date}. Months may be the BibTeX abbreviations (already expanded to names), English
 * names or abbreviations, or numbers. A year that is not a number is kept as literal text.
 */
final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    private Dates() {}

    /** {@code null} when the entry has no date. */
    static CSLDate issued(Map<String, String> fields) {
        String date = fields.get("date");
        if (date != null) {
            Matcher m = ISO.matcher(date.trim());
            if (m.matches()) {
                return build(Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3)));
            }
            return new CSLDateBuilder().literal(date).build();
        }
        return fromParts(fields.get("year"), fields.get("month"), fields.get("day"));
    }

    static CSLDate accessed(Map<String, String> fields) {
        String urldate = fields.get("urldate");
        if (urldate == null) {
            return null;
        }
        Matcher m = ISO.matcher(urldate.trim());
        return m.matches() ? build(Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3))) : null;
    }

    private static CSLDate fromParts(String year, String month, String day) {
        if (year == null || year.isBlank()) {
            return null;
        }
        if (!YEAR.matcher(year.trim()).matches()) {
            return new CSLDateBuilder().literal(year.trim()).build();
        }
        return build(Integer.parseInt(year.trim()), month(month), number(day));
    }

    private static CSLDate build(int year, int month, int day) {
        CSLDateBuilder b = new CSLDateBuilder();
        if (month < 1 || month > 12) {
            return b.dateParts(year).build();
        }
        if (day < 1 || day > 31) {
            return b.dateParts(year, month).build();
        }
        return b.dateParts(year, month, day).build();
    }

    /** 1–12, or 0 when absent or not a month. */
    static int month(String month) {
        if (month == null) {
            return 0;
        }
        String m = month.trim().toLowerCase(Locale.ROOT);
        if (m.matches("\\d{1,2}")) {
            return Integer.parseInt(m);
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (m.length() >= 3 && m.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int number(String text) {
        if (text == null || !text.trim().matches("\\d{1,2}")) {
            return 0;
        }
        return Integer.parseInt(text.trim());
    }
}
