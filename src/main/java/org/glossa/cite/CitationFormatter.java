package org.glossa.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Formats citations in Chicago notes-and-bibliography style (17th edition CSL styles, en-US) as
 * HTML fragments fit for a strict Content Security Policy: {@code <i>}, {@code <b>}, {@code <span
 * class="sc">} and {@code <a href>}, never a {@code style} attribute; field text is escaped.
 *
 * <p>Each source is run through citeproc-java at most once per form (full or short note, with or
 * without a locator, bibliography entry). The locator goes in as a placeholder that is replaced
 * afterwards, and prefix and suffix are added outside the processor, so a corpus with thousands of
 * citations costs a few processor calls per source. Thread-safe: each thread formats with
 * processors of its own.
 */
public final class CitationFormatter {
    static final String FULL_STYLE = "chicago-notes-bibliography-17th-edition";
    static final String SHORT_STYLE = "chicago-shortened-notes-bibliography-17th-edition";

    /** Stand-ins the processor prints verbatim: where the locator goes, where the citation ends. */
    private static final String LOCATOR_SLOT = "GLOSSALOCATORSLOT";

    private static final String END_SLOT = "GLOSSAENDSLOT";

    private enum Form {
        FULL,
        SHORT
    }

    private record TemplateKey(String sourceKey, Form form, boolean withLocator) {}

    /** A full-note and a short-note processor, used by one thread at a time. */
    private record Engines(CslEngine full, CslEngine shortened) {}

    private final Set<String> known;
    private final Map<String, CSLItemData> items;
    /**
     * Processors not in use. citeproc-java is not thread-safe: a thread formatting while all are in
     * use gets a pair of its own, so pages resolving on several cores never wait for each other.
     */
    private final Queue<Engines> idle = new ConcurrentLinkedQueue<>();

    private final Map<TemplateKey, String> templates = new ConcurrentHashMap<>();
    private final Map<String, String> bibliographyEntries = new ConcurrentHashMap<>();

    /** A citation's text and the address it links to: the same citation recurs on many pages. */
    private record Linked(String html, String href) {}

    private final Map<Linked, String> linked = new ConcurrentHashMap<>();

    private final CitationCache cache;

    /** A formatter that keeps nothing between builds. */
    public CitationFormatter(Bibliography bibliography) {
        this(bibliography, CitationCache.none());
    }

    /** A formatter that asks {@code cache} before starting citeproc-java. */
    public CitationFormatter(Bibliography bibliography, CitationCache cache) {
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        for (Source s : bibliography.sources()) {
            items.put(s.key(), s.item());
        }
        known = Set.copyOf(items.keySet());
        this.items = items;
        this.cache = cache;
        idle.add(newEngines());
    }

    private Engines newEngines() {
        return new Engines(new CslEngine(FULL_STYLE, items, cache), new CslEngine(SHORT_STYLE, items, cache));
    }

    /**
     * Starts citeproc-java now (on a thread that would otherwise wait), unless the cache holds
     * every source's bibliography entry: then the notes were very likely formatted before too.
     */
    public void prepare() {
        withEngines(e -> {
            if (!allEntriesCached(e)) {
                e.full().start();
                e.shortened().start();
            }
            return null;
        });
    }

    /** Whether the cache holds every source's bibliography entry. */
    boolean allEntriesCached() {
        return withEngines(this::allEntriesCached);
    }

    private boolean allEntriesCached(Engines engines) {
        return known.stream().allMatch(engines.full()::hasCachedEntry);
    }

    /** Runs {@code call} with a pair of processors that no other thread uses meanwhile. */
    private <T> T withEngines(Function<Engines, T> call) {
        Engines engines = idle.poll();
        if (engines == null) {
            engines = newEngines();
        }
        try {
            return call.apply(engines);
        } finally {
            idle.add(engines);
        }
    }

    /** The note for a source's first citation on a page: {@code Author, Title (Place: Publisher, Year), 33.} */
    public String fullNote(Source source, Cite cite) {
        return note(List.of(new CiteRequest(source, cite, true)));
    }

    /** The note for a later citation: {@code Author, Short Title, 33.} */
    public String shortNote(Source source, Cite cite) {
        return note(List.of(new CiteRequest(source, cite, false)));
    }

    /**
     * One note holding several citations ({@code [@a; @b, 12–14]}): each in its full or short form,
     * joined with "; ", the first letter capitalised when the note opens with a prefix ("See"),
     * ended with one period (inside closing quotation marks).
     */
    public String note(List<CiteRequest> cites) {
        return note(cites, null);
    }

    /**
     * {@link #note(List)} with each citation linked to its source's entry: {@code <a class="cite"
     * href="LINK">…</a>} around the citation proper (not its prefix or suffix), where {@code link}
     * gives each source's address. Where a citation shows a URL or DOI, that keeps its own link and
     * the text around it is linked to the source.
     */
    public String note(List<CiteRequest> cites, Function<Source, String> link) {
        String note = joined(cites, link);
        if (!cites.get(0).cite().prefix().isEmpty()) {
            note = NotePunctuation.capitalizeFirst(note);
        }
        return NotePunctuation.endWithPeriod(note);
    }

    /**
     * Citations that sit inside a note's own sentence ({@code As Smith argues [@smith, 41].}): the
     * same forms as {@link #note(List, Function)}, joined with "; ", but neither capitalised nor
     * closed with a period, since the author's sentence goes on around them.
     */
    public String inText(List<CiteRequest> cites, Function<Source, String> link) {
        return joined(cites, link);
    }

    private String joined(List<CiteRequest> cites, Function<Source, String> link) {
        if (cites.isEmpty()) {
            throw new IllegalArgumentException("a note needs at least one citation");
        }
        List<String> parts = new ArrayList<>();
        for (CiteRequest request : cites) {
            Form form = request.firstOnPage() ? Form.FULL : Form.SHORT;
            parts.add(citation(
                    request.source(), request.cite(), form, link == null ? null : link.apply(request.source())));
        }
        return String.join("; ", parts);
    }

    /** The source's entry for the bibliography, without a wrapping element. */
    public String bibliographyEntry(Source source) {
        requireKnown(source);
        return bibliographyEntries.computeIfAbsent(
                source.key(), key -> CspHtml.clean(withEngines(e -> e.full().bibliographyEntry(key))));
    }

    /** One citation without its closing period, linked to {@code href} unless it is {@code null}. */
    private String citation(Source source, Cite cite, Form form, String href) {
        String text = template(source, form, cite.locator().isPresent());
        if (cite.locator().isPresent()) {
            text = text.replace(
                    LOCATOR_SLOT, NotePunctuation.escape(cite.locator().get().render()));
        }
        if (href != null) {
            text = linked.computeIfAbsent(new Linked(text, href), l -> CiteLinks.wrap(l.html(), l.href()));
        }
        if (!cite.prefix().isEmpty()) {
            text = NotePunctuation.escape(cite.prefix()) + " " + text;
        }
        if (!cite.suffix().isEmpty()) {
            boolean punctuated = !Character.isLetterOrDigit(cite.suffix().codePointAt(0));
            text = text + (punctuated ? "" : " ") + NotePunctuation.escape(cite.suffix());
        }
        return text;
    }

    /** citeproc-java would fail deep inside on an item it was not given. */
    private void requireKnown(Source source) {
        if (!known.contains(source.key())) {
            throw new IllegalArgumentException(source + " is not in the bibliography this formatter was made for");
        }
    }

    private String template(Source source, Form form, boolean withLocator) {
        requireKnown(source);
        return templates.computeIfAbsent(new TemplateKey(source.key(), form, withLocator), k -> {
            String html = CspHtml.clean(withEngines(e -> (form == Form.FULL ? e.full() : e.shortened())
                    .citation(k.sourceKey(), withLocator ? LOCATOR_SLOT : null, END_SLOT)));
            int end = html.indexOf(END_SLOT);
            if (end < 0) {
                throw new IllegalStateException("citeproc-java dropped the end marker: " + html);
            }
            // citeproc-java puts a space before a suffix that starts with a letter.
            return html.substring(0, end).stripTrailing();
        });
    }
}
