package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of the JVM that {@code java -jar glossa.jar build} runs the build in. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void theBuildRunsTheJarsMainClassWithTheShortJobOptionsThenTheUsersOwn() throws IOException {
        Path jar = Files.createFile(dir.resolve("glossa.jar"));
        List<String> command =
                Launcher.command("/opt/jdk", jar.toString(), List.of("-Xmx2g", "-Dglossa.timings=true"), new String[] {
                    "build", "--source", "essay"
                });
        assertEquals(
                List.of(
                        Path.of("/opt/jdk", "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-XX:MinHeapFreeRatio=20",
                        "-XX:MaxHeapFreeRatio=40",
                        "-XX:MaxTenuringThreshold=0",
                        "-XX:-UsePerfData",
                        "-Xmx2g",
                        "-Dglossa.timings=true",
                        "-Dglossa.relaunched=true",
                        "-cp",
                        jar.toAbsolutePath().toString(),
                        "org.glossa.build.Main",
                        "build",
                        "--source",
                        "essay"),
                command);
    }

    @Test
    void aClassDataArchiveBesideTheJarIsUsedAndItsRefusalIsSilent() throws IOException {
        Path jar = Files.createFile(dir.resolve("glossa.jar"));
        Path archive = Files.createFile(dir.resolve(Launcher.ARCHIVE));
        List<String> command = Launcher.command("/opt/jdk", jar.toString(), List.of(), new String[] {"build"});
        assertEquals(
                List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:cds=off"), command.subList(7, 9));
    }

    @Test
    void theFirstJvmsOptionsAreThoseBeforeJar() {
        assertEquals(
                List.of("-Xmx2g", "-Dglossa.timings=true", "@more-options"), Launcher.optionsBeforeJar(new String[] {
                    "java",
                    "-Xmx2g",
                    "-cp",
                    "ignored.jar",
                    "-Dglossa.timings=true",
                    "@more-options",
                    "-jar",
                    "glossa.jar",
                    "build",
                    "-Xnot-an-option"
                }));
        assertEquals(List.of(), Launcher.optionsBeforeJar(new String[] {"java", "-jar", "glossa.jar", "build"}));
        assertNull(Launcher.optionsBeforeJar(new String[] {"java", "-cp", "glossa.jar", "org.glossa.build.Launcher"}));
    }

    @Test
    void withoutAJarThereIsNothingToRelaunch() {
        assertNull(Launcher.command("/opt/jdk", "target/classes:target/lib/x.jar", List.of(), new String[] {"build"}));
        assertNull(Launcher.command("/opt/jdk", "target/classes", List.of(), new String[] {"build"}));
    }
}
