package org.glossa.site;

import com.orientechnologies.orient.core.Orient;

/** Process-wide JBake state that outlives one bake. */
public final class JBakeRuntime {
    private static boolean started;

    private JBakeRuntime() {}

    /** Called before a bake: from now on OrientDB may run threads that need stopping. */
    static synchronized void markStarted() {
        started = true;
    }

    /**
     * OrientDB replaces the JVM's handlers of SIGINT and SIGTERM (Ctrl-C) by one that calls
     * {@code System.exit(1)}; give them back, so that Ctrl-C runs our orderly stop.
     */
    static void restoreSignalHandlers() {
        try {
            Orient.instance().removeSignalHandler();
        } catch (RuntimeException | LinkageError ignored) {
            // no handler was installed
        }
    }

    /**
     * Stops OrientDB's threads, or a leftover non-daemon thread keeps the JVM alive. Does nothing
     * when nothing was baked: touching OrientDB would start it, which takes a second.
     */
    public static synchronized void shutdown() {
        if (!started) {
            return;
        }
        started = false;
        try {
            Orient.instance().shutdown();
        } catch (RuntimeException | LinkageError ignored) {
            // nothing was started
        }
    }
}
