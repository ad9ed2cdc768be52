package org.glossa.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Temporary copies of the test essays, with the repository's own templates and assets. */
final class Fixtures {
    private Fixtures() {}

    /** The project's folder: Maven runs tests there, and failsafe names it. */
    static Path projectRoot() {
        return Path.of(System.getProperty("glossa.root", "")).toAbsolutePath();
    }

    /** Copies {@code src/test/resources/fixtures/<name>} plus templates/ and assets/ into {@code target}. */
    static Path essay(String name, Path target) throws IOException {
        Path fixture;
        try {
            fixture = Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        copyTree(fixture, target);
        copyTree(projectRoot().resolve("templates"), target.resolve("templates"));
        copyTree(projectRoot().resolve("assets"), target.resolve("assets"));
        return target;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path dest = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
