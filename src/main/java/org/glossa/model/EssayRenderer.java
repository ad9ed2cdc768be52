package org.glossa.model;

import java.util.Map;
import org.glossa.diag.SourceLocation;
import org.glossa.markdown.LinkRewriter;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.PageNotes;
import org.glossa.markdown.SourcePositionExtension;

/** Renders every page's Markdown to HTML once the essay is resolved, on all cores. */
public final class EssayRenderer {
    private final MarkdownProcessor markdown;

    public EssayRenderer(MarkdownProcessor markdown) {
        this.markdown = markdown;
    }

    public void render(Essay essay) {
        essay.allPages().parallelStream().forEach(this::render);
    }

    private void render(Page page) {
        page.setHtml(html(page));
        page.document().get(PageNotes.KEY).releaseTrees();
        page.releaseDocument();
    }

    /** A resolved page's HTML; unlike {@link #render(Essay)}, it keeps the page's tree (benchmarks). */
    public String html(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, String> rewrites = (Map<String, String>) page.data().getOrDefault("linkRewrites", Map.of());
        page.document().set(LinkRewriter.KEY, url -> rewrites.getOrDefault(url, url));
        page.document().set(SourcePositionExtension.LOCATOR, offset -> SourceLocation.of(page.source(), offset)
                .toString());
        return markdown.render(page.document());
    }
}
