package org.glossa.markdown;

import com.vladsch.flexmark.util.data.DataKey;

/**
 * Turns a link written by an author ({@code 03-radio.md#transmitters}) into the URL of the page it
 * becomes ({@code radio.html#transmitters}), relative to the page being rendered. The model
 * decides; the renderer only asks. Stored in the document's data under {@link #KEY}.
 */
@FunctionalInterface
public interface LinkRewriter {
    DataKey<LinkRewriter> KEY = new DataKey<>("GLOSSA_LINK_REWRITER", (LinkRewriter) url -> url);

    /** The URL to write, or {@code url} unchanged when it needs no rewriting. */
    String rewrite(String url);
}
