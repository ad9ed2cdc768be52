package org.glossa.site;

import java.util.List;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * JBake's crawler, plus the pages that no Markdown file produces (the sources page, the glossary
 * index, the 404 page): they are added to the store like any crawled page, so JBake renders
 * them with their templates.
 */
final class GlossaCrawler extends Crawler {
    private final ContentStore store;
    private final List<DocumentModel> generated;

    GlossaCrawler(ContentStore store, JBakeConfiguration config, List<DocumentModel> generated) {
        super(store, config);
        this.store = store;
        this.generated = generated;
    }

    @Override
    public void crawl() {
        super.crawl();
        for (DocumentModel doc : generated) {
            DocumentModel copy = new DocumentModel();
            copy.putAll(doc);
            store.addDocument(copy);
        }
    }
}
