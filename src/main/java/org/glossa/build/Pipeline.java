package org.glossa.build;

import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.model.EssayLoader;
import org.glossa.model.EssayRenderer;
import org.glossa.model.EssayResolver;
import org.glossa.model.ParsedPages;

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
        this.markdown = new MarkdownProcessor(extensions);
        this.resolvers = new ArrayList<>();
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
