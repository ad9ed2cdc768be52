package org.glossa.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * One CSL style, offline (styles and locales come from the jars on the class path), en-US, HTML
 * with links. citeproc-java is neither thread-safe nor fast (about a third of a millisecond per
 * citation when warm, several when cold), so calls are serialised here, callers cache the results,
 * a caller that formats on several threads gives each thread an engine of its own, and what the
 * processor printed is kept between builds ({@link CitationCache}): the processor starts only for
 * a call the cache cannot answer.
 */
final class CslEngine {
    private static final String LOCALE = "en-US";

    private final String style;
    private final Map<String, CSLItemData> items;
    private final CitationCache cache;
    /** Each item as CSL-JSON, the part of a cache key that says what was formatted. */
    private final Map<String, String> itemJson = new HashMap<>();

    private CSL csl;

    CslEngine(String style, Map<String, CSLItemData> items, CitationCache cache) {
        this.style = style;
        this.items = items;
        this.cache = cache;
    }

    /** Starts the processor now, if it is not running (loading a style takes a while in a fresh JVM). */
    synchronized void start() {
        if (csl != null) {
            return;
        }
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
            csl = new CSL(provider, new DefaultLocaleProvider(), new DefaultAbbreviationProvider(), style, LOCALE);
        } catch (IOException e) {
            // The style ships in a jar we depend on: failing to read it is a packaging bug.
            throw new UncheckedIOException("cannot load CSL style " + style, e);
        }
    }

    /** Forgets earlier citations. reset() also drops the output format and links: set them again. */
    private void fresh() {
        start();
        csl.reset();
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
    }

    /** One item cited alone, as the first citation of the document (the processor is reset). */
    synchronized String citation(String id, String locator, String suffix) {
        return cache.get(() -> key("citation", id, locator, suffix), () -> {
            fresh();
            CSLCitationItemBuilder item = new CSLCitationItemBuilder(id).suffix(suffix);
            if (locator != null) {
                // Labels are ours: citeproc-java ignores CSL's locator conditions and drops them.
                item.locator(locator).label(CSLLabel.PAGE);
            }
            return csl.makeCitation(new CSLCitation(item.build())).get(0).getText();
        });
    }

    /** One item's bibliography entry, alone (so no 3-em dash stands for a previous author). */
    synchronized String bibliographyEntry(String id) {
        return cache.get(() -> key("bibliography", id, null, null), () -> {
            fresh();
            csl.registerCitationItems(id);
            Bibliography bibliography = csl.makeBibliography();
            return bibliography.getEntries()[0];
        });
    }

    /** Whether {@link #bibliographyEntry} would answer from the cache. */
    synchronized boolean hasCachedEntry(String id) {
        return cache.contains(() -> key("bibliography", id, null, null));
    }

    private String key(String call, String id, String locator, String suffix) {
        String json = itemJson.computeIfAbsent(
                id, i -> String.valueOf(items.get(i).toJson(new StringJsonBuilderFactory().createJsonBuilder())));
        return String.join(
                "\n",
                CitationCache.identity(style, LOCALE),
                call,
                String.valueOf(locator),
                String.valueOf(suffix),
                json);
    }
}
