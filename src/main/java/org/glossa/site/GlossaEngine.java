package org.glossa.site;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.commons.configuration2.Configuration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserEngine;

/**
 * Our engine for {@code .md} files. By the time JBake crawls, every page has been parsed,
 * resolved and rendered by Glossa, so the engine only hands JBake the finished document: the
 * file is not read a second time, and JBake never sees Markdown it could misread.
 */
final class GlossaEngine implements ParserEngine {
    private final Map<String, DocumentModel> documentsByFile;

    /** @param documentsByFile documents keyed by the canonical path of their source file */
    GlossaEngine(Map<String, DocumentModel> documentsByFile) {
        this.documentsByFile = documentsByFile;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        try {
            DocumentModel prepared = documentsByFile.get(file.getCanonicalPath());
            if (prepared == null) {
                return null;
            }
            DocumentModel copy = new DocumentModel();
            copy.putAll(prepared);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Deprecated
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("JBake 2.7 calls parse(JBakeConfiguration, File)");
    }
}
