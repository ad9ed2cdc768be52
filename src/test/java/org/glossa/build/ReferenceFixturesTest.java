package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.model.SiteConfig;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fixture essays under {@code src/test/resources/fixtures/}: each directory with an
 * {@code expected.txt} is loaded through the real pipeline (every extension and resolver the build
 * registers), and the report an author would read must match the file exactly.
 */
class ReferenceFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.txt"))).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
        }
    }

    private static void check(Path dir) throws IOException {
        String expected = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
        String actual = report(dir);
        if (Boolean.getBoolean("glossa.fixtures.update")) {
            Files.writeString(dir.resolve("expected.txt"), actual, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, "diagnostics of fixture " + dir.getFileName());
        assertTrue(!expected.isBlank(), "a fixture's expected.txt names its problems");
    }

    /** Everything an author reads when the essay is loaded: every problem, then the summary. */
    static String report(Path dir) throws IOException {
        Diagnostics diags = new Diagnostics();
        SiteConfig config =
                SiteConfig.parse(SourceFile.read(dir.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME), diags);
        new Pipeline().loader().load(dir.toAbsolutePath(), config, diags);
        return diags.report();
    }
}
