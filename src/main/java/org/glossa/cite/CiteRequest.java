package org.glossa.cite;

import java.util.Objects;

/**
 * One source cited in a note, and whether this is its first citation on the page (full note) or
 * a later one (shortened note).
 */
public record CiteRequest(Source source, Cite cite, boolean firstOnPage) {
    public CiteRequest {
        Objects.requireNonNull(source);
        Objects.requireNonNull(cite);
    }
}
