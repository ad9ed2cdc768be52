package org.glossa.site;

import com.orientechnologies.orient.core.Orient;

/** Process-wide JBake state that outlives one bake. */
public final class JBakeRuntime {
    private static volatile boolean started;

    private JBakeRuntime() {}

    static void markStarted() {
        started = true;
    }

    /** Stops OrientDB's threads, or a leftover non-daemon thread keeps the JVM alive. */
    public static void shutdown() {
        if (!started) {
            return; // touching Orient would start it, and it logs as it starts
        }
        try {
            Orient.instance().shutdown();
        } catch (RuntimeException | LinkageError ignored) {
            // nothing was started
        }
    }
}
