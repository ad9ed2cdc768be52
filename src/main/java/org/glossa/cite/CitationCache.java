package org.glossa.cite;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What citeproc-java printed, kept between builds in the essay's {@value #FILE}. In a fresh JVM
 * the processor takes a few milliseconds per call and a few hundred to load its styles, most of a
 * small essay's citation work; a build whose sources did not change finds every note and entry
 * here and never starts it (docs/BENCHMARKS.md has the figures). Jekyll's {@code .jekyll-cache}
 * and Hugo's resource cache do the same for their slow steps.
 *
 * <p>An entry is found by a digest of everything its text depends on: the processor's and the
 * style's and locale's own bytes ({@link #identity}), the call and its arguments, and the CSL item
 * as JSON. So a changed source, a new citeproc-java or a new style simply misses. The file keeps
 * the entries the last successful build used, so it never grows beyond one essay's citations. A
 * file that cannot be read is ignored and one that cannot be written stays as it was: the cache
 * only ever saves time, it never changes a page.
 */
public final class CitationCache {
    /** Where, inside the essay directory: beside the default output folder, which builds clean away. */
    public static final String FILE = "target/glossa-cache/citations.bin";

    /** Bump when a change to the calls (CslEngine, CitationFiles) changes what a key stands for. */
    private static final int FORMAT = 1;

    private static final int MAGIC = 0x474c4343; // "GLCC"

    /** The longest text {@link DataOutputStream#writeUTF} takes; longer entries are not kept. */
    private static final int MAX_UTF_BYTES = 65_535;

    /** One cache per essay directory and process: the preview server's rebuilds share it. */
    private static final Map<Path, CitationCache> BY_ESSAY = new ConcurrentHashMap<>();

    private static final Map<String, String> IDENTITIES = new ConcurrentHashMap<>();

    private static final CitationCache NONE = new CitationCache(null);

    private final Path file;
    private final Map<String, String> entries = new ConcurrentHashMap<>();
    /** Entries found or made since this process started: what the file keeps. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private volatile boolean loaded;
    private volatile boolean changed;

    private CitationCache(Path file) {
        this.file = file;
    }

    /**
     * The cache of the essay in {@code essayRoot}, read from its file on first use; none when the
     * JVM runs with {@code -Dglossa.cache=false} (to measure or train a build with an empty cache).
     */
    public static CitationCache forEssay(Path essayRoot) {
        if ("false".equals(System.getProperty("glossa.cache"))) {
            return NONE;
        }
        Path root = essayRoot.toAbsolutePath().normalize();
        return BY_ESSAY.computeIfAbsent(root, r -> new CitationCache(r.resolve(FILE)));
    }

    /** A cache kept in {@code file}, not shared with other callers. */
    static CitationCache at(Path file) {
        return new CitationCache(file);
    }

    /** A cache that keeps nothing: for formatters made outside a build (tests, benchmarks). */
    public static CitationCache none() {
        return NONE;
    }

    /**
     * The text stored under {@code key}, or {@code format}'s result, stored for next time. The key
     * is only made when there is a file to keep it in.
     */
    public String get(Supplier<String> key, Supplier<String> format) {
        if (file == null) {
            return format.get();
        }
        load();
        String digest = digest(key.get());
        String text = entries.get(digest);
        if (text == null) {
            text = format.get();
            if (text.length() * 3 <= MAX_UTF_BYTES) {
                entries.put(digest, text);
                changed = true;
            }
        }
        used.add(digest);
        return text;
    }

    /** Whether {@code key} is stored (so that asking for it would not start the processor). */
    public boolean contains(Supplier<String> key) {
        if (file == null) {
            return false;
        }
        load();
        return entries.containsKey(digest(key.get()));
    }

    /**
     * Writes the entries this process used, if that changes the file. Called after a successful
     * build; a failed one may have stopped before formatting everything it would need.
     */
    public void save() {
        if (file == null || !loaded || (!changed && used.size() == entries.size())) {
            return;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String digest : used) {
            String text = entries.get(digest);
            if (text != null) {
                kept.put(digest, text);
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(kept.size());
                for (Map.Entry<String, String> e : kept.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue());
                }
            }
            // Written whole, then moved into place: a build running meanwhile reads the old file or the new one.
            // Named by process and clock: a temporary file's random name costs a fresh JVM tens of ms.
            Path partial = file.resolveSibling(file.getFileName() + "."
                    + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime()) + ".partial");
            try {
                Files.write(partial, bytes.toByteArray(), java.nio.file.StandardOpenOption.CREATE_NEW);
                try {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
            entries.keySet().retainAll(kept.keySet());
            changed = false;
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // A read-only essay directory: the next build formats again, that is all.
        }
    }

    private void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            try (DataInputStream in =
                    new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() == MAGIC && in.readInt() == FORMAT) {
                    int count = in.readInt();
                    Map<String, String> read = new LinkedHashMap<>();
                    for (int i = 0; i < count; i++) {
                        read.put(in.readUTF(), in.readUTF());
                    }
                    entries.putAll(read);
                }
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // No cache yet, or one from another version or cut short: start empty.
            }
            loaded = true;
        }
    }

    /**
     * What a processor's output depends on besides its input: citeproc-java's code and the style
     * and locale files, by their bytes (the jars carry no version numbers). Read once per process.
     */
    public static String identity(String style, String locale) {
        return IDENTITIES.computeIfAbsent(style + "\n" + locale, k -> {
            MessageDigest sha = sha256();
            sha.update(("format " + FORMAT).getBytes(StandardCharsets.UTF_8));
            update(sha, "/de/undercouch/citeproc/CSL.class");
            update(sha, "/" + style + ".csl");
            update(sha, "/locales-" + locale + ".xml");
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        });
    }

    private static void update(MessageDigest sha, String resource) {
        try (InputStream in = CitationCache.class.getResourceAsStream(resource)) {
            sha.update(resource.getBytes(StandardCharsets.UTF_8));
            if (in != null) {
                sha.update(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(String key) {
        return HexFormat.of().formatHex(sha256().digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
