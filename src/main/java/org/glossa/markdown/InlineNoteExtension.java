package org.glossa.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Inline footnotes, {@code text^[note text]}, as in Pandoc. Only wires the parser ({@link
 * InlineNote} nodes) and the renderer; numbering comes from the model through {@link PageNotes#KEY}.
 */
public final class InlineNoteExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private InlineNoteExtension() {}

    public static InlineNoteExtension create() {
        return new InlineNoteExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkRefProcessorFactory(new InlineNoteParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new InlineNoteRenderer.Factory());
    }
}
