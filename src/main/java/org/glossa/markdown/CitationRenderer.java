package org.glossa.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * A citation in the text renders as the reference to its note; a citation inside a note renders
 * as its formatted text, in place. Unresolved, it renders as typed.
 */
final class CitationRenderer implements NodeRenderer {
    CitationRenderer(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Citation.class, this::render));
    }

    private void render(Citation node, NodeRendererContext context, HtmlWriter html) {
        PageNotes notes = PageNotes.KEY.get(node.getDocument());
        PageNotes.Reference reference = notes.reference(node);
        if (reference != null) {
            NoteRenderer.writeReference(node, notes, html, reference);
            return;
        }
        String formatted = notes.formatted(node);
        if (formatted != null) {
            html.raw(formatted);
        } else {
            html.text(node.getChars().toString());
        }
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new CitationRenderer(options);
        }
    }
}
