package org.glossa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The templates and assets a build uses: the default theme that ships inside Glossa, with the
 * essay's own {@code templates/} and {@code assets/} laid over it file by file. An essay without
 * either folder gets the default look; an essay can replace a single template or stylesheet.
 */
public final class Theme implements AutoCloseable {
    static final String RESOURCE = "org/glossa/theme";

    private final Path dir;

    private Theme(Path dir) {
        this.dir = dir;
    }

    /** Folder holding {@code templates/} and {@code assets/} for JBake. */
    public Path dir() {
        return dir;
    }

    /** Assembles the theme for an essay in a fresh temporary folder. */
    public static Theme assemble(Path essay) throws IOException {
        Path dir = Files.createTempDirectory("glossa-theme-");
        copyBuiltIn(dir);
        for (String part : new String[] {"templates", "assets"}) {
            Path own = essay.resolve(part);
            if (Files.isDirectory(own)) {
                copyTree(own, dir.resolve(part));
            }
        }
        return new Theme(dir);
    }

    /** Writes the default theme (templates/ and assets/) into {@code target}, e.g. for a new essay. */
    public static void copyBuiltIn(Path target) throws IOException {
        URL url = Theme.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IOException("the default theme is missing from Glossa's class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                copyTree(fs.getPath(RESOURCE), target);
            } else {
                copyTree(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    if (p.getFileName().toString().endsWith(".ftl")) {
                        Files.write(target, withoutByteOrderMark(Files.readAllBytes(p)));
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /**
     * Freemarker reads a UTF-8 byte-order mark as text, so a template saved with one fails on its
     * {@code <#ftl>} header; authors may save files with a BOM (docs/AUTHORING.md).
     */
    private static byte[] withoutByteOrderMark(byte[] bytes) {
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
