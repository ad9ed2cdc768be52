package org.glossa.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Citations, {@code [@key]}, {@code [@key, p. 33]}, {@code [@a; @b, 12–14]}, {@code [see @key,
 * chap. 2]}, as in Pandoc. Only wires the parser ({@link Citation} nodes) and the renderer; which
 * source a key names, which note a citation becomes and how it reads are decided by the model and
 * handed over through {@link PageNotes#KEY}.
 */
public final class CitationExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private CitationExtension() {}

    public static CitationExtension create() {
        return new CitationExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkRefProcessorFactory(new CitationParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new CitationRenderer.Factory());
    }
}
