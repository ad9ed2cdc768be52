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

    GlossaContentStore(String type, String name) {
        super(type, name);
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
