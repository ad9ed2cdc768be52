package org.glossa.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

/**
 * JBake's {@code Oven} with the steps Glossa needs, in JBake's order: register the document
 * types, crawl (our engine hands over the finished pages), render every document with its
 * template, copy the assets. It differs from {@code Oven.bake()} in four ways: the in-memory store
 * needs no database start-up; documents are rendered in one pass without JBake's previous/next
 * queries (quadratic in the number of pages; Glossa computes navigation itself); they are
 * rendered in parallel; and each document's model is made just before it is rendered and dropped
 * right after, so that memory holds a few models at a time, not one per page.
 */
final class GlossaOven extends Oven {
    /** What templates see as {@code content.glossa}. */
    static final String MODEL_KEY = "glossa";

    private final InMemoryContentStore store;
    private final Function<DocumentModel, Map<String, Object>> models;
    private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());

    /** @param models the model of a document, made when it is rendered */
    GlossaOven(Utensils utensils, InMemoryContentStore store, Function<DocumentModel, Map<String, Object>> models) {
        super(utensils);
        this.store = store;
        this.models = models;
    }

    @Override
    public void bake() {
        Utensils utensils = getUtensils();
        JBakeConfiguration config = utensils.getConfiguration();
        registerDocumentTypes(config);
        utensils.getCrawler().crawl();
        // Pages are independent once the model is resolved: render them on all cores (Freemarker's
        // templates and configuration are thread-safe; JBake's Renderer keeps no per-page state).
        // Each page's model exists only while its page is rendered.
        store.getUnrenderedContent().parallelStream().forEach(document -> {
            try {
                document.put(MODEL_KEY, models.apply(document));
                utensils.getRenderer().render(document);
                store.markContentAsRendered(document);
            } catch (Exception e) {
                errors.add(e);
            } finally {
                document.remove(MODEL_KEY);
            }
        });
        utensils.getAsset().copy();
        utensils.getAsset().copyAssetsFromContent(config.getContentFolder());
        errors.addAll(utensils.getAsset().getErrors());
    }

    private static void registerDocumentTypes(JBakeConfiguration config) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String docType : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(docType);
        }
    }

    @Override
    public List<Throwable> getErrors() {
        return new ArrayList<>(errors);
    }
}
