package org.glossa.model;

import java.nio.file.Path;
import org.glossa.diag.Diagnostics;

/**
 * A stage that reads the loaded essay, checks the references it owns (citations, glossary terms,
 * notes, sidebars) and attaches what rendering needs. Resolvers run after every page is loaded,
 * so each one can see every definition.
 */
public interface EssayResolver {
    /**
     * Work that needs only the essay's directory, done on another thread while its pages are
     * parsed (e.g. reading the bibliography and starting the citation processor). It reports
     * nothing: {@link #resolve} reports what it finds, and must give the same result without it.
     */
    default void prepare(Path essayRoot) {}

    void resolve(Essay essay, Diagnostics diags);
}
