package org.glossa.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/** Rewrites links to Markdown files into links to the pages they become, via {@link LinkRewriter}. */
public final class GlossaLinkResolverExtension implements HtmlRenderer.HtmlRendererExtension {
    private GlossaLinkResolverExtension() {}

    public static GlossaLinkResolverExtension create() {
        return new GlossaLinkResolverExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new Factory());
    }

    private static final class Factory implements LinkResolverFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            LinkRewriter rewriter = LinkRewriter.KEY.get(context.getDocument());
            // Only the URL changes; whether a reference resolved is left to flexmark.
            return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) ->
                    link.getStatus() == LinkStatus.UNKNOWN || link.getStatus() == LinkStatus.VALID
                            ? link.withUrl(rewriter.rewrite(link.getUrl()))
                            : link;
        }
    }
}
