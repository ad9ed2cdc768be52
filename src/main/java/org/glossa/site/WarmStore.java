package org.glossa.site;

import java.util.UUID;

/**
 * JBake's in-memory content store, kept open between the bakes of one process (the preview
 * server): opening a fresh OrientDB database costs most of a small rebuild. Every bake still
 * starts from an empty store. OrientDB binds the open database to a thread, so bake with one
 * store from one thread only.
 */
public final class WarmStore implements AutoCloseable {
    private final GlossaContentStore store = new GlossaContentStore("memory", "glossa-" + UUID.randomUUID(), true);

    GlossaContentStore store() {
        return store;
    }

    @Override
    public void close() {
        store.closeForGood();
    }
}
