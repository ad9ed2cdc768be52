package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.serve.RawHttp;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar glossa.jar serve}: starts, serves, and stops cleanly when told to. */
class ServeCommandIT {
    private static final Pattern SERVING =
            Pattern.compile("(?m)^Serving http://127\\.0\\.0\\.1:(\\d+)/ \\(Ctrl-C to stop\\)$");

    @TempDir
    Path tmp;

    @Test
    void servesAndStopsCleanlyOnATerminationSignal() throws Exception {
        Path essay = EssayFixture.copy("preview-essay", tmp);
        Path jar = Path.of(System.getProperty("glossa.jar", "target/glossa.jar"));
        // Output goes to a file: a thread reading the pipe can lose the last lines when the process ends.
        Path log = tmp.resolve("serve.log");
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--source",
                        essay.toString(),
                        "--port",
                        "0"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int port = -1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (port < 0 && System.nanoTime() < deadline && process.isAlive()) {
                Matcher m = SERVING.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                } else {
                    Thread.sleep(100);
                }
            }
            assertTrue(port > 0, "the server did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
            assertEquals(200, RawHttp.get(port, "/essay/first.html").status());

            process.destroy(); // SIGTERM: the same shutdown hook as Ctrl-C
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM ended: no thread keeps it alive");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(output.endsWith("\nStopped.\n"), output);
            assertEquals(143, process.exitValue(), output);
        } finally {
            process.destroyForcibly();
        }
    }
}
