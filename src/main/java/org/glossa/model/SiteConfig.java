package org.glossa.model;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.diag.Suggestions;

/**
 * {@code site-config.properties}: JBake's configuration file, which also holds the essay's own
 * metadata. Unknown keys are errors (a typo would otherwise be ignored silently).
 */
public final class SiteConfig {
    public static final String FILE_NAME = "site-config.properties";

    /** Our keys, with whether each is required. */
    private static final Map<String, Boolean> GLOSSA_KEYS = orderedMap(
            "site.title", true,
            "site.subtitle", false,
            "site.host", true,
            "essay.author", true,
            "essay.language", true,
            "essay.licence", true,
            "essay.licence.url", false);

    /** JBake keys an essay may set; everything else JBake knows is set by Glossa itself. */
    private static final Set<String> JBAKE_KEYS = Set.of(
            "default.status",
            "default.type",
            "db.store",
            "db.path",
            "jvm.locale",
            "freemarker.timezone",
            "render.index",
            "render.feed",
            "render.archive",
            "render.tags",
            "render.sitemap",
            "render.error404",
            "render.encoding",
            "output.extension",
            "template.encoding",
            "date.format",
            "asset.folder",
            "template.folder",
            "content.folder",
            "ignore.hidden.asset.files",
            "markdown.extensions");

    private static final Pattern TEMPLATE_KEY = Pattern.compile("template\\.[a-z0-9]+\\.file");

    private final Map<String, String> values;

    private SiteConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Parses the file; problems go to {@code diags} with the key's line and column. */
    public static SiteConfig parse(SourceFile file, Diagnostics diags) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(file.text()));
        } catch (IOException | IllegalArgumentException e) {
            diags.error(file, 0, "config.syntax", "cannot read properties: " + e.getMessage());
            return new SiteConfig(Map.of());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            values.put(key, props.getProperty(key).strip());
        }
        Set<String> known = new TreeSet<>(GLOSSA_KEYS.keySet());
        known.addAll(JBAKE_KEYS);
        for (String key : values.keySet()) {
            if (!known.contains(key) && !TEMPLATE_KEY.matcher(key).matches()) {
                diags.error(
                        file,
                        keyOffset(file, key),
                        "config.unknown-key",
                        "unknown property '" + key + "'",
                        Suggestions.didYouMean(key, known));
            }
        }
        GLOSSA_KEYS.forEach((key, required) -> {
            if (required && values.getOrDefault(key, "").isEmpty()) {
                diags.fileError(file.path(), "config.missing-key", "missing required property '" + key + "'");
            }
        });
        String host = values.get("site.host");
        if (host != null && !host.isEmpty() && !host.matches("https?://[^\\s]+")) {
            diags.error(
                    file,
                    keyOffset(file, "site.host"),
                    "config.value",
                    "site.host must be an absolute http(s) URL, e.g. https://example.org/essay/");
        }
        String lang = values.get("essay.language");
        if (lang != null && !lang.isEmpty() && !lang.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
            diags.error(
                    file,
                    keyOffset(file, "essay.language"),
                    "config.value",
                    "essay.language must be a language tag such as 'en' or 'en-GB'");
        }
        return new SiteConfig(values);
    }

    private static int keyOffset(SourceFile file, String key) {
        for (int line = 1; line <= file.lineCount(); line++) {
            String text = file.lineText(line);
            String stripped = text.stripLeading();
            if (stripped.startsWith(key)
                    && (stripped.length() == key.length() || " \t=:".indexOf(stripped.charAt(key.length())) >= 0)) {
                return file.offsetOfLine(line) + (text.length() - stripped.length());
            }
        }
        return 0;
    }

    private static Map<String, Boolean> orderedMap(Object... pairs) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Boolean) pairs[i + 1]);
        }
        return map;
    }

    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    public Map<String, String> values() {
        return values;
    }

    public String title() {
        return get("site.title");
    }

    public String subtitle() {
        return get("site.subtitle");
    }

    /** The public base URL, always ending in {@code /}. */
    public String host() {
        String h = get("site.host");
        return h.endsWith("/") ? h : h + "/";
    }

    /** The path part of {@link #host()}, e.g. {@code /essay/}. */
    public String basePath() {
        try {
            String path = java.net.URI.create(host()).getPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    public String author() {
        return get("essay.author");
    }

    /** Authors separated by {@code ;} in the file. */
    public List<String> authors() {
        return java.util.Arrays.stream(author().split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public String language() {
        return get("essay.language");
    }

    public String licence() {
        return get("essay.licence");
    }

    public String licenceUrl() {
        return get("essay.licence.url");
    }
}
