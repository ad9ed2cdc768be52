package org.glossa.site;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store without its database. Glossa has already resolved the whole essay, so
 * the store only needs to hold the documents between crawling and rendering: a map in memory does
 * that, and saves the one to two seconds OrientDB takes to start in a fresh JVM.
 *
 * <p>It also publishes each page at the URL Glossa computed ({@code essay/radio.html}), not at one
 * derived from its file name ({@code essay/03-radio.html}), so reordering sections breaks no link.
 * Documents keep insertion order; nothing depends on JBake's date ordering.
 */
final class InMemoryContentStore extends ContentStore {
    static final String URI_KEY = "glossa_uri";

    private final Map<String, DocumentModel> bySourceUri = new LinkedHashMap<>();

    InMemoryContentStore() {
        super("memory", "glossa");
    }

    @Override
    public void startup() {}

    @Override
    public void close() {}

    @Override
    public void shutdown() {}

    @Override
    public void drop() {
        bySourceUri.clear();
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        bySourceUri.clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void addDocument(DocumentModel document) {
        Object uri = document.get(URI_KEY);
        if (uri instanceof String s) {
            document.setUri(s);
        }
        bySourceUri.put(document.getSourceuri(), document);
    }

    @Override
    public long getDocumentCount(String docType) {
        return select(d -> docType.equals(d.getType())).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return select(d -> docType.equals(d.getType()) && isPublished(d)).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        // JBake's crawler asks once per file: a lookup, not a scan (a scan is quadratic in pages).
        DocumentList<DocumentModel> list = new DocumentList<>();
        DocumentModel d = bySourceUri.get(uri);
        if (d != null) {
            list.add(d);
        }
        return list;
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(d -> docType.equals(d.getType()) && isPublished(d));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return select(d -> docType.equals(d.getType()));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(d -> !Boolean.TRUE.equals(d.getRendered()) && DocumentTypes.contains(d.getType()));
    }

    @Override
    public void deleteContent(String uri) {
        bySourceUri.remove(uri);
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        bySourceUri.values().removeIf(d -> docType.equals(d.getType()));
    }

    @Override
    public Set<String> getTags() {
        return Collections.emptySet();
    }

    @Override
    public Set<String> getAllTags() {
        return Collections.emptySet();
    }

    /** Every document, in the order it was added. */
    List<DocumentModel> documents() {
        return new ArrayList<>(bySourceUri.values());
    }

    private DocumentList<DocumentModel> select(Predicate<DocumentModel> filter) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        for (DocumentModel d : bySourceUri.values()) {
            if (filter.test(d)) {
                list.add(d);
            }
        }
        return list;
    }

    private static boolean isPublished(DocumentModel d) {
        return ModelAttributes.Status.PUBLISHED.equals(d.getStatus());
    }
}
