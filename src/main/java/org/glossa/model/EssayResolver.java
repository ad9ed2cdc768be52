package org.glossa.model;

import org.glossa.diag.Diagnostics;

/**
 * A stage that reads the loaded essay, checks the references it owns (citations, glossary terms,
 * notes, sidebars) and attaches what rendering needs. Resolvers run after every page is loaded,
 * so each one can see every definition.
 */
public interface EssayResolver {
    void resolve(Essay essay, Diagnostics diags);
}
