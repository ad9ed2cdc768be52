package org.glossa.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The {@code generate} file of a bad-input case: inputs made when the test runs because git cannot
 * hold them portably (symbolic links, named pipes) or should not (a 5 MB file). One command a line,
 * paths relative to the essay; {@code #} starts a comment:
 *
 * <pre>
 * append PATH TEXT          append TEXT (escapes \n \t \\ \xHH) to PATH, creating it
 * repeat PATH COUNT TEXT    append TEXT COUNT times
 * symlink PATH TARGET       a symbolic link at PATH pointing to TARGET (as written)
 * fifo PATH                 a named pipe (skips the case where mkfifo is missing)
 * mkdir PATH                a folder
 * unreadable PATH           take every permission away; skips the case where the file stays
 *                           readable (root reads any file: CI runs as root, so other cases cover
 *                           unreadable input with a dangling link, a folder and a pipe)
 * </pre>
 */
final class Generate {
    private Generate() {}

    static void run(Path script, Path essay) throws IOException {
        if (!Files.exists(script)) {
            return;
        }
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] w = line.split(" ", 3);
            Path path = essay.resolve(w[1]);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            switch (w[0]) {
                case "append" -> append(path, unescape(w.length > 2 ? w[2] : ""), 1);
                case "repeat" -> {
                    String[] rest = w[2].split(" ", 2);
                    append(path, unescape(rest.length > 1 ? rest[1] : ""), Integer.parseInt(rest[0]));
                }
                case "symlink" -> Files.createSymbolicLink(path, Path.of(w[2]));
                case "mkdir" -> Files.createDirectories(path);
                case "fifo" -> mkfifo(path);
                case "unreadable" -> {
                    Files.setPosixFilePermissions(path, java.util.Set.of());
                    Assumptions.assumeFalse(Files.isReadable(path), "running as root: every file is readable");
                }
                default -> throw new IllegalArgumentException("unknown command in " + script + ": " + line);
            }
        }
    }

    private static void append(Path path, byte[] bytes, int count) throws IOException {
        try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (int i = 0; i < count; i++) {
                out.write(bytes);
            }
        }
    }

    private static void mkfifo(Path path) throws IOException {
        try {
            Process p =
                    new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this system: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** {@code \n}, {@code \t}, {@code \\} and {@code \xHH} (one raw byte, e.g. invalid UTF-8). */
    static byte[] unescape(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char e = text.charAt(++i);
                switch (e) {
                    case 'n' -> out.write('\n');
                    case 't' -> out.write('\t');
                    case 'r' -> out.write('\r');
                    case '\\' -> out.write('\\');
                    case 'x' -> {
                        out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                    default -> throw new IllegalArgumentException("unknown escape \\" + e);
                }
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
