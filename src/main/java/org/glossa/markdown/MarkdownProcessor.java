package org.glossa.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * Flexmark configured with the essay's syntax. One instance is built once and shared: flexmark's
 * parser and renderer are thread-safe, so sections can be parsed and rendered on several cores.
 */
public final class MarkdownProcessor {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownProcessor() {
        this(List.of());
    }

    /** @param moreExtensions extensions contributed by later stages (glossary links, notes and citations) */
    public MarkdownProcessor(List<Extension> moreExtensions) {
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(),
                TypographicExtension.create(),
                HeadingIdExtension.create(),
                HeadingRendererExtension.create(),
                GlossaLinkResolverExtension.create(),
                SourcePositionExtension.create()));
        extensions.addAll(moreExtensions);
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(TypographicExtension.ENABLE_SMARTS, true)
                .set(TypographicExtension.ENABLE_QUOTES, true);
        options.toImmutable();
        this.parser = LinearInlineParser.install(Parser.builder(options)).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Parses the body of a page; node offsets are relative to {@code body}. */
    public Document parse(String body) {
        return parser.parse(body);
    }

    public String render(Document document) {
        return renderer.render(document);
    }
}
