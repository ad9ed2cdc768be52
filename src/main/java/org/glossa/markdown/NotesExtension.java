package org.glossa.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Footnotes, {@code text[^label]} with {@code [^label]: note text} on its own line, and the
 * rendering of every note of a page. Parsing is flexmark's footnote extension (its block parser and
 * link-reference processor); its renderer is not used, because notes here are numbered together
 * with inline notes and citations, carry the HTML contract's markup, and go to the endnotes that
 * templates place. Numbering comes from the model through {@link PageNotes#KEY}.
 */
public final class NotesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final FootnoteExtension footnoteSyntax = FootnoteExtension.create();

    private NotesExtension() {}

    public static NotesExtension create() {
        return new NotesExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        footnoteSyntax.parserOptions(options);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        footnoteSyntax.extend(builder);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new NoteRenderer.Factory());
    }
}
