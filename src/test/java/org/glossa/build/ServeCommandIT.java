package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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
            Pattern.compile("Serving http://127\\.0\\.0\\.1:(\\d+)/ \\(Ctrl-C to stop\\)");

    @TempDir
    Path tmp;

    @Test
    void servesAndStopsCleanlyOnATerminationSignal() throws Exception {
        Path essay = EssayFixture.copy("preview-essay", tmp);
        Path jar = Path.of(System.getProperty("glossa.jar", "target/glossa.jar"));
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
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException e) {
                // process ended
            }
        });
        reader.start();
        try {
            int port = -1;
            StringBuilder seen = new StringBuilder();
            while (port < 0) {
                String line = lines.poll(120, TimeUnit.SECONDS);
                if (line == null) {
                    throw new AssertionError("the server did not start:\n" + seen);
                }
                seen.append(line).append('\n');
                Matcher m = SERVING.matcher(line);
                if (m.matches()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            assertEquals(200, RawHttp.get(port, "/essay/first.html").status());

            process.destroy(); // SIGTERM: the same shutdown hook as Ctrl-C
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM ended: no thread keeps it alive");
            reader.join(10_000);
            List<String> rest = List.copyOf(lines);
            String output = seen + String.join("\n", rest) + "\nexit " + process.exitValue();
            assertEquals("Stopped.", rest.get(rest.size() - 1), output);
            assertEquals(143, process.exitValue(), output);
        } finally {
            process.destroyForcibly();
        }
    }
}
