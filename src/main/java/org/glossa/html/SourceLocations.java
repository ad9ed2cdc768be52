package org.glossa.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glossa.diag.SourceLocation;

/**
 * Removes the source locations that rendering wrote for the output check, so that readers never
 * receive them. Only the attribute is cut out of the text; every other byte stays as written
 * (re-serialising the pages through a parser would rewrite entities and markup that other stages
 * produced on purpose).
 */
public final class SourceLocations {
    /**
     * The attribute as flexmark writes it: a space, the name, a double-quoted value. The value is
     * {@code path:line:col} of a content file, which never holds a quote or an angle bracket.
     */
    private static final Pattern ATTRIBUTE =
            Pattern.compile(" " + Pattern.quote(SourceLocation.HTML_ATTRIBUTE) + "=\"[^\"<>]*\"");

    private SourceLocations() {}

    /** Strips the attribute from every HTML page under {@code site}. */
    public static void strip(Path site) throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            String stripped = strip(html);
            if (!stripped.equals(html)) {
                Files.writeString(page, stripped, StandardCharsets.UTF_8);
            }
        }
    }

    public static String strip(String html) {
        return html.contains(SourceLocation.HTML_ATTRIBUTE)
                ? ATTRIBUTE.matcher(html).replaceAll("")
                : html;
    }
}
