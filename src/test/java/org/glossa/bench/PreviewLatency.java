package org.glossa.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.testing.EssayFixture;

/**
 * Measures the preview server as an author feels it: from saving an edit to one section to the
 * reload event that tells the open page to refresh. Starts {@code java -jar JAR serve} on a copy
 * of an essay, listens to the server's event stream like an open page, edits a section (a
 * different word each time, so the text really changes), and times save to event, after a
 * warm-up edit. Used by {@code bench/preview.sh}.
 *
 * <p>Usage: {@code PreviewLatency JAR ESSAY_DIR SECTION [EDITS]}, e.g. {@code target/glossa.jar .
 * content/essay/03-radio.md 20}.
 */
public final class PreviewLatency {
    private static final Pattern SERVING = Pattern.compile("Serving (http://\\S+)");
    private static final String EVENTS = "_glossa/events";

    private PreviewLatency() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PreviewLatency JAR ESSAY_DIR SECTION [EDITS]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path essay = Path.of(args[1]).toAbsolutePath();
        String section = args[2];
        int edits = args.length > 3 ? Integer.parseInt(args[3]) : 20;

        Path work = Files.createTempDirectory("glossa-preview-bench-");
        Path copy = work.resolve("essay");
        for (String part : List.of("content", "templates", "assets")) {
            if (Files.isDirectory(essay.resolve(part))) {
                EssayFixture.copyTree(essay.resolve(part), copy.resolve(part));
            }
        }
        Files.copy(essay.resolve("site-config.properties"), copy.resolve("site-config.properties"));
        Path file = copy.resolve(section);
        String original = Files.readString(file, StandardCharsets.UTF_8);

        Process server = new ProcessBuilder(
                        "java",
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--source",
                        copy.toString(),
                        "--port",
                        "0",
                        "--output",
                        work.resolve("preview").toString())
                .redirectErrorStream(true)
                .start();
        BlockingQueue<String> serverLines = new LinkedBlockingQueue<>();
        Thread out = new Thread(() -> pump(server, serverLines), "server-output");
        out.setDaemon(true);
        out.start();
        try {
            String url = null;
            while (url == null) {
                String line = serverLines.poll(120, TimeUnit.SECONDS);
                if (line == null) {
                    throw new IllegalStateException("the preview server did not start");
                }
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            String base = url.endsWith("/") ? url : url + "/";
            // Events go to the root of the server, whatever the site's base path.
            URI root = URI.create(base).resolve("/");
            BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
            Thread listener = new Thread(() -> listen(root.resolve(EVENTS), reloads), "events");
            listener.setDaemon(true);
            listener.start();
            Thread.sleep(1000); // connected, first build served

            List<Double> millis = new ArrayList<>();
            for (int i = 0; i <= edits; i++) {
                String edited = original.replaceFirst("\n\n", "\n\nEdit " + i + " of the benchmark.\n\n");
                reloads.clear();
                long saved = System.nanoTime();
                Files.writeString(file, edited, StandardCharsets.UTF_8);
                Long event = reloads.poll(60, TimeUnit.SECONDS);
                if (event == null) {
                    throw new IllegalStateException("no reload event within 60 s after edit " + i);
                }
                if (i > 0) { // the first edit warms the rebuild path up
                    millis.add((event - saved) / 1e6);
                }
                Thread.sleep(500);
            }
            Collections.sort(millis);
            System.out.printf(
                    "preview: save to reload event over %d edits of %s: median %.0f ms, min %.0f ms, max %.0f ms%n",
                    millis.size(),
                    section,
                    millis.get(millis.size() / 2),
                    millis.get(0),
                    millis.get(millis.size() - 1));
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            EssayFixture.deleteTree(work);
        }
    }

    private static void pump(Process server, BlockingQueue<String> lines) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the server stopped
        }
    }

    /** Reads the event stream as a page would; records when each reload event arrives. */
    private static void listen(URI events, BlockingQueue<Long> reloads) {
        try {
            HttpURLConnection c = (HttpURLConnection) events.toURL().openConnection();
            c.setReadTimeout(0);
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("event: reload")) {
                        reloads.add(System.nanoTime());
                    }
                }
            }
        } catch (IOException e) {
            // the server stopped
        }
    }
}
