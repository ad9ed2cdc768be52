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
    private long lastCpu = cpuNanos();

    private Timings(boolean enabled) {
        this.enabled = enabled;
        if (enabled) {
            // From the process's start (10 ms resolution) to here: JVM start-up, class loading, the CLI.
            ProcessHandle.current().info().startInstant().ifPresent(start -> lines.add(String.format(
                    "%-8s %8.1f ms wall %8.1f ms cpu", "jvm",
                    (System.currentTimeMillis() - start.toEpochMilli()) * 1.0, lastCpu / 1e6)));
        }
    }

    static Timings fromSystemProperty() {
        return new Timings(Boolean.getBoolean("glossa.timings"));
    }

    /** Ends the phase that started at the previous mark (or at creation). */
    void mark(String phase) {
        if (enabled) {
            long now = System.nanoTime();
            long cpu = cpuNanos();
            lines.add(String.format("%-8s %8.1f ms wall %8.1f ms cpu", phase, (now - last) / 1e6, (cpu - lastCpu) / 1e6));
            last = now;
            lastCpu = cpu;
        }
    }

    /** CPU time of the whole process, all threads (JIT and GC included), 10 ms resolution. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
    }

    void print(PrintStream out) {
        if (enabled) {
            lines.forEach(line -> out.println("glossa timings: " + line));
        }
    }
}
