package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as users run it: `java -jar target/glossa.jar …`. */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("glossa.jar", "target/glossa.jar"));

    record Result(int code, String out, String err) {}

    private static Result java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "glossa finished");
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void successfulBuildIsQuiet(@TempDir Path temp) throws Exception {
        Path essay = EssayFixture.copy("minimal", temp);
        Result r = java(
                temp,
                "build",
                "--source",
                essay.toString(),
                "--output",
                temp.resolve("site").toString(),
                "--strict");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "no JBake or OrientDB lines");
        assertTrue(r.out().matches("Built .* in \\d+ ms\\R"), r.out());
        assertTrue(Files.isRegularFile(temp.resolve("site/essay/first.html")));
    }

    @Test
    void optionsGivenToJavaReachTheJvmThatBuilds(@TempDir Path temp) throws Exception {
        Path essay = EssayFixture.copy("minimal", temp);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglossa.timings=true",
                "-jar",
                JAR.toString(),
                "build",
                "--source",
                essay.toString(),
                "--output",
                temp.resolve("site").toString()));
        Process p = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "glossa finished");
        assertEquals(0, p.exitValue());
        String err = Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8);
        assertTrue(err.contains("glossa timings: load"), err);
    }

    @Test
    void verboseShowsJBakesLog(@TempDir Path temp) throws Exception {
        Path essay = EssayFixture.copy("minimal", temp);
        Result r = java(
                temp,
                "build",
                "--verbose",
                "--source",
                essay.toString(),
                "--output",
                temp.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("org.jbake"), r.err());
    }

    @Test
    void contentErrorsExitWithOneAndConfigurationErrorsWithTwo(@TempDir Path temp) throws Exception {
        Path essay = EssayFixture.copy("minimal", temp);
        EssayFixture.write(
                essay.resolve("content/essay/02-second.md"),
                "---\ntitle: \"Second\"\nsummary: \"x\"\n---\n\n## Details {#details}\n\n[broken](09-nine.md)\n");
        Result content = java(
                temp,
                "build",
                "--source",
                essay.toString(),
                "--output",
                temp.resolve("a").toString());
        assertEquals(1, content.code());
        assertTrue(content.err().startsWith("content/essay/02-second.md:8:10: error: no such page"), content.err());
        Files.delete(essay.resolve("site-config.properties"));
        Result config = java(
                temp,
                "build",
                "--source",
                essay.toString(),
                "--output",
                temp.resolve("b").toString());
        assertEquals(2, config.code());
    }
}
