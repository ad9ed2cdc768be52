package org.glossa.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Glossary links, {@code [[Target]]} and {@code [[Target|shown text]]} (target first, as in
 * Obsidian). Only wires the parser and the renderer; which entry a link names is decided by the
 * model and handed to the renderer through {@link TermLinks#KEY}.
 */
public final class GlossaryExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private GlossaryExtension() {}

    public static GlossaryExtension create() {
        return new GlossaryExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new GlossaryLinkParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new GlossaryLinkRenderer.Factory());
    }
}
