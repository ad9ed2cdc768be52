package org.glossa.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a {@code .gz} copy beside every text file of the site, for hosts that serve
 * precompressed files (nginx {@code gzip_static}, Caddy {@code precompressed}, S3 with
 * {@code Content-Encoding}). Deterministic: the JDK writes a gzip header with modification
 * time 0 and no file name, and the level is fixed, so two builds give the same bytes.
 */
public final class Precompression {
    /** Extensions of the files worth compressing (images other than SVG and fonts already are). */
    public static final Set<String> TEXT_EXTENSIONS =
            Set.of("html", "css", "js", "json", "xml", "svg", "txt", "bib", "ris");

    private Precompression() {}

    /** @return the files compressed, as paths relative to the site, sorted */
    public static List<String> apply(Path site) throws IOException {
        return apply(site, Set.of());
    }

    /**
     * @param done files already compressed with {@link #compress} (the build compresses each page
     *     as it writes it), left alone
     * @return the files compressed now, as paths relative to the site, sorted
     */
    public static List<String> apply(Path site, Set<Path> done) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(site)) {
            files = s.filter(Files::isRegularFile)
                    .filter(Precompression::isText)
                    .filter(f -> !done.contains(f))
                    .sorted()
                    .toList();
        }
        // Files compress independently: on all cores.
        try {
            files.parallelStream().forEach(file -> {
                try {
                    compress(file, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files.stream()
                .map(f -> site.relativize(f).toString().replace('\\', '/'))
                .toList();
    }

    /** Writes {@code file.gz} beside {@code file}, whose content is {@code content}. */
    public static void compress(Path file, byte[] content) throws IOException {
        try (OutputStream out = new Gzip(Files.newOutputStream(file.resolveSibling(file.getFileName() + ".gz")))) {
            out.write(content);
        }
    }

    static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * gzip at zlib's default level, 6, fixed so that builds stay byte-identical. The best level, 9,
     * made the site's pages 0.1 % smaller for a fifth more of the build's compression time
     * (docs/BENCHMARKS.md).
     */
    private static final class Gzip extends GZIPOutputStream {
        Gzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(LEVEL);
        }
    }

    private static final int LEVEL = 6;
}
