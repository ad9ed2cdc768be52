package org.glossa.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.function.IntFunction;
import org.glossa.diag.SourceLocation;

/**
 * Marks every link and image written in Markdown with where it was written
 * ({@code data-glossa-src="content/essay/03-radio.md:14:22"}), so that the output check can report
 * a broken link at the author's line rather than in a generated page. The attribute is removed
 * before the site is published. Nothing is written unless the document carries a
 * {@link #LOCATOR}.
 */
public final class SourcePositionExtension implements HtmlRenderer.HtmlRendererExtension {
    /** Turns an offset in the parsed text into {@code path:line:col}, or {@code null} for no attribute. */
    public static final DataKey<IntFunction<String>> LOCATOR =
            new DataKey<>("GLOSSA_SOURCE_LOCATOR", (IntFunction<String>) offset -> null);

    private SourcePositionExtension() {}

    public static SourcePositionExtension create() {
        return new SourcePositionExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new Factory());
    }

    /** Where an author wrote the reference a node renders, or -1 for nodes that are not references. */
    static int referenceOffset(Node node) {
        if (node instanceof GlossaryLink link) {
            return link.getTarget().isNotNull() && !link.getTarget().isEmpty()
                    ? link.getTarget().getStartOffset()
                    : link.getStartOffset();
        }
        if (node instanceof LinkNodeBase link) {
            return link.getUrl().isEmpty()
                    ? link.getStartOffset()
                    : link.getUrl().getStartOffset();
        }
        if (node instanceof AutoLink || node instanceof MailLink || node instanceof RefNode) {
            return node.getStartOffset();
        }
        return -1;
    }

    private static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            IntFunction<String> locator = LOCATOR.get(context.getDocument());
            return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                if (part != AttributablePart.LINK && part != AttributablePart.NODE) {
                    return;
                }
                int offset = referenceOffset(node);
                if (offset < 0 || attributes.contains(SourceLocation.HTML_ATTRIBUTE)) {
                    return;
                }
                String location = locator.apply(offset);
                if (location != null) {
                    attributes.addValue(SourceLocation.HTML_ATTRIBUTE, location);
                }
            };
        }
    }
}
