package org.glossa.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in the input, with the position an author can jump to. Problems in content are
 * data, not exceptions: they are collected, sorted and printed together.
 *
 * @param path display path relative to the essay directory, always with {@code /}
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column (in characters), or 0 when unknown
 * @param sourceLine the text of the offending line, or {@code null}
 * @param hint an extra line such as {@code did you mean 'x'?}, or {@code null}
 */
public record Diagnostic(
        Severity severity,
        String path,
        int line,
        int column,
        String message,
        String code,
        String sourceLine,
        String hint) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    /** Source lines longer than this are shown as a window around the column. */
    static final int MAX_SHOWN = 120;

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(path);
        Objects.requireNonNull(message);
        Objects.requireNonNull(code);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(newSeverity, path, line, column, message, code, sourceLine, hint);
    }

    /** The GNU-style first line: {@code path:line:col: error: message [code]}. */
    public String headline() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ")
                .append(severity.label())
                .append(": ")
                .append(message)
                .append(" [")
                .append(code)
                .append(']')
                .toString();
    }

    /** The headline, then the source line with a caret under the column, then the hint. */
    public String format() {
        StringBuilder sb = new StringBuilder(headline());
        if (sourceLine != null && line > 0) {
            String shown = sourceLine.replace('\t', ' ');
            int caret = Math.max(0, Math.min(column - 1, shown.length()));
            if (shown.length() > MAX_SHOWN) {
                // A very long line is shown as a window around the column, marked with ellipses.
                int from = caret < MAX_SHOWN - 20
                        ? 0
                        : Math.max(0, Math.min(caret - MAX_SHOWN / 2, shown.length() - MAX_SHOWN));
                int to = Math.min(shown.length(), from + MAX_SHOWN);
                caret = caret - from + (from > 0 ? 1 : 0);
                shown = (from > 0 ? "…" : "") + shown.substring(from, to) + (to < shown.length() ? "…" : "");
            }
            sb.append('\n').append("    ").append(shown);
            if (column > 0) {
                sb.append('\n').append("    ").append(" ".repeat(caret)).append('^');
            }
        }
        if (hint != null) {
            sb.append('\n').append("    ").append(hint);
        }
        return sb.toString();
    }
}
