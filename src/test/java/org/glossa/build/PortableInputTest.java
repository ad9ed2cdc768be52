package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windows line endings and a UTF-8 byte-order mark change nothing: every case of the bad-input
 * catalogue, converted to CRLF with a BOM, reports exactly the same diagnostics (same lines, same
 * columns, paths with {@code /}) as the LF original.
 */
class PortableInputTest {
    private static final Path CATALOGUE = EssayFixture.PROJECT.resolve("src/test/resources/bad");

    @TempDir
    static Path temp;

    @TestFactory
    Stream<DynamicTest> crlfAndBomGiveTheSameDiagnostics() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CATALOGUE)) {
            cases = s.filter(p -> Files.isDirectory(p.resolve("files")) && Files.exists(p.resolve("expected")))
                    .filter(p -> !Files.exists(p.resolve("base")) && !Files.exists(p.resolve("delete")))
                    .sorted()
                    .toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> runCase(c)));
    }

    private static void runCase(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        Path essay = EssayFixture.copy("minimal", temp.resolve(name));
        EssayFixture.copyTree(dir.resolve("files"), essay);
        if (containsInvalidUtf8(essay)) {
            return; // converting would change the bytes under test
        }
        try (Stream<Path> s = Files.walk(essay.resolve("content"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Files.writeString(p, "\uFEFF" + text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);
            }
        }
        EssayFixture.Run run = EssayFixture.build(essay, temp.resolve("out-" + name), "--strict");
        String expected = Files.readString(dir.resolve("expected"), StandardCharsets.UTF_8);
        String actual = run.err().replace(essay.toString(), "ESSAY").replace(temp.resolve("out-" + name).toString(), "OUTPUT");
        assertEquals(expected, actual, name);
    }

    private static boolean containsInvalidUtf8(Path essay) throws IOException {
        try (Stream<Path> s = Files.walk(essay)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                try {
                    StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)));
                } catch (java.nio.charset.CharacterCodingException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
