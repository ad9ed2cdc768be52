package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same essay, from copies in different folders, at different times, under
 * different time zones and locales, give byte-identical sites. Each build runs the shipped jar in
 * its own JVM with every Java socket sent to a closed local SOCKS port, so a build that reached
 * for the network would not silently succeed.
 */
class ReproducibleBuildIT {
    private static final Path ROOT = Path.of(System.getProperty("glossa.root", "."));
    private static final Path JAR = Path.of(System.getProperty("glossa.jar", "target/glossa.jar"));

    @TempDir
    Path dir;

    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        Path first = copyEssay(ROOT, dir.resolve("first/essay"));
        build(JAR, first, dir.resolve("first/site"), "UTC", "en", "US");
        Thread.sleep(2100); // a different second, minute of a clock-based stamp would show
        Path second = copyEssay(ROOT, dir.resolve("another/place/essay"));
        build(JAR, second, dir.resolve("another/place/site"), "Pacific/Kiritimati", "de", "DE");

        Map<String, String> a = hashes(dir.resolve("first/site"));
        Map<String, String> b = hashes(dir.resolve("another/place/site"));
        assertTrue(a.size() > 50, "a whole site: " + a.size() + " files");
        List<String> differing = new ArrayList<>();
        for (String file : a.keySet()) {
            if (!a.get(file).equals(b.get(file))) {
                differing.add(file);
            }
        }
        assertEquals(List.of(), differing, "files that differ between the two builds");
        assertEquals(a.keySet(), b.keySet(), "the same files");
    }

    /** A build that finds every citation in the cache the previous one left publishes the same bytes. */
    @Test
    void theCitationCacheChangesNothing() throws Exception {
        Path essay = copyEssay(ROOT, dir.resolve("essay"));
        build(JAR, essay, dir.resolve("cold"), "UTC", "en", "US");
        Path cache = essay.resolve("target/glossa-cache/citations.bin");
        assertTrue(Files.size(cache) > 1000, "the first build kept its citations");
        build(JAR, essay, dir.resolve("cached"), "UTC", "en", "US");

        Map<String, String> cold = hashes(dir.resolve("cold"));
        Map<String, String> cached = hashes(dir.resolve("cached"));
        assertEquals(cold, cached);
    }

    private static void build(Path jar, Path essay, Path output, String zone, String language, String country)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.timezone=" + zone,
                        "-Duser.language=" + language,
                        "-Duser.country=" + country,
                        "-DsocksProxyHost=127.0.0.1",
                        "-DsocksProxyPort=9",
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "build",
                        "--source",
                        essay.toString(),
                        "--output",
                        output.toString(),
                        "--strict")
                .directory(essay.toFile())
                .redirectErrorStream(true);
        pb.environment().put("TZ", zone);
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.redirectOutput(essay.resolveSibling("build.log").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "build finished");
        assertEquals(0, p.exitValue(), Files.readString(essay.resolveSibling("build.log")));
    }

    /** The essay's inputs only (no target/, no .git): what a fresh checkout has. */
    private static Path copyEssay(Path root, Path to) throws IOException {
        Files.createDirectories(to);
        Files.copy(root.resolve("site-config.properties"), to.resolve("site-config.properties"));
        for (String folder : List.of("content", "templates", "assets")) {
            Path from = root.resolve(folder);
            try (Stream<Path> s = Files.walk(from)) {
                for (Path p : s.toList()) {
                    Path target = to.resolve(folder).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }
        return to;
    }

    private static Map<String, String> hashes(Path site) throws IOException, NoSuchAlgorithmException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                hashes.put(
                        site.relativize(p).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }
}
