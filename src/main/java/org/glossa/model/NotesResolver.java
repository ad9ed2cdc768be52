package org.glossa.model;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.glossa.cite.Bibliography;
import org.glossa.cite.CitationCache;
import org.glossa.cite.CitationFormatter;
import org.glossa.cite.Cite;
import org.glossa.cite.CiteRequest;
import org.glossa.cite.Source;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.diag.Suggestions;
import org.glossa.markdown.Citation;
import org.glossa.markdown.CitationItem;
import org.glossa.markdown.FrontMatter;
import org.glossa.markdown.Note;
import org.glossa.markdown.NotePlacement;
import org.glossa.markdown.PageNotes;

/**
 * Numbers the notes of every page and formats its citations. Loads {@code content/sources.bib}
 * (if the essay has one) once, checks every citation key, footnote label and {@code nocite} key,
 * formats citations in Chicago notes style (the full form the first time a source is cited on a
 * page, the short form after), and records where each source is cited for the sources page.
 *
 * <p>Errors: an unknown key ({@code cite.unknown}), a footnote reference without a definition
 * ({@code note.undefined}), a label defined twice ({@code note.duplicate}), a note inside a note
 * ({@code note.nested}) or inside a link's text ({@code note.in-link}), more than {@link #MAX_NOTES_PER_PAGE} notes on a page ({@code
 * notes.limit}), and the bibliography's own ({@code bib.*}). Warnings: a source never cited and
 * not in {@code nocite} ({@code cite.uncited}), a footnote never referenced ({@code note.unused}).
 */
public final class NotesResolver implements EssayResolver {
    /**
     * Notes allowed on one page. Far beyond any real page (a long scholarly chapter has a few
     * hundred); it keeps a runaway generated file from producing an unreadable page.
     */
    public static final int MAX_NOTES_PER_PAGE = 2000;

    /** The bibliography, under {@code content/}. */
    public static final String BIBLIOGRAPHY_FILE = "sources.bib";

    /** Where the sources page's data is kept in {@link Essay#data()}. */
    public static final String SOURCES_PAGE = "sourcesPage";

    private static final String DISPLAY_PATH = "content/" + BIBLIOGRAPHY_FILE;

    /**
     * The bibliography last read, with its formatter, kept while the file's text stays the same:
     * the preview server rebuilds on every save, and citeproc-java takes a while to warm up.
     */
    private record Loaded(String text, Bibliography bib, List<Diagnostic> problems, Formatter formatter) {}

    private Loaded last;

    /** Reads the bibliography and starts citeproc-java, which takes a while in a fresh JVM. */
    @Override
    public void prepare(Path essayRoot) {
        Path file = essayRoot.resolve("content").resolve(BIBLIOGRAPHY_FILE);
        if (Files.isRegularFile(file)) {
            load(essayRoot, file, new Diagnostics()).formatter().get().prepare();
        }
    }

    @Override
    public void resolve(Essay essay, Diagnostics diags) {
        Path file = essay.root().resolve("content").resolve(BIBLIOGRAPHY_FILE);
        boolean present = Files.isRegularFile(file);
        Loaded loaded = load(essay.root(), file, diags);
        Bibliography bib = loaded.bib();
        Formatter formatter = loaded.formatter();
        // Pages resolve independently, on all cores (citeproc-java is called for each source and
        // form once, see CitationFormatter); what they cite is merged in reading order.
        List<PageCitations> pages = essay.allPages().parallelStream()
                .map(page -> resolvePage(page, bib, present, formatter, diags))
                .toList();
        Map<Source, Set<SourcesPage.Place>> places = new LinkedHashMap<>();
        Set<Source> mentioned = new HashSet<>();
        for (PageCitations page : pages) {
            mentioned.addAll(page.mentioned());
            page.places().forEach(cited -> places.computeIfAbsent(cited.source(), s -> new LinkedHashSet<>())
                    .add(cited.place()));
            if (!page.citedOnPage().isEmpty()) {
                essay.recordCitedWorks(
                        page.page(),
                        page.citedOnPage().stream().map(CitedWork::of).toList());
            }
        }
        Map<Source, List<SourcesPage.Place>> citedIn = new LinkedHashMap<>();
        places.forEach((source, list) -> citedIn.put(source, List.copyOf(list)));
        Set<Source> nocite = nocite(essay.home(), bib, present, diags);
        for (Source s : bib.sources()) {
            if (!citedIn.containsKey(s) && !mentioned.contains(s) && !nocite.contains(s)) {
                diags.warning(
                        bib.file(),
                        s.offset(),
                        "cite.uncited",
                        "source '" + s.key() + "' is never cited",
                        "cite it with [@" + s.key() + "], list it under 'nocite:' in content/index.md, or remove it");
            }
        }
        Set<Source> listed = new LinkedHashSet<>(citedIn.keySet());
        listed.addAll(nocite);
        essay.data().put(SOURCES_PAGE, new SourcesPage(essay, bib, listed, citedIn, formatter::entry, present));
    }

    /** The bibliography, or an empty one when the essay has none (or it cannot be read: reported). */
    private synchronized Loaded load(Path essayRoot, Path file, Diagnostics diags) {
        SourceFile source;
        try {
            source = Files.exists(file) ? SourceFile.read(file, DISPLAY_PATH) : new SourceFile(DISPLAY_PATH, "");
        } catch (SourceFile.MalformedInputException e) {
            diags.add(e.diagnostic());
            return empty();
        } catch (AccessDeniedException e) {
            diags.fileError(DISPLAY_PATH, "file.unreadable", "cannot read this file: permission denied");
            return empty();
        } catch (IOException e) {
            diags.fileError(DISPLAY_PATH, "file.unreadable", "cannot read this file: " + e.getMessage());
            return empty();
        }
        CitationCache cache = CitationCache.forEssay(essayRoot);
        if (last == null || !last.text().equals(source.text()) || last.formatter().cache != cache) {
            Diagnostics problems = new Diagnostics();
            Bibliography bib = Bibliography.load(source, problems);
            last = new Loaded(source.text(), bib, problems.sorted(), new Formatter(bib, cache));
        }
        diags.addAll(last.problems());
        return last;
    }

    private static Loaded empty() {
        Bibliography bib = Bibliography.empty(new SourceFile(DISPLAY_PATH, ""));
        return new Loaded("", bib, List.of(), new Formatter(bib, CitationCache.none()));
    }

    /** A note of a page that cites a source. */
    private record Cited(Source source, SourcesPage.Place place) {}

    /**
     * What one page cites: each source at each note in reading order, every source it names
     * (resolvable citation or not), and the sources in order of first citation.
     */
    private record PageCitations(Page page, List<Cited> places, Set<Source> mentioned, Set<Source> citedOnPage) {}

    private static PageCitations resolvePage(
            Page page, Bibliography bib, boolean present, Formatter formatter, Diagnostics diags) {
        List<Cited> cited = new ArrayList<>();
        Set<Source> mentioned = new HashSet<>();
        PageNotes notes = PageNotes.collect(page.document());
        reportFootnoteProblems(page, notes, diags);
        notes.unreferenced().forEach(Node::unlink); // not published, like any unreferenced footnote
        if (notes.notes().size() > MAX_NOTES_PER_PAGE) {
            Note first = notes.notes().get(MAX_NOTES_PER_PAGE);
            diags.error(
                    page.source(),
                    first.references().get(0).getStartOffset(),
                    "notes.limit",
                    "this page has " + notes.notes().size() + " notes; the limit is " + MAX_NOTES_PER_PAGE
                            + " per page",
                    "split the page into several");
        }

        Set<Citation> resolvable = new HashSet<>();
        for (Citation citation : notes.citations()) {
            boolean known = true;
            for (CitationItem item : citation.items()) {
                Optional<Source> source = bib.find(item.getKey().toString());
                if (source.isPresent()) {
                    mentioned.add(source.get());
                } else {
                    known = false;
                    reportUnknown(
                            page.source(),
                            item.getKey().getStartOffset(),
                            item.getKey().toString(),
                            bib,
                            present,
                            diags);
                }
            }
            if (known) {
                resolvable.add(citation);
            }
        }

        String sourcesPage = page.linkTo(GeneratedFiles.SOURCES_PAGE);
        Set<Source> citedOnPage = new LinkedHashSet<>(); // in order of first citation
        for (Note note : notes.notes()) {
            for (Citation citation : note.citations()) {
                if (!resolvable.contains(citation)) {
                    continue;
                }
                List<CiteRequest> requests = new ArrayList<>();
                for (CitationItem item : citation.items()) {
                    Source source = bib.find(item.getKey().toString()).orElseThrow();
                    Cite cite = Cite.parse(item.prefixText(), item.afterKeyText());
                    requests.add(new CiteRequest(source, cite, citedOnPage.add(source)));
                    cited.add(new Cited(source, new SourcesPage.Place(page, note.number())));
                }
                notes.setFormatted(citation, format(formatter.get(), note, citation, requests, sourcesPage));
            }
        }
        for (Note note : notes.notes()) {
            if (note.content() instanceof Citation citation) {
                NotePlacement.afterPunctuation(citation);
            }
        }
        page.document().set(PageNotes.KEY, notes);
        if (!notes.notes().isEmpty()) {
            page.addId(Endnotes.TITLE_ID);
            for (Note note : notes.notes()) {
                page.addId(note.id());
                for (int k = 1; k <= note.references().size(); k++) {
                    page.addId(note.referenceId(k));
                }
            }
            page.data().put("notes", new Endnotes(notes.notes()));
        }
        return new PageCitations(page, cited, mentioned, citedOnPage);
    }

    /**
     * A citation in the text is a note of its own. Inside a note's sentence it goes in
     * parentheses, Pandoc style; when it is a whole paragraph of the note, it reads as a note.
     */
    private static String format(
            CitationFormatter formatter, Note note, Citation citation, List<CiteRequest> requests, String sourcesPage) {
        Function<Source, String> link = s -> sourcesPage + "#" + SourcesPage.anchor(s);
        if (note.kind() == Note.Kind.CITATION) {
            return formatter.note(requests, link);
        }
        if (isWholeParagraph(citation)) {
            if (citation.getNext() != null) {
                citation.getNext().unlink(); // the note's own period ends it, inside any closing quotation mark
            }
            return formatter.note(requests, link);
        }
        return "(" + formatter.inText(requests, link) + ")";
    }

    /** {@code [^1]: [see @a, 33].}: the citation alone in its paragraph, perhaps with a period after it. */
    private static boolean isWholeParagraph(Citation citation) {
        if (!(citation.getParent() instanceof Paragraph paragraph) || paragraph.getFirstChild() != citation) {
            return false;
        }
        Node next = citation.getNext();
        return next == null
                || (next instanceof Text text
                        && next.getNext() == null
                        && text.getChars().toString().strip().equals("."));
    }

    private static void reportUnknown(
            SourceFile file, int offset, String key, Bibliography bib, boolean present, Diagnostics diags) {
        String hint = Suggestions.didYouMean(key, bib.keys());
        diags.error(
                file,
                offset,
                "cite.unknown",
                "unknown source '" + key + "'",
                hint != null
                        ? hint
                        : present
                                ? "add an entry with this key to content/sources.bib"
                                : "the essay has no bibliography: create content/sources.bib with an entry for this key");
    }

    private static void reportFootnoteProblems(Page page, PageNotes notes, Diagnostics diags) {
        for (Footnote footnote : notes.undefined()) {
            String label = footnote.getText().toString();
            String hint = Suggestions.didYouMean(label, notes.labels());
            diags.error(
                    page.source(),
                    footnote.getStartOffset(),
                    "note.undefined",
                    "footnote [^" + label + "] has no definition",
                    hint != null ? hint : "add a line '[^" + label + "]: note text' after the paragraph");
        }
        for (PageNotes.Duplicate d : notes.duplicates()) {
            diags.error(
                    page.source(),
                    d.definition().getStartOffset(),
                    "note.duplicate",
                    "footnote [^" + d.definition().getText() + "] is already defined on line "
                            + page.source().lineOf(d.first().getStartOffset()),
                    "give this note a label of its own");
        }
        for (FootnoteBlock block : notes.unreferenced()) {
            diags.warning(
                    page.source(),
                    block.getStartOffset(),
                    "note.unused",
                    "footnote [^" + block.getText() + "] is never referenced",
                    "refer to it with [^" + block.getText() + "] in the text, or remove it");
        }
        for (Node node : notes.inLinks()) {
            diags.error(
                    page.source(),
                    node.getStartOffset(),
                    "note.in-link",
                    "a note cannot sit inside a link",
                    "move it out of the link's text");
        }
        for (Node node : notes.nested()) {
            diags.error(
                    page.source(),
                    node.getStartOffset(),
                    "note.nested",
                    "a note cannot hold another note",
                    "move this note into the text, or write its content into the surrounding note");
        }
    }

    /** {@code nocite:} on the home page: sources listed though not cited. Unknown keys are errors. */
    private static Set<Source> nocite(Page home, Bibliography bib, boolean present, Diagnostics diags) {
        Set<Source> listed = new LinkedHashSet<>();
        if (home == null) {
            return listed;
        }
        FrontMatter.Field field = home.frontMatter().field("nocite");
        List<String> keys = home.stringList("nocite");
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i).strip();
            key = key.startsWith("@") ? key.substring(1) : key;
            Optional<Source> source = bib.find(key);
            if (source.isPresent()) {
                listed.add(source.get());
            } else {
                reportUnknown(home.source(), field.itemOffset(i), key, bib, present, diags);
            }
        }
        return listed;
    }

    /** Starts citeproc-java only when something is cited or listed. */
    private static final class Formatter {
        private final Bibliography bib;
        private final CitationCache cache;
        private CitationFormatter formatter;

        Formatter(Bibliography bib, CitationCache cache) {
            this.bib = bib;
            this.cache = cache;
        }

        synchronized CitationFormatter get() {
            if (formatter == null) {
                formatter = new CitationFormatter(bib, cache);
            }
            return formatter;
        }

        String entry(Source source) {
            return get().bibliographyEntry(source);
        }
    }
}
