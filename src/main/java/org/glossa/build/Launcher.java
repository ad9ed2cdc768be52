package org.glossa.build;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The jar's entry point ({@code java -jar glossa.jar}). {@code build} and {@code serve} run in a
 * second JVM started with options for Glossa's work, and this one waits for it and passes on its
 * exit code. In a JVM started with the default options, HotSpot's optimising compiler (C2) spends
 * more than a second of a two-core machine compiling code that a build has finished with by the
 * time the compiled code is ready; in the preview server it competes with the rebuilds an author
 * is waiting for (docs/BENCHMARKS.md has the figures). The options:
 *
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: the quick compiler only (C1);
 *   <li>{@code -XX:+UseSerialGC}: no collector threads competing with the build's own;
 *   <li>{@code -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40}: the heap grows in smaller steps
 *       (a 5,000-section essay builds in a quarter less memory, no slower);
 *   <li>{@code -XX:MaxTenuringThreshold=0}: what survives a collection goes straight to the old
 *       generation: it is nearly all parse trees, kept until their page is rendered, and copying
 *       them between survivor spaces was a quarter of the collector's time;
 *   <li>{@code -XX:SharedArchiveFile=glossa.jsa}, when that file lies beside the jar: the classes
 *       a build uses, the JDK's and Glossa's, already parsed and verified (a class-data sharing
 *       archive that {@code mvn package} makes; ignored by a JVM that did not make it).
 * </ul>
 *
 * Options given to this JVM ({@code -Dglossa.timings=true}, {@code -Xmx2g}) are passed on after
 * these, so they win. {@code -Dglossa.fork=false} runs everything in this JVM instead. Stopping
 * this JVM (Ctrl-C, a termination signal) stops the second one and waits for it; a preview server
 * whose first JVM was killed outright stops by itself.
 */
public final class Launcher {
    /** Set in the second JVM, so that it never starts a third. */
    static final String RELAUNCHED = "glossa.relaunched";

    static final String ARCHIVE = "glossa.jsa";

    /** The commands that run in a second JVM; {@code new} and {@code linkcheck} are too short to gain. */
    private static final Set<String> RELAUNCHED_COMMANDS = Set.of("build", "serve");

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0
                && RELAUNCHED_COMMANDS.contains(args[0])
                && !Boolean.getBoolean(RELAUNCHED)
                && !"false".equals(System.getProperty("glossa.fork"))) {
            List<String> command = command(
                    System.getProperty("java.home"), System.getProperty("java.class.path", ""), jvmOptions(), args);
            if (command != null) {
                Process child;
                try {
                    child = new ProcessBuilder(command).inheritIO().start();
                } catch (IOException e) {
                    child = null; // no second JVM (an unusual java.home, a sandbox): run here, only slower
                }
                if (child != null) {
                    System.exit(await(child));
                }
            }
        }
        Main.main(args);
    }

    /**
     * The options this JVM was started with. Read from {@code /proc/self/cmdline} where there is
     * one: the management API gives the same list, but loading it takes a fresh JVM ~40 ms.
     */
    private static List<String> jvmOptions() {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<String> options =
                    optionsBeforeJar(new String(bytes, java.nio.charset.Charset.defaultCharset()).split("\0"));
            if (options != null) {
                return options;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: ask the management API
        }
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /**
     * The JVM options of a {@code java [options] -jar file [args]} command line (argv[0] first), or
     * {@code null} when it has no {@code -jar}. A class path given before {@code -jar} is ignored by
     * java, so it is left out.
     */
    static List<String> optionsBeforeJar(String[] commandLine) {
        List<String> options = new ArrayList<>();
        for (int i = 1; i < commandLine.length; i++) {
            String arg = commandLine[i];
            if (arg.equals("-jar")) {
                return options;
            }
            if (arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path")) {
                i++;
            } else if (!arg.startsWith("--class-path=")) {
                options.add(arg);
            }
        }
        return null;
    }

    /** Waits for the second JVM; if this one is stopped meanwhile, stops that one first. */
    private static int await(Process child) {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (child.isAlive()) {
                                child.destroy(); // the same orderly stop as Ctrl-C
                                try {
                                    child.waitFor(30, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            }
                        },
                        "glossa-stop"));
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * In the second JVM of a long-running command: stops when the first JVM ends without stopping
     * it (killed outright), so that no preview server is left serving without a terminal.
     */
    static void stopWithFirstJvm() {
        ProcessHandle.current().parent().ifPresent(first -> first.onExit().thenRun(() -> System.exit(143)));
    }

    /**
     * The second JVM's command line, or {@code null} when this JVM was not started from a jar.
     *
     * @param jvmOptions the options this JVM was started with, passed on after Glossa's own
     */
    static List<String> command(String javaHome, String classPath, List<String> jvmOptions, String[] args) {
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:MinHeapFreeRatio=20");
        command.add("-XX:MaxHeapFreeRatio=40");
        command.add("-XX:MaxTenuringThreshold=0");
        command.add("-XX:-UsePerfData");
        Path archive = jar.resolveSibling(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
            // An archive made by another JVM or for another copy of the jar is simply not used.
            command.add("-Xlog:cds=off");
        }
        command.addAll(jvmOptions);
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }
}
