package org.glossa.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecompressionTest {
    @TempDir
    Path dir;

    @Test
    void textFilesGetIdenticalGzipCopiesWithoutATimestamp() throws Exception {
        Path a = site(dir.resolve("a"));
        Thread.sleep(5);
        Path b = site(dir.resolve("b"));
        assertEquals(List.of("cite.bib", "css/site.css", "index.html", "robots.txt"), Precompression.apply(a));
        Precompression.apply(b);

        byte[] gz = Files.readAllBytes(a.resolve("index.html.gz"));
        assertArrayEquals(gz, Files.readAllBytes(b.resolve("index.html.gz")));
        assertEquals(0, gz[4] | gz[5] | gz[6] | gz[7], "gzip MTIME must be 0");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertArrayEquals(Files.readAllBytes(a.resolve("index.html")), in.readAllBytes());
        }
        assertFalse(Files.exists(a.resolve("photo.jpg.gz")), "already compressed formats are left alone");
    }

    private static Path site(Path root) throws Exception {
        Files.createDirectories(root.resolve("css"));
        Files.writeString(root.resolve("index.html"), "<!DOCTYPE html><p>" + "text ".repeat(200));
        Files.writeString(root.resolve("css/site.css"), "body{}");
        Files.writeString(root.resolve("robots.txt"), "User-agent: *\n");
        Files.writeString(root.resolve("cite.bib"), "@online{x,}\n");
        Files.write(root.resolve("photo.jpg"), new byte[] {1, 2, 3});
        return root;
    }
}
