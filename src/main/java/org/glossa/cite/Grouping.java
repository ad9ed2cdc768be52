package org.glossa.cite;

import de.undercouch.citeproc.csl.CSLName;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides which list of the sources page a source belongs to. The rule, first match wins:
 *
 * <ol>
 *   <li>{@code keywords} containing {@code primary}, {@code scholarship} or {@code news} (as a
 *       comma- or semicolon-separated keyword) decides.
 *   <li>Theses are scholarship.
 *   <li>A source published or written by a government body is primary: its howpublished,
 *       journal, booktitle, series, publisher, institution or organization, or an institutional
 *       (braced) author names one (Foreign Relations of the United States, Federal Register,
 *       executive order, White House, a department of state or ministry, an embassy, a trade
 *       representative, Congress, parliament, national archives, …), or, for {@code @misc},
 *       {@code @online} and {@code @unpublished}, its URL is on a government host ({@code .gov}, {@code .mil}, {@code
 *       gov.uk}, {@code go.jp}, …).
 *   <li>Books, chapters, proceedings, reports and manuals are scholarship; so is an {@code @article}
 *       in a journal with a volume, number, pages or DOI.
 *   <li>Everything else — {@code @misc} and {@code @online} without a government author, articles in
 *       newspapers and magazines (no volume or pages) — is news and commentary.
 * </ol>
 */
final class Grouping {
    private static final Pattern GOVERNMENT = Pattern.compile(
            "foreign relations of the united states|\\bfrus\\b|federal register|congressional record"
                    + "|code of federal regulations|\\bexecutive order\\b|white house|\\bstate department\\b"
                    + "|department of (?:state|defen[cs]e|the treasury|treasury|commerce|justice|the interior"
                    + "|agriculture|labor|energy|homeland security|foreign affairs)"
                    + "|\\bministry of\\b|\\bembassy\\b|\\bconsulate\\b|trade representative"
                    + "|government (?:printing|publishing) office|\\bcongress(?:ional)?\\b|\\bsenate\\b"
                    + "|house of representatives|\\bparliament\\b|national archives|central intelligence agency"
                    + "|national security council|office of the historian|\\bhansard\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> PUBLISHING_FIELDS = List.of(
            "howpublished",
            "journal",
            "journaltitle",
            "booktitle",
            "series",
            "publisher",
            "institution",
            "organization");

    private Grouping() {}

    static SourceGroup of(EntryType type, Map<String, String> fields, List<CSLName> authors) {
        SourceGroup chosen = fromKeywords(fields.get("keywords"));
        if (chosen != null) {
            return chosen;
        }
        if (type.isThesis()) {
            return SourceGroup.SCHOLARSHIP;
        }
        if (isGovernment(type, fields, authors)) {
            return SourceGroup.PRIMARY;
        }
        if (type == EntryType.ARTICLE) {
            boolean journal = fields.containsKey("journal") || fields.containsKey("journaltitle");
            boolean scholarly = fields.containsKey("volume")
                    || fields.containsKey("number")
                    || fields.containsKey("issue")
                    || fields.containsKey("pages")
                    || fields.containsKey("doi");
            return journal && scholarly ? SourceGroup.SCHOLARSHIP : SourceGroup.NEWS;
        }
        return type.isWebOrMisc() ? SourceGroup.NEWS : SourceGroup.SCHOLARSHIP;
    }

    private static SourceGroup fromKeywords(String keywords) {
        if (keywords == null) {
            return null;
        }
        for (String keyword : keywords.split("[,;]")) {
            switch (keyword.trim().toLowerCase(Locale.ROOT)) {
                case "primary" -> {
                    return SourceGroup.PRIMARY;
                }
                case "scholarship" -> {
                    return SourceGroup.SCHOLARSHIP;
                }
                case "news" -> {
                    return SourceGroup.NEWS;
                }
                default -> {
                    // other keywords are the author's own
                }
            }
        }
        return null;
    }

    private static boolean isGovernment(EntryType type, Map<String, String> fields, List<CSLName> authors) {
        for (String field : PUBLISHING_FIELDS) {
            String value = fields.get(field);
            if (value != null && GOVERNMENT.matcher(value).find()) {
                return true;
            }
        }
        for (CSLName author : authors) {
            if (author.getLiteral() != null
                    && GOVERNMENT.matcher(author.getLiteral()).find()) {
                return true;
            }
        }
        return type.isWebOrMisc() && isGovernmentHost(fields.get("url"));
    }

    private static boolean isGovernmentHost(String url) {
        if (url == null) {
            return false;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return false;
            }
            String h = host.toLowerCase(Locale.ROOT);
            // .gov and .mil; gov.uk, gov.kh, go.jp, go.th and the like elsewhere
            return h.endsWith(".gov") || h.endsWith(".mil") || h.matches("(.*\\.)?(gov|go)\\.[a-z]{2}");
        } catch (IllegalArgumentException e) {
            return false; // not a URL we can read; the formatter prints it as text
        }
    }
}
