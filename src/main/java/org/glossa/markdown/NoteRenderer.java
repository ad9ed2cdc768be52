package org.glossa.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.Set;

/**
 * Renders footnote references as note references (HTML contract: {@code <a class="noteref"
 * id="ref-N" href="#note-N" role="doc-noteref" aria-label="Note N" data-note="note-N"><sup>N</sup></a>})
 * and leaves footnote definitions out of the text. After the text, it renders the body of every
 * note of the page (footnotes, inline notes, citation notes) into its {@link Note}: templates place
 * the endnotes, so the body HTML is handed over rather than written here.
 */
final class NoteRenderer implements PhasedNodeRenderer {
    NoteRenderer(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, this::render),
                new NodeRenderingHandler<>(FootnoteBlock.class, (node, context, html) -> {}));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_BOTTOM);
    }

    private void render(Footnote node, NodeRendererContext context, HtmlWriter html) {
        PageNotes notes = PageNotes.KEY.get(node.getDocument());
        PageNotes.Reference reference = notes.reference(node);
        if (reference == null) {
            html.text(node.getChars().toString());
        } else {
            writeReference(node, notes, html, reference);
        }
    }

    /**
     * The note reference of the HTML contract. Two references side by side ({@code [@a].[^b]}) are
     * parted by a superscript comma, so that 1 and 2 do not read as 12.
     */
    static void writeReference(Node node, PageNotes notes, HtmlWriter html, PageNotes.Reference reference) {
        if (node.getPrevious() != null && notes.reference(node.getPrevious()) != null) {
            html.raw("<sup class=\"noteref-sep\" aria-hidden=\"true\">,</sup>");
        }
        int n = reference.note().number();
        html.attr("class", "noteref")
                .attr("id", reference.id())
                .attr("href", "#" + reference.note().id())
                .attr("role", "doc-noteref")
                .attr("aria-label", "Note " + n)
                .attr("data-note", reference.note().id())
                .withAttr()
                .tag("a");
        html.tag("sup").text(Integer.toString(n)).tag("/sup");
        html.tag("/a");
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        PageNotes notes = PageNotes.KEY.get(document);
        for (Note note : notes.notes()) {
            NodeRendererContext sub = context.getSubContext(false);
            HtmlWriter out = sub.getHtmlWriter();
            switch (note.kind()) {
                case FOOTNOTE -> sub.renderChildren(note.content());
                case INLINE -> {
                    out.tag("p");
                    sub.renderChildren(note.content());
                    out.tag("/p");
                }
                case CITATION -> {
                    Citation citation = (Citation) note.content();
                    String formatted = notes.formatted(citation);
                    out.tag("p");
                    if (formatted != null) {
                        out.raw(formatted);
                    } else {
                        out.text(citation.getChars().toString());
                    }
                    out.tag("/p");
                }
            }
            note.setHtml(((LineAppendable) out).toString(-1, -1).strip());
        }
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new NoteRenderer(options);
        }
    }
}
