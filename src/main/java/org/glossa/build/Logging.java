package org.glossa.build;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.logging.LogManager;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Routes OrientDB's and Freemarker's java.util.logging into logback; silent unless verbose. */
final class Logging {
    private Logging() {}

    static void setUp(boolean verbose) {
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("")
                .setLevel(verbose ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE);
        // OrientDB's own logger prints to the console unless told otherwise.
        System.setProperty("log.console.level", verbose ? "INFO" : "OFF");
        System.setProperty("log.file.level", "OFF");
        if (verbose) {
            Level info = Level.INFO;
            logger("org.jbake").setLevel(info);
            logger("com.orientechnologies").setLevel(Level.WARN);
            logger("freemarker").setLevel(Level.WARN);
            logger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(info);
        }
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }
}
