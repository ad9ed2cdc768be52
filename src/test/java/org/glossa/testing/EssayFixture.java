package org.glossa.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.glossa.build.Main;

/** Copies a fixture essay (plus the repository's theme) into a temp folder and builds it. */
public final class EssayFixture {
    public static final Path PROJECT = Path.of(System.getProperty("glossa.root", System.getProperty("user.dir")));

    private EssayFixture() {}

    /** Copies {@code src/test/resources/fixtures/<name>} and the default theme into {@code dir}. */
    public static Path copy(String name, Path dir) throws IOException {
        Path essay = dir.resolve(name);
        copyTree(PROJECT.resolve("src/test/resources/fixtures").resolve(name), essay);
        if (!Files.exists(essay.resolve("templates"))) {
            copyTree(PROJECT.resolve("templates"), essay.resolve("templates"));
        }
        if (!Files.exists(essay.resolve("assets"))) {
            copyTree(PROJECT.resolve("assets"), essay.resolve("assets"));
        }
        return essay;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The outcome of running the command line. */
    public record Run(int exitCode, String out, String err) {}

    public static Run glossa(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** {@code glossa build --source essay --output output [more...]}. */
    public static Run build(Path essay, Path output, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(
                java.util.List.of("build", "--source", essay.toString(), "--output", output.toString()));
        args.addAll(java.util.List.of(more));
        return glossa(args.toArray(String[]::new));
    }

    /** SHA-256 of every file under a folder, by relative path. */
    public static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> result = new TreeMap<>();
        if (!Files.exists(dir)) {
            return result;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                result.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return result;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
