package org.glossa.site;

import com.orientechnologies.orient.core.Orient;

/** Process-wide JBake state that outlives one bake. */
public final class JBakeRuntime {
    private JBakeRuntime() {}

    /** Stops OrientDB's threads, or a leftover non-daemon thread keeps the JVM alive. */
    public static void shutdown() {
        try {
            Orient.instance().shutdown();
        } catch (RuntimeException | LinkageError ignored) {
            // nothing was started
        }
    }
}
