package org.glossa.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Atomic publishing: every build writes into a fresh staging folder beside the output folder;
 * only a build that passed every check replaces the output, so a failed build leaves the previous
 * site byte-for-byte as it was, and no stale page ever survives.
 */
final class Publisher {
    private Publisher() {}

    static Path createStaging(Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        while (true) {
            try {
                return Files.createDirectory(parent.resolve("." + output.getFileName() + ".staging-" + unique()));
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another build of the same output, started in the same nanosecond: try again
            }
        }
    }

    /**
     * A name no other build uses at the same time: process id and clock. Not a random UUID, whose
     * secure random generator takes a fresh JVM tens of milliseconds to seed.
     */
    private static String unique() {
        return ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
    }

    /** Replaces {@code output} by {@code staging}. */
    static void publish(Path staging, Path output) throws IOException {
        Path old = null;
        if (Files.exists(output)) {
            old = output.resolveSibling("." + output.getFileName() + ".old-" + unique());
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
