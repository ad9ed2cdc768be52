package org.glossa.cite;

import de.undercouch.citeproc.csl.CSLType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The BibTeX and common biblatex entry types we understand, and the CSL type each becomes. */
enum EntryType {
    ARTICLE(CSLType.ARTICLE_JOURNAL),
    BOOK(CSLType.BOOK),
    BOOKLET(CSLType.PAMPHLET),
    COLLECTION(CSLType.BOOK),
    CONFERENCE(CSLType.PAPER_CONFERENCE),
    ELECTRONIC(CSLType.WEBPAGE),
    INBOOK(CSLType.CHAPTER),
    INCOLLECTION(CSLType.CHAPTER),
    INPROCEEDINGS(CSLType.PAPER_CONFERENCE),
    MANUAL(CSLType.BOOK),
    MASTERSTHESIS(CSLType.THESIS),
    // DOCUMENT, not ARTICLE (which Chicago renders as a preprint), with howpublished as publisher.
    MISC(CSLType.DOCUMENT),
    ONLINE(CSLType.WEBPAGE),
    PHDTHESIS(CSLType.THESIS),
    PROCEEDINGS(CSLType.BOOK),
    REPORT(CSLType.REPORT),
    TECHREPORT(CSLType.REPORT),
    THESIS(CSLType.THESIS),
    UNPUBLISHED(CSLType.MANUSCRIPT),
    WWW(CSLType.WEBPAGE);

    final CSLType csl;

    EntryType(CSLType csl) {
        this.csl = csl;
    }

    String bibName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<EntryType> of(String written) {
        String wanted = written.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.bibName().equals(wanted)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(EntryType::bibName).toList();
    }

    boolean isThesis() {
        return csl == CSLType.THESIS;
    }

    boolean isWebOrMisc() {
        return this == MISC || this == UNPUBLISHED || csl == CSLType.WEBPAGE;
    }
}
