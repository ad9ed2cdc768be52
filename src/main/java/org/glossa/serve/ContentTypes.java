package org.glossa.serve;

import java.util.Locale;
import java.util.Map;

/** The media type of each kind of file a Glossa site holds, by file extension. */
final class ContentTypes {
    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String BINARY = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("bib", "application/x-bibtex; charset=utf-8"),
            Map.entry("ris", "application/x-research-info-systems; charset=utf-8"),
            Map.entry("txt", TEXT),
            Map.entry("pdf", "application/pdf"));

    private ContentTypes() {}

    /** The {@code Content-Type} for a file name; unknown kinds are sent as bytes to download. */
    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return BINARY;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), BINARY);
    }

    static boolean isHtml(String contentType) {
        return contentType.equals(HTML);
    }
}
