package org.glossa.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Renders a resolved glossary link as the HTML contract's
 * {@code <a class="term" href="…" id="use-SLUG-K" data-term="SLUG">shown text</a>}. An unclosed
 * or unresolved link is written as the text the author typed (the build reports it anyway).
 */
final class GlossaryLinkRenderer implements NodeRenderer {
    GlossaryLinkRenderer(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(GlossaryLink.class, this::render));
    }

    private void render(GlossaryLink node, NodeRendererContext context, HtmlWriter html) {
        if (!node.isClosed()) {
            html.text(node.getChars().toString());
            return;
        }
        TermLinks.Target target = TermLinks.KEY.get(node.getDocument()).resolve(node);
        if (target == null) {
            html.text(node.getOpeningMarker().toString());
            if (node.getSeparator().isNotNull()) {
                html.text(node.getTarget().toString() + node.getSeparator());
            }
            context.renderChildren(node);
            html.text(node.getClosingMarker().toString());
            return;
        }
        html.attr("class", "term")
                .attr("href", target.href())
                .attr("id", target.id())
                .attr("data-term", target.slug())
                .withAttr(AttributablePart.LINK)
                .tag("a");
        context.renderChildren(node);
        html.tag("/a");
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new GlossaryLinkRenderer(options);
        }
    }
}
