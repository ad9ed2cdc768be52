package org.glossa.build;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jar's entry point ({@code java -jar glossa.jar}). A {@code build} is a short batch job: in a
 * JVM started with the default options, HotSpot's optimising compiler (C2) spends more than a
 * second of a two-core machine compiling code that the build has finished with by the time the
 * compiled code is ready. So {@code build} runs in a second JVM started with options for a short
 * job, and this one waits for it and passes on its exit code:
 *
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: the quick compiler only (C1);
 *   <li>{@code -XX:+UseSerialGC}: no collector threads competing with the build's own;
 *   <li>{@code -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40}: the heap grows in smaller steps
 *       (a 5,000-section essay builds in a quarter less memory, no slower);
 *   <li>{@code -XX:SharedArchiveFile=glossa.jsa}, when that file lies beside the jar: Glossa's
 *       classes, already parsed and verified (a class-data sharing archive that {@code mvn package}
 *       writes; ignored by a JVM that did not make it).
 * </ul>
 *
 * Options given to this JVM ({@code -Dglossa.timings=true}, {@code -Xmx2g}) are passed on after
 * these, so they win. {@code -Dglossa.fork=false} builds in this JVM instead. The other commands
 * ({@code serve} keeps its JVM warm for many rebuilds, where C2 pays off) run here.
 */
public final class Launcher {
    /** Set in the second JVM, so that it never starts a third. */
    static final String RELAUNCHED = "glossa.relaunched";

    static final String ARCHIVE = "glossa.jsa";

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0
                && args[0].equals("build")
                && !Boolean.getBoolean(RELAUNCHED)
                && !"false".equals(System.getProperty("glossa.fork"))) {
            List<String> command = command(
                    System.getProperty("java.home"),
                    System.getProperty("java.class.path", ""),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    args);
            if (command != null) {
                try {
                    Process child = new ProcessBuilder(command).inheritIO().start();
                    System.exit(child.waitFor());
                } catch (IOException e) {
                    // No second JVM (an unusual java.home, a sandbox): build here, only slower.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    System.exit(130);
                }
            }
        }
        Main.main(args);
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
        command.add("-XX:-UsePerfData");
        Path archive = jar.resolveSibling(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
            // An archive made by another JVM or for another copy of the jar is simply not used.
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
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
