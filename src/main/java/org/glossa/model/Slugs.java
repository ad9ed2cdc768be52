package org.glossa.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lowercase ASCII slugs, as file names and heading ids use them. */
public final class Slugs {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private Slugs() {}

    public static boolean isSlug(String s) {
        return SLUG.matcher(s).matches();
    }

    public static boolean isValidId(String s) {
        return ID.matcher(s).matches();
    }

    /** {@code "Ream Naval Base (2025)"} → {@code "ream-naval-base-2025"}. */
    public static String slugify(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug;
    }
}
