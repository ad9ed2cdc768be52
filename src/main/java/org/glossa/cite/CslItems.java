package org.glossa.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BibTeX fields to CSL item data. Written for Chicago and for what citeproc-java's own BibTeX
 * converter gets wrong: {@code address} is only the publisher's place (not also an event place,
 * which Chicago prints twice), an article's {@code number} is its issue, {@code @misc} becomes a
 * CSL document whose publisher is {@code howpublished} (so it is printed), theses get a genre, and
 * {@code day} is kept.
 */
final class CslItems {
    private CslItems() {}

    static CSLItemData build(
            String key,
            EntryType type,
            Map<String, String> f,
            List<CSLName> authors,
            List<CSLName> editors,
            String shortTitle) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(key).type(cslType(type, f));
        b.title(f.get("title")).titleShort(shortTitle);
        if (!authors.isEmpty()) {
            b.author(authors.toArray(CSLName[]::new));
        }
        if (!editors.isEmpty()) {
            b.editor(editors.toArray(CSLName[]::new));
        }
        CSLDate issued = Dates.issued(f);
        if (issued != null) {
            b.issued(issued);
        }
        CSLDate accessed = Dates.accessed(f);
        if (accessed != null) {
            b.accessed(accessed);
        }
        b.URL(f.get("url")).DOI(f.get("doi")).ISBN(f.get("isbn")).ISSN(f.get("issn"));
        b.volume(f.get("volume")).page(f.get("pages")).edition(f.get("edition")).note(f.get("note"));
        b.publisherPlace(first(f, "address", "location"));
        b.language(language(first(f, "langid", "language")));
        switch (type) {
            case ARTICLE -> b.containerTitle(first(f, "journal", "journaltitle"))
                    .issue(first(f, "issue", "number"));
            case INBOOK, INCOLLECTION, INPROCEEDINGS, CONFERENCE -> b.containerTitle(f.get("booktitle"))
                    .chapterNumber(f.get("chapter"))
                    .collectionTitle(f.get("series"))
                    .publisher(first(f, "publisher", "organization", "institution"));
            case MASTERSTHESIS, PHDTHESIS, THESIS -> b.publisher(first(f, "school", "institution", "publisher"))
                    .genre(thesisGenre(type, f.get("type")));
            case REPORT, TECHREPORT -> b.publisher(first(f, "institution", "publisher", "organization"))
                    .genre(f.get("type"))
                    .number(f.get("number"))
                    .collectionTitle(f.get("series"));
            case MISC, UNPUBLISHED -> b.publisher(first(f, "howpublished", "publisher", "organization", "institution"));
            case ONLINE, ELECTRONIC, WWW -> b.containerTitle(first(f, "howpublished", "organization", "publisher"));
            default -> b.publisher(first(f, "publisher", "organization", "institution", "howpublished"))
                    .collectionTitle(f.get("series"))
                    .collectionNumber(f.get("series") == null ? null : f.get("number"));
        }
        return b.build();
    }

    /**
     * Chicago's CSL leaves documents and manuscripts that name no publisher, container or URL out
     * of the bibliography (private papers, CMOS 14.118), but the sources page lists every source:
     * such entries are rendered as a web page, which has the same note and bibliography shape.
     */
    private static CSLType cslType(EntryType type, Map<String, String> f) {
        boolean unpublishedShape = type.csl == CSLType.DOCUMENT || type.csl == CSLType.MANUSCRIPT;
        boolean retrievable =
                first(f, "howpublished", "publisher", "organization", "institution", "url", "doi") != null;
        return unpublishedShape && !retrievable ? CSLType.WEBPAGE : type.csl;
    }

    private static String thesisGenre(EntryType type, String written) {
        if (written != null) {
            // biblatex's keys for the two common kinds
            return switch (written.toLowerCase(Locale.ROOT)) {
                case "mathesis", "mastersthesis" -> "Master’s thesis";
                case "phdthesis" -> "PhD diss.";
                default -> written;
            };
        }
        return switch (type) {
            case MASTERSTHESIS -> "Master’s thesis";
            case PHDTHESIS -> "PhD diss.";
            default -> null;
        };
    }

    /** English titles get Chicago's headline capitalisation; CSL skips it for other languages. */
    private static String language(String written) {
        if (written == null) {
            return null;
        }
        String l = written.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "english", "american", "usenglish", "en", "en-us" -> "en-US";
            case "british", "ukenglish", "en-gb" -> "en-GB";
            default -> written;
        };
    }

    private static String first(Map<String, String> f, String... names) {
        for (String name : names) {
            String value = f.get(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }
}
