package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's warm rebuilds (parsed pages and JBake's store kept from the build before) write
 * exactly the site a cold build writes. Run on the real essay, which uses every feature: a stage
 * that changed a kept syntax tree, or state left in the store, would show up here as a difference.
 */
class WarmRebuildIT {
    @TempDir
    Path tmp;

    @BeforeAll
    static void quietLogs() {
        Logging.setUp(false);
    }

    @Test
    void aWarmRebuildWritesWhatAColdBuildWrites() throws IOException {
        Path essay = tmp.resolve("essay");
        Path root = EssayFixture.PROJECT;
        for (String part : new String[] {"content", "templates", "assets"}) {
            EssayFixture.copyTree(root.resolve(part), essay.resolve(part));
        }
        Files.copy(root.resolve("site-config.properties"), essay.resolve("site-config.properties"));

        Path section = essay.resolve("content/essay/03-radio.md");
        {
            Builder warm = new Builder();
            assertOk(warm.build(new Builder.Options(essay, tmp.resolve("warm-1"), false)));
            // Parsed trees are not kept between builds (see ParsedPages), so a warm rebuild must
            // still give exactly what a cold build gives, edit included.
            Files.writeString(section, Files.readString(section) + "\nA paragraph added by the test.\n");
            assertOk(warm.build(new Builder.Options(essay, tmp.resolve("warm-2"), false)));
            assertOk(warm.build(new Builder.Options(essay, tmp.resolve("warm-3"), false)));
        }
        assertOk(new Builder().build(new Builder.Options(essay, tmp.resolve("cold"), false)));
        Map<String, String> expected = files(tmp.resolve("cold"));
        assertTrue(expected.get("essay/radio.html").contains("A paragraph added by the test."));
        assertSameSite(expected, files(tmp.resolve("warm-2")));
        assertSameSite(expected, files(tmp.resolve("warm-3")));
    }

    private static void assertSameSite(Map<String, String> expected, Map<String, String> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertEquals(expected.get(file), actual.get(file), file);
        }
    }

    private static void assertOk(Builder.Result result) {
        assertEquals(0, result.diagnostics().errorCount(), result.diagnostics().report());
        assertTrue(result.ok());
    }

    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(
                        site.relativize(f).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
