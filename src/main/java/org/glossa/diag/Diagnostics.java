package org.glossa.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of one build so that a single run reports them all, sorted by position
 * and without duplicates. Thread-safe: sections may be parsed on several cores.
 */
public final class Diagnostics {
    private final Set<Diagnostic> items = new LinkedHashSet<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            add(d);
        }
    }

    public void error(SourceFile file, int offset, String code, String message) {
        add(file.diagnostic(Severity.ERROR, offset, code, message, null));
    }

    public void error(SourceFile file, int offset, String code, String message, String hint) {
        add(file.diagnostic(Severity.ERROR, offset, code, message, hint));
    }

    public void warning(SourceFile file, int offset, String code, String message) {
        add(file.diagnostic(Severity.WARNING, offset, code, message, null));
    }

    public void warning(SourceFile file, int offset, String code, String message, String hint) {
        add(file.diagnostic(Severity.WARNING, offset, code, message, hint));
    }

    /** A problem that concerns a whole file or a file that could not be read. */
    public void fileError(String path, String code, String message) {
        add(new Diagnostic(Severity.ERROR, path, 0, 0, message, code, null, null));
    }

    /** All problems, sorted by path, line and column. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(items);
        list.sort(Diagnostic.ORDER);
        return list;
    }

    public synchronized int errorCount() {
        return (int) items.stream().filter(Diagnostic::isError).count();
    }

    public synchronized int warningCount() {
        return items.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    /** {@code --strict}: every warning becomes an error. */
    public synchronized void promoteWarnings() {
        List<Diagnostic> promoted = new ArrayList<>();
        for (Diagnostic d : items) {
            promoted.add(d.isError() ? d : d.withSeverity(Severity.ERROR));
        }
        items.clear();
        items.addAll(promoted);
    }

    /** {@code 2 errors, 1 warning}. */
    public String summary() {
        int e = errorCount();
        int w = warningCount();
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning" : " warnings");
    }

    /** Every diagnostic in full, then the summary line. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : sorted()) {
            sb.append(d.format()).append('\n');
        }
        return sb.append(summary()).append('\n').toString();
    }
}
