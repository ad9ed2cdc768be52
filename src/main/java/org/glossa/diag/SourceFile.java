package org.glossa.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The text of one input file and an index of its lines, so that any character offset can be
 * turned into an exact 1-based line and column. A UTF-8 byte-order mark is dropped before
 * indexing; CRLF line endings are kept in the text and do not shift columns.
 */
public final class SourceFile {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lineStarts = indexLines(this.text);
    }

    /**
     * Reads a file as strict UTF-8.
     *
     * @param displayPath the path to print in diagnostics ({@code content/essay/01-x.md})
     * @throws MalformedInputException with the position of the first invalid byte sequence
     */
    public static SourceFile read(Path file, String displayPath) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new SourceFile(displayPath, decode(bytes, displayPath));
    }

    private static String decode(byte[] bytes, String displayPath) throws MalformedInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            SourceFile prefix = new SourceFile(displayPath, out.toString());
            int offset = prefix.text.length();
            throw new MalformedInputException(
                    prefix.diagnostic(Severity.ERROR, offset, "file.encoding", "invalid UTF-8 byte sequence", null));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public String path() {
        return path;
    }

    /** The file's text without a byte-order mark. Offsets in diagnostics refer to this text. */
    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** 1-based column of a character offset, counting code points so that astral characters count once. */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int start = lineStarts[lineOf(clamped) - 1];
        return text.codePointCount(start, clamped) + 1;
    }

    /** Offset of the first character of a 1-based line. */
    public int offsetOfLine(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** The text of a 1-based line without its line ending. */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    public Diagnostic diagnostic(Severity severity, int offset, String code, String message, String hint) {
        int line = lineOf(offset);
        return new Diagnostic(severity, path, line, columnOf(offset), message, code, lineText(line), hint);
    }

    /** Thrown when a file is not valid UTF-8; carries the diagnostic with its exact position. */
    public static final class MalformedInputException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        MalformedInputException(Diagnostic diagnostic) {
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }

        @Override
        public String getMessage() {
            return diagnostic.headline();
        }
    }
}
