package org.glossa.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.junit.jupiter.api.Test;

/** The essay's own bibliography: loads cleanly, and every entry formats without LaTeX leftovers. */
class RealBibliographyTest {
    private static final List<String> LEFTOVERS = List.of("style=", "{", "}", "\\$", "--");

    private static Bibliography load(Diagnostics diags) throws IOException {
        // Surefire runs with the Maven basedir as working directory.
        return Bibliography.load(SourceFile.read(Path.of("content/sources.bib"), "content/sources.bib"), diags);
    }

    @Test
    void loadsWithoutDiagnosticsAndFormatsEveryEntry() throws IOException {
        Diagnostics diags = new Diagnostics();
        Bibliography bib = load(diags);
        assertTrue(diags.isEmpty(), diags::report);
        assertEquals(37, bib.size());

        CitationFormatter formatter = new CitationFormatter(bib);
        for (Source s : bib.sources()) {
            List<String> outputs = List.of(
                    formatter.fullNote(s, Cite.NONE),
                    formatter.fullNote(s, Cite.parse("see", ", 12--14")),
                    formatter.shortNote(s, Cite.NONE),
                    formatter.shortNote(s, Cite.parse("", "chap. 2")),
                    formatter.bibliographyEntry(s));
            for (String html : outputs) {
                assertFalse(html.isBlank(), s.key());
                for (String leftover : LEFTOVERS) {
                    assertFalse(html.contains(leftover), s.key() + " contains " + leftover + ": " + html);
                }
            }
            s.annotation().ifPresent(a -> assertFalse(a.contains("\\$") || a.contains("--"), s.key() + ": " + a));
        }
    }

    @Test
    void groupsFollowTheDocumentedRule() throws IOException {
        Map<SourceGroup, List<Source>> groups = load(new Diagnostics()).byGroup();

        assertEquals(
                List.of(
                        "frus1958v16d81",
                        "ustr2025art",
                        "frus1955v21d254",
                        "eo14257",
                        "eo14326",
                        "fr2021itar",
                        "state1997factsheet",
                        "frus1958v16d70",
                        "frus1958v16d77",
                        "frus1961v23d111",
                        "frus1955v21d239",
                        "wh2025jointdeclaration"),
                keys(groups.get(SourceGroup.PRIMARY)));
        assertEquals(
                List.of(
                        "clymer2004unitedstates",
                        "heng2020postcovid",
                        "lasater1969survival",
                        "sihanouk1958neutral",
                        "po2020ironclad",
                        "richardson2009china",
                        "rust2016eisenhower",
                        "smith1965foreign"),
                keys(groups.get(SourceGroup.SCHOLARSHIP)));
        assertEquals(17, groups.get(SourceGroup.NEWS).size());
        assertTrue(keys(groups.get(SourceGroup.NEWS))
                .containsAll(List.of(
                        "coplen2025fulcrum",
                        "press1963aid",
                        "reuters2025truce",
                        "scmp2025angkor",
                        "xinhua2025golden")));
    }

    @Test
    void realEntriesFormatAsChicagoWants() throws IOException {
        Bibliography bib = load(new Diagnostics());
        CitationFormatter formatter = new CitationFormatter(bib);
        Source po = bib.find("po2020ironclad").orElseThrow();
        Source frus = bib.find("frus1961v23d111").orElseThrow();
        Source heng = bib.find("heng2020postcovid").orElseThrow();
        String doi =
                "<a href=\"https://doi.org/10.1177/1868103420901879\">https://doi.org/10.1177/1868103420901879</a>";
        String frusUrl = "https://history.state.gov/historicaldocuments/frus1961-63v23/d111";

        assertEquals(
                "Sovinda Po and Christopher B. Primiano, “An ‘Ironclad Friend’: Explaining Cambodia’s Bandwagoning "
                        + "Policy towards China,” <i>Journal of Current Southeast Asian Affairs</i> 39, no. 3 (2020): "
                        + "450, " + doi + ".",
                formatter.fullNote(po, Cite.at("450")));
        assertEquals("Po and Primiano, “‘Ironclad Friend,’” 450–51.", formatter.shortNote(po, Cite.at("450-451")));
        assertEquals(
                "Po, Sovinda, and Christopher B. Primiano. “An ‘Ironclad Friend’: Explaining Cambodia’s Bandwagoning "
                        + "Policy towards China.” <i>Journal of Current Southeast Asian Affairs</i> 39, no. 3 (2020): "
                        + "444–64. " + doi + ".",
                formatter.bibliographyEntry(po));

        assertEquals(
                "U.S. Embassy in Cambodia, “Telegram from the Embassy in Cambodia to the Department of State "
                        + "[Telegram 348],” Foreign Relations of the United States, 1961–1963, Volume XXIII, Southeast "
                        + "Asia, Document 111 (Office of the Historian, U.S. Department of State), November 1963, "
                        + "<a href=\"" + frusUrl + "\">" + frusUrl + "</a>.",
                formatter.fullNote(frus, Cite.NONE));
        // Three telegrams by the same embassy: four words would not tell them apart.
        assertEquals(
                "U.S. Embassy in Cambodia, “Telegram from the Embassy in Cambodia to the Department of State "
                        + "[Telegram 348].”",
                formatter.shortNote(frus, Cite.NONE));

        assertEquals(
                "Kimkong Heng, <i>Cambodia’s Foreign Policy Post-COVID-19: Key Challenges</i>, ISEAS Perspective "
                        + "2020/132 (Singapore: ISEAS – Yusof Ishak Institute, 2020), 3.",
                formatter.fullNote(heng, Cite.at("3")));
        assertEquals(
                "Heng, <i>Cambodia’s Foreign Policy Post-COVID-19</i>, 3.", formatter.shortNote(heng, Cite.at("3")));
        assertEquals(
                "Heng, Kimkong. <i>Cambodia’s Foreign Policy Post-COVID-19: Key Challenges</i>. ISEAS Perspective "
                        + "2020/132. Singapore: ISEAS – Yusof Ishak Institute, 2020.",
                formatter.bibliographyEntry(heng));
    }

    @Test
    void formattingFromManyThreadsGivesTheSameNotes() throws IOException {
        Bibliography bib = load(new Diagnostics());
        CitationFormatter sequential = new CitationFormatter(bib);
        CitationFormatter parallel = new CitationFormatter(bib);
        List<String> expected = bib.sources().stream()
                .map(s -> sequential.fullNote(s, Cite.at("5")) + sequential.shortNote(s, Cite.NONE))
                .toList();

        List<String> actual = bib.sources().parallelStream()
                .map(s -> parallel.fullNote(s, Cite.at("5")) + parallel.shortNote(s, Cite.NONE))
                .toList();

        assertEquals(expected, actual);
    }

    private static List<String> keys(List<Source> sources) {
        return sources.stream().map(Source::key).toList();
    }
}
