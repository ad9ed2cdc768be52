package org.glossa.site;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store, with one correction: a page is published at the URL Glossa computed
 * ({@code essay/radio.html}), not at one derived from its file name ({@code essay/03-radio.html}),
 * so that reordering sections never breaks a link.
 */
final class GlossaContentStore extends ContentStore {
    static final String URI_KEY = "glossa_uri";

    private final boolean keepOpen;
    private boolean open;

    /**
     * @param keepOpen keep the database open when a bake ends (see {@link WarmStore}); JBake's
     *     {@code Oven} clears every document at the start of each bake either way
     */
    GlossaContentStore(String type, String name, boolean keepOpen) {
        super(type, name);
        this.keepOpen = keepOpen;
    }

    @Override
    public void startup() {
        if (!open) {
            super.startup();
            open = keepOpen;
        }
    }

    @Override
    public void close() {
        if (!keepOpen) {
            super.close();
        }
    }

    /** Closes a store that was kept open. */
    void closeForGood() {
        if (open) {
            open = false;
            super.close();
        }
    }

    @Override
    public void addDocument(DocumentModel document) {
        Object uri = document.get(URI_KEY);
        if (uri instanceof String s) {
            document.setUri(s);
        }
        super.addDocument(document);
    }
}
