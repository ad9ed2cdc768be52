package org.glossa.cite;

import java.util.Optional;

/**
 * What surrounds one key in a citation: {@code [see @key, p. 33, emphasis added]} has the prefix
 * {@code see}, the locator {@code 33} and the suffix {@code , emphasis added}. Prefix and suffix are
 * plain text (they are HTML-escaped when formatted).
 */
public record Cite(String prefix, Optional<Locator> locator, String suffix) {
    public static final Cite NONE = new Cite("", Optional.empty(), "");

    public Cite {
        prefix = prefix == null ? "" : prefix.strip();
        locator = locator == null ? Optional.empty() : locator;
        suffix = suffix == null ? "" : suffix.strip();
    }

    /** A citation of a page or page range: {@code Cite.at("12-14")}. */
    public static Cite at(String pages) {
        return new Cite("", Optional.of(Locator.page(pages)), "");
    }

    /**
     * Splits what an author wrote after the key, Pandoc style: an optional comma, then a locator if
     * one starts the text ({@code p. 33}, {@code 12–14}, {@code chap. 2}), then the suffix.
     */
    public static Cite parse(String prefix, String afterKey) {
        String rest = afterKey == null ? "" : afterKey.strip();
        if (rest.startsWith(",")) {
            rest = rest.substring(1);
        }
        Optional<Locator.Parsed> parsed = Locator.parse(rest);
        if (parsed.isPresent()) {
            return new Cite(
                    prefix, Optional.of(parsed.get().locator()), parsed.get().rest());
        }
        return new Cite(prefix, Optional.empty(), afterKey == null ? "" : afterKey);
    }
}
