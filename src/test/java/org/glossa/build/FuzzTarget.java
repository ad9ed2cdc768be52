package org.glossa.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.model.Essay;
import org.glossa.model.Page;
import org.glossa.model.SiteConfig;
import org.glossa.testing.EssayFixture;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * What the fuzz and replay tests check for one input file: the essay is the minimal fixture with
 * the input as its section {@value #FUZZ_PATH}. The properties: no exception escapes the loader or
 * renderer (problems come back as diagnostics), the work ends within a generous bound per input
 * size (a hang detector, not a speed test), every diagnostic about the input points inside it, and
 * when there is no error the HTML Glossa writes parses without a single error.
 */
final class FuzzTarget {
    static final String FUZZ_PATH = "content/essay/03-fuzz.md";

    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-target");
        t.setDaemon(true); // a hung input must not keep the test JVM alive
        return t;
    });

    private final Path dir;
    private Path essay;
    private int generation;
    private final SiteConfig config;
    private final Pipeline pipeline = new Pipeline();

    /** The outcome of one input: diagnostics (sorted) and every broken property, empty when all hold. */
    record Outcome(List<Diagnostic> diagnostics, List<String> violations) {}

    FuzzTarget(Path dir) throws IOException {
        this.dir = dir;
        this.essay = EssayFixture.copy("minimal", dir.resolve("0"));
        SourceFile props = SourceFile.read(essay.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME);
        this.config = SiteConfig.parse(props, new Diagnostics());
    }

    Path essay() {
        return essay;
    }

    /** Milliseconds an input of this many bytes may take before it counts as a hang. */
    static long boundMillis(int bytes) {
        return 10_000 + bytes / 100;
    }

    /**
     * Synchronized because every input is written to the same file: jqwik abandons a shrinking
     * phase that runs past its time bound without stopping the thread, which goes on calling
     * this while the next property runs (seen on CI as diagnostics of another input).
     */
    synchronized Outcome check(byte[] input) throws IOException, InterruptedException {
        Path file = essay.resolve(FUZZ_PATH);
        Files.write(file, input);
        List<String> violations = new ArrayList<>();
        Diagnostics diags = new Diagnostics();
        Future<Essay> run = WORKER.submit(() -> {
            Essay e = pipeline.loader().load(essay, config, diags);
            if (!diags.hasErrors()) {
                pipeline.renderer().render(e);
            }
            return e;
        });
        Essay loaded = null;
        try {
            loaded = run.get(boundMillis(input.length), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            violations.add("did not finish within " + boundMillis(input.length) + " ms");
            // The hung worker may still read this essay: go on in a fresh copy.
            essay = EssayFixture.copy("minimal", dir.resolve(Integer.toString(++generation)));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            java.io.StringWriter trace = new java.io.StringWriter();
            cause.printStackTrace(new java.io.PrintWriter(trace));
            violations.add("exception escaped: "
                    + trace.toString()
                            .lines()
                            .limit(12)
                            .reduce((a, b) -> a + "\n" + b)
                            .orElse(""));
        }
        List<Diagnostic> sorted = diags.sorted();
        violations.addAll(positionsOutside(sorted, input));
        if (loaded != null && !diags.hasErrors()) {
            for (Page page : loaded.allPages()) {
                if (page.html() == null) {
                    violations.add(page.contentPath() + " was not rendered");
                    continue;
                }
                Parser parser = Parser.htmlParser().setTrackErrors(20);
                parser.parseInput(
                        "<!DOCTYPE html><html lang=en><head><title>t</title></head><body><main>" + page.html()
                                + "</main></body></html>",
                        "");
                for (ParseError error : parser.getErrors()) {
                    violations.add(page.contentPath() + ": HTML parse error " + error + " in\n" + page.html());
                }
            }
        }
        return new Outcome(sorted, violations);
    }

    /** Diagnostics about the input whose line or column lies outside the file. */
    static List<String> positionsOutside(List<Diagnostic> diagnostics, byte[] input) {
        List<String> problems = new ArrayList<>();
        String text = new String(input, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        for (Diagnostic d : diagnostics) {
            if (!d.path().equals(FUZZ_PATH) || d.line() == 0) {
                continue; // other files are fixed; line 0 is about the whole file
            }
            if (d.line() < 0 || d.line() > lines.length) {
                problems.add("line " + d.line() + " of " + lines.length + ": " + d.headline());
                continue;
            }
            String line = lines[d.line() - 1];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            int max = line.codePointCount(0, line.length()) + 1;
            if (d.column() < 0 || d.column() > max) {
                problems.add("column " + d.column() + " of " + max + ": " + d.headline());
            }
        }
        return problems;
    }
}
