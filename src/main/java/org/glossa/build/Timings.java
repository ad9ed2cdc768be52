package org.glossa.build;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase timings of one build, printed to standard error when the JVM runs with {@code
 * -Dglossa.timings=true} (docs/BENCHMARKS.md uses them to split a build's cost). Off by default:
 * then every call is a no-op.
 */
final class Timings {
    private final boolean enabled;
    private final List<String> lines = new ArrayList<>();
    private long last = System.nanoTime();

    private Timings(boolean enabled) {
        this.enabled = enabled;
        if (enabled) {
            // From the process's start (10 ms resolution) to here: JVM start-up, class loading, the CLI.
            ProcessHandle.current().info().startInstant().ifPresent(start -> lines.add(String.format(
                    "%-12s %6.1f ms", "jvm", (System.currentTimeMillis() - start.toEpochMilli()) * 1.0)));
        }
    }

    static Timings fromSystemProperty() {
        return new Timings(Boolean.getBoolean("glossa.timings"));
    }

    /** Ends the phase that started at the previous mark (or at creation). */
    void mark(String phase) {
        if (enabled) {
            long now = System.nanoTime();
            lines.add(String.format("%-12s %6.1f ms", phase, (now - last) / 1e6));
            last = now;
        }
    }

    void print(PrintStream out) {
        if (enabled) {
            lines.forEach(line -> out.println("glossa timings: " + line));
        }
    }
}
