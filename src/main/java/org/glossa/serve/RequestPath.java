package org.glossa.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request path, decoded strictly and checked before it comes near the file system. Anything
 * that could climb out of the site is refused outright rather than normalised: {@code ..} and
 * {@code .} segments, encoded slashes and backslashes, backslashes, NUL and other control
 * characters, and malformed percent-escapes or UTF-8.
 *
 * @param segments the decoded, non-empty path segments
 * @param trailingSlash whether the path ends in {@code /} (a folder)
 */
record RequestPath(List<String> segments, boolean trailingSlash) {

    /** Thrown for a path that must be answered with 400 Bad Request. */
    static final class BadPathException extends Exception {
        private static final long serialVersionUID = 1L;

        BadPathException(String message) {
            super(message);
        }
    }

    RequestPath {
        segments = List.copyOf(segments);
    }

    /** @param rawPath the path as it came on the request line, still percent-encoded */
    static RequestPath parse(String rawPath) throws BadPathException {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw new BadPathException("the path must start with /");
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            throw new BadPathException("encoded slashes, backslashes and NUL are not allowed");
        }
        String path = decode(rawPath);
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new BadPathException("'.' and '..' are not allowed in a path");
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c == '\\' || c < 0x20 || c == 0x7f) {
                    throw new BadPathException("backslashes and control characters are not allowed");
                }
            }
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return new RequestPath(segments, path.endsWith("/"));
    }

    /** Whether a segment names a hidden file or folder ({@code .git}, a staging folder), never served. */
    boolean hasHiddenSegment() {
        return segments.stream().anyMatch(s -> s.startsWith("."));
    }

    /** The segments after {@code prefix}, or {@code null} when the path is not under it. */
    RequestPath under(List<String> prefix) {
        if (segments.size() < prefix.size()
                || !segments.subList(0, prefix.size()).equals(prefix)) {
            return null;
        }
        return new RequestPath(segments.subList(prefix.size(), segments.size()), trailingSlash);
    }

    private static String decode(String raw) throws BadPathException {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new BadPathException("malformed percent-escape");
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new BadPathException("malformed percent-escape");
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.put(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadPathException("the path is not valid UTF-8");
        }
    }
}
