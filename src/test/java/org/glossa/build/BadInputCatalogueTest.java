package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of bad inputs: each folder under {@code src/test/resources/bad/} takes a fixture
 * essay ({@code base}, default {@code minimal}), overlays the files under {@code files/}, deletes
 * the paths listed in {@code delete}, runs the commands in {@code generate} (see {@link Generate}:
 * inputs git cannot hold or should not, such as a 5 MB file, a symbolic link loop or a named pipe),
 * builds it, and expects exactly the diagnostics in {@code expected} and the exit code in
 * {@code exit} (default 1). Every case also proves that the previous good site is byte-for-byte
 * unchanged and that no stack trace reaches the author. A summary line states how many passed.
 */
class BadInputCatalogueTest {
    private static final Path CATALOGUE = EssayFixture.PROJECT.resolve("src/test/resources/bad");

    @TempDir
    static Path temp;

    private static Path goodSite;
    /** {@code -Dglossa.catalogue.update=true} rewrites each case's {@code expected} and {@code exit}. */
    private static final boolean UPDATE = Boolean.getBoolean("glossa.catalogue.update");

    static final java.util.function.UnaryOperator<byte[]> IDENTITY = b -> b;
    private static final AtomicInteger passed = new AtomicInteger();
    private static final AtomicInteger failed = new AtomicInteger();
    private static final AtomicInteger skipped = new AtomicInteger();

    @BeforeAll
    static void buildGoodSite() throws IOException {
        goodSite = buildGoodSite(temp);
    }

    /** Builds the minimal fixture: the last good site every case starts from. */
    static Path buildGoodSite(Path temp) throws IOException {
        Path essay = EssayFixture.copy("minimal", temp.resolve("good"));
        Path site = temp.resolve("good-site");
        EssayFixture.Run run = EssayFixture.build(essay, site, "--strict");
        assertEquals(0, run.exitCode(), run.err());
        return site;
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CATALOGUE)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFailsWithExactDiagnostics() throws IOException {
        List<Path> cases = cases();
        assertTrue(cases.size() >= 35, "the issue asks for at least 35 cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> runCase(c)));
    }

    @AfterAll
    static void summary() {
        System.out.println("bad-input catalogue: " + passed.get() + " of " + (passed.get() + failed.get())
                + " cases passed" + (skipped.get() > 0 ? " (" + skipped.get() + " skipped)" : ""));
    }

    private static void runCase(Path dir) throws Exception {
        try {
            runCase(dir, temp.resolve("case-" + dir.getFileName()), goodSite, IDENTITY);
            passed.incrementAndGet();
        } catch (org.opentest4j.TestAbortedException e) {
            skipped.incrementAndGet();
            throw e;
        } catch (Exception | AssertionError e) {
            failed.incrementAndGet();
            throw e;
        }
    }

    /**
     * Builds one case and checks its outcome.
     *
     * @param transform applied to the bytes of every overlay file (e.g. CRLF line endings or a BOM)
     */
    static void runCase(Path dir, Path workDir, Path goodSite, java.util.function.UnaryOperator<byte[]> transform)
            throws IOException {
        String name = dir.getFileName().toString();
        String base = read(dir.resolve("base"), "minimal").strip();
        Path essay = EssayFixture.copy(base, workDir);
        Path files = dir.resolve("files");
        if (Files.isDirectory(files)) {
            try (Stream<Path> s = Files.walk(files)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    Path target = essay.resolve(files.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.write(target, transform.apply(Files.readAllBytes(p)));
                }
            }
        }
        for (String line : read(dir.resolve("delete"), "").split("\n")) {
            if (!line.isBlank()) {
                Path victim = essay.resolve(line.strip());
                if (Files.isDirectory(victim)) {
                    org.glossa.testing.EssayFixture.deleteTree(victim);
                } else {
                    Files.deleteIfExists(victim);
                }
            }
        }
        Generate.run(dir.resolve("generate"), essay);
        Path output = workDir.resolveSibling(workDir.getFileName() + "-out");
        EssayFixture.copyTree(goodSite, output);
        Map<String, String> before = EssayFixture.hashes(output);

        EssayFixture.Run run = EssayFixture.build(essay, output, "--strict");

        String actual = run.err().replace(essay.toString(), "ESSAY").replace(output.toString(), "OUTPUT");
        if (UPDATE && transform == IDENTITY) {
            // Regenerating on purpose: review every changed file as a diff before committing it.
            Files.writeString(dir.resolve("expected"), actual, StandardCharsets.UTF_8);
            Files.deleteIfExists(dir.resolve("exit"));
            if (run.exitCode() != 1) {
                Files.writeString(dir.resolve("exit"), run.exitCode() + "\n", StandardCharsets.UTF_8);
            }
        }
        String expected = read(dir.resolve("expected"), "").replace("\r\n", "\n");
        int expectedExit = Integer.parseInt(read(dir.resolve("exit"), "1").strip());
        assertEquals(expected, actual, "diagnostics of " + name);
        assertEquals(expectedExit, run.exitCode(), "exit code of " + name);
        assertFalse(actual.contains("\tat "), "no stack trace");
        assertEquals(before, EssayFixture.hashes(output), "previous site untouched for " + name);
    }

    private static String read(Path file, String fallback) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : fallback;
    }
}
