package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of bad inputs: each folder under {@code src/test/resources/bad/} takes a fixture
 * essay ({@code base}, default {@code minimal}), overlays the files under {@code files/}, deletes
 * the paths listed in {@code delete}, builds it, and expects exactly the diagnostics in
 * {@code expected} and the exit code in {@code exit}. Every case also proves that the previous
 * good site is byte-for-byte unchanged and that no stack trace reaches the author.
 */
class BadInputCatalogueTest {
    private static final Path CATALOGUE = EssayFixture.PROJECT.resolve("src/test/resources/bad");

    @TempDir
    static Path temp;

    private static Path goodSite;

    @BeforeAll
    static void buildGoodSite() throws IOException {
        Path essay = EssayFixture.copy("minimal", temp.resolve("good"));
        goodSite = temp.resolve("good-site");
        EssayFixture.Run run = EssayFixture.build(essay, goodSite, "--strict");
        assertEquals(0, run.exitCode(), run.err());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFailsWithExactDiagnostics() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CATALOGUE)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> runCase(c)));
    }

    private static void runCase(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        String base = read(dir.resolve("base"), "minimal").strip();
        Path essay = EssayFixture.copy(base, temp.resolve("case-" + name));
        Path files = dir.resolve("files");
        if (Files.isDirectory(files)) {
            try (Stream<Path> s = Files.walk(files)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    Path target = essay.resolve(files.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
        Path output = temp.resolve("out-" + name);
        EssayFixture.copyTree(goodSite, output);
        Map<String, String> before = EssayFixture.hashes(output);

        EssayFixture.Run run = EssayFixture.build(essay, output, "--strict");

        String expected = read(dir.resolve("expected"), "").replace("\r\n", "\n");
        int expectedExit = Integer.parseInt(read(dir.resolve("exit"), "1").strip());
        String actual = run.err().replace(essay.toString(), "ESSAY").replace(output.toString(), "OUTPUT");
        assertEquals(expected, actual, "diagnostics of " + name);
        assertEquals(expectedExit, run.exitCode(), "exit code of " + name);
        assertFalse(actual.contains("\tat "), "no stack trace");
        assertEquals(before, EssayFixture.hashes(output), "previous site untouched for " + name);
    }

    private static String read(Path file, String fallback) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : fallback;
    }
}
