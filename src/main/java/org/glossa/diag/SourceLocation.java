package org.glossa.diag;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in an input file, written as {@code path:line:col}. Rendered HTML carries one in
 * {@link #HTML_ATTRIBUTE} on every element that comes from content, so that a problem the output
 * check finds is reported where the author can fix it; the attribute is removed before publishing.
 */
public record SourceLocation(String path, int line, int column) {
    /** The attribute that carries a location in rendered HTML until the site is published. */
    public static final String HTML_ATTRIBUTE = "data-glossa-src";

    private static final Pattern FORMAT = Pattern.compile("(.+):(\\d+):(\\d+)");

    public static SourceLocation of(SourceFile file, int offset) {
        return new SourceLocation(file.path(), file.lineOf(offset), file.columnOf(offset));
    }

    /** Reads {@code path:line:col}; empty when the text has another shape. */
    public static Optional<SourceLocation> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new SourceLocation(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
