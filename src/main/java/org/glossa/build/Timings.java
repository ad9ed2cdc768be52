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
    private final boolean heap;
    private final List<String> lines = new ArrayList<>();
    private long last = System.nanoTime();
    private long lastCpu = cpuNanos();

    private Timings(boolean enabled, boolean heap) {
        this.enabled = enabled;
        this.heap = heap;
        if (enabled) {
            // From the JVM's start to here: start-up, class loading, the command line, the pipeline.
            lines.add(String.format(
                    "%-8s %8.1f ms wall %8.1f ms cpu",
                    "jvm",
                    (double) java.lang.management.ManagementFactory.getRuntimeMXBean()
                            .getUptime(),
                    lastCpu / 1e6));
        }
    }

    /** {@code -Dglossa.timings=true}: phase times; {@code =heap}: also the live heap after each phase. */
    static Timings fromSystemProperty() {
        String value = System.getProperty("glossa.timings", "");
        return new Timings(value.equals("true") || value.equals("heap"), value.equals("heap"));
    }

    /** Ends the phase that started at the previous mark (or at creation). */
    void mark(String phase) {
        if (enabled) {
            long now = System.nanoTime();
            long cpu = cpuNanos();
            String line =
                    String.format("%-8s %8.1f ms wall %8.1f ms cpu", phase, (now - last) / 1e6, (cpu - lastCpu) / 1e6);
            if (heap) {
                // A full collection skews the following phase's times: for memory profiles only.
                System.gc();
                Runtime r = Runtime.getRuntime();
                line += String.format(" %6d MB live", (r.totalMemory() - r.freeMemory()) >> 20);
                now = System.nanoTime();
                cpu = cpuNanos();
            }
            lines.add(line);
            last = now;
            lastCpu = cpu;
        }
    }

    /** CPU time of the whole process, all threads (JIT and GC included), 10 ms resolution. */
    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(d -> d.toNanos())
                .orElse(0L);
    }

    void print(PrintStream out) {
        if (enabled) {
            lines.forEach(line -> out.println("glossa timings: " + line));
        }
    }
}
