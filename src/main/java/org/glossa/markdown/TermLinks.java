package org.glossa.markdown;

import com.vladsch.flexmark.util.data.DataKey;

/**
 * Where each glossary link of a document points. The model decides (it knows every entry and
 * counts uses per page); the renderer only asks. Stored in the document's data under {@link #KEY}.
 */
@FunctionalInterface
public interface TermLinks {
    DataKey<TermLinks> KEY = new DataKey<>("GLOSSA_TERM_LINKS", (TermLinks) link -> null);

    /** The link's target, or {@code null} when it was not resolved: it is then rendered as plain text. */
    Target resolve(GlossaryLink link);

    /**
     * @param slug the entry's slug, for {@code data-term}
     * @param href the entry's page, relative to the page being rendered
     * @param id this use's anchor, {@code use-SLUG-K}, which the entry's "Used in" list links to
     */
    record Target(String slug, String href, String id) {}
}
