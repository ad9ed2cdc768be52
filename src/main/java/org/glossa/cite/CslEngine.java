package org.glossa.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * One CSL style, offline (styles and locales come from the jars on the class path), en-US, HTML
 * with links. citeproc-java is neither thread-safe nor fast (about a third of a millisecond per
 * citation), so calls are serialised here, callers cache the results, and a caller that formats
 * on several threads gives each thread an engine of its own.
 */
final class CslEngine {
    private final CSL csl;

    CslEngine(String style, Map<String, CSLItemData> items) {
        ItemDataProvider provider = new ItemDataProvider() {
            @Override
            public CSLItemData retrieveItem(String id) {
                return items.get(id);
            }

            @Override
            public Collection<String> getIds() {
                return items.keySet();
            }
        };
        try {
            csl = new CSL(provider, new DefaultLocaleProvider(), new DefaultAbbreviationProvider(), style, "en-US");
        } catch (IOException e) {
            // The style ships in a jar we depend on: failing to read it is a packaging bug.
            throw new UncheckedIOException("cannot load CSL style " + style, e);
        }
    }

    /** Forgets earlier citations. reset() also drops the output format and links: set them again. */
    private void fresh() {
        csl.reset();
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
    }

    /** One item cited alone, as the first citation of the document (the processor is reset). */
    synchronized String citation(String id, String locator, String suffix) {
        fresh();
        CSLCitationItemBuilder item = new CSLCitationItemBuilder(id).suffix(suffix);
        if (locator != null) {
            // Labels are ours: citeproc-java ignores CSL's locator conditions and drops them.
            item.locator(locator).label(CSLLabel.PAGE);
        }
        return csl.makeCitation(new CSLCitation(item.build())).get(0).getText();
    }

    /** One item's bibliography entry, alone (so no 3-em dash stands for a previous author). */
    synchronized String bibliographyEntry(String id) {
        fresh();
        csl.registerCitationItems(id);
        Bibliography bibliography = csl.makeBibliography();
        return bibliography.getEntries()[0];
    }
}
