package org.glossa.build;

import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import org.glossa.markdown.CitationExtension;
import org.glossa.markdown.GlossaryExtension;
import org.glossa.markdown.InlineNoteExtension;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.NotesExtension;
import org.glossa.model.AliasResolver;
import org.glossa.model.EssayLoader;
import org.glossa.model.EssayRenderer;
import org.glossa.model.EssayResolver;
import org.glossa.model.GlossaryResolver;
import org.glossa.model.NotesResolver;
import org.glossa.model.ParsedPages;
import org.glossa.model.RevisionsResolver;
import org.glossa.model.SidebarResolver;

/**
 * Wires the stages together: which Markdown extensions parse the essay and which resolvers check
 * and link it. Built once per process and reused by every rebuild of the preview server.
 */
final class Pipeline {
    private final MarkdownProcessor markdown;
    private final List<EssayResolver> resolvers;
    private final ParsedPages parsedPages = new ParsedPages();

    Pipeline() {
        List<Extension> extensions = new ArrayList<>();
        extensions.add(GlossaryExtension.create());
        extensions.add(NotesExtension.create());
        extensions.add(InlineNoteExtension.create());
        extensions.add(CitationExtension.create());
        this.markdown = new MarkdownProcessor(extensions);
        this.resolvers = new ArrayList<>();
        // Notes first: footnotes that nothing refers to are reported and dropped before the
        // glossary counts the links inside them (they would point at text that is not published).
        resolvers.add(new NotesResolver());
        resolvers.add(new GlossaryResolver());
        resolvers.add(new SidebarResolver());
        resolvers.add(new AliasResolver());
        resolvers.add(new RevisionsResolver());
    }

    /** The Markdown processor with every registered extension (for the microbenchmarks). */
    MarkdownProcessor markdown() {
        return markdown;
    }

    EssayLoader loader() {
        return new EssayLoader(markdown, resolvers, parsedPages);
    }

    /** Files parsed by the last load; the others were unchanged and kept. */
    int parsedInLastLoad() {
        return parsedPages.parsedInLastLoad();
    }

    EssayRenderer renderer() {
        return new EssayRenderer(markdown);
    }
}
