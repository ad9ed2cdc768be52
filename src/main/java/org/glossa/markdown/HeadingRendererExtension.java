package org.glossa.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Renders headings with the id the model assigned (explicit {@code {#id}} or a slug) and a
 * self-link that appears on hover and focus, so readers can copy a link to any heading.
 */
public final class HeadingRendererExtension implements HtmlRenderer.HtmlRendererExtension {
    private HeadingRendererExtension() {}

    public static HeadingRendererExtension create() {
        return new HeadingRendererExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(HeadingRenderer::new);
    }

    private static final class HeadingRenderer implements NodeRenderer {
        HeadingRenderer(DataHolder options) {}

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
        }

        private void render(Heading node, NodeRendererContext context, HtmlWriter html) {
            String id = node.getAnchorRefId();
            String tag = "h" + node.getLevel();
            if (id != null && !id.isEmpty()) {
                html.attr("id", id);
            }
            html.srcPos(node.getText()).withAttr().tag(tag);
            context.renderChildren(node);
            if (id != null && !id.isEmpty()) {
                html.raw(" ");
                html.attr("class", "heading-anchor")
                        .attr("href", "#" + id)
                        .attr("aria-label", "Link to this heading")
                        .withAttr()
                        .tag("a");
                html.raw("#");
                html.closeTag("a");
            }
            html.closeTag(tag);
            html.line();
        }
    }
}
