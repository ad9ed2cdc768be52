package org.glossa.build;

import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import org.glossa.markdown.GlossaryExtension;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.model.AliasResolver;
import org.glossa.model.EssayLoader;
import org.glossa.model.EssayRenderer;
import org.glossa.model.EssayResolver;
import org.glossa.model.GlossaryResolver;
import org.glossa.model.RevisionsResolver;
import org.glossa.model.SidebarResolver;

/**
 * Wires the stages together: which Markdown extensions parse the essay and which resolvers check
 * and link it. Built once per process and reused by every rebuild of the preview server.
 */
final class Pipeline {
    private final MarkdownProcessor markdown;
    private final List<EssayResolver> resolvers;

    Pipeline() {
        List<Extension> extensions = new ArrayList<>();
        extensions.add(GlossaryExtension.create());
        this.markdown = new MarkdownProcessor(extensions);
        this.resolvers = new ArrayList<>();
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
        return new EssayLoader(markdown, resolvers);
    }

    EssayRenderer renderer() {
        return new EssayRenderer(markdown);
    }
}
