package org.glossa.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/** An inline note renders as the reference to its note (its text goes to the endnotes); unresolved, as typed. */
final class InlineNoteRenderer implements NodeRenderer {
    InlineNoteRenderer(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(InlineNote.class, this::render));
    }

    private void render(InlineNote node, NodeRendererContext context, HtmlWriter html) {
        PageNotes notes = PageNotes.KEY.get(node.getDocument());
        PageNotes.Reference reference = notes.reference(node);
        if (reference != null) {
            NoteRenderer.writeReference(node, notes, html, reference);
            return;
        }
        html.text(node.getOpeningMarker().toString());
        context.renderChildren(node);
        html.text(node.getClosingMarker().toString());
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new InlineNoteRenderer(options);
        }
    }
}
