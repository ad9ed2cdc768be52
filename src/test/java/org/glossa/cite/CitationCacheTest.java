package org.glossa.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor's output kept between builds: the same text back, and never a stale one. */
class CitationCacheTest {
    private static final String BIB =
            """
            @book{doe2020, author = {Doe, Jane}, title = {A Study of Radio}, publisher = {Press},
              address = {Phnom Penh}, year = {2020}}
            """;

    private static Bibliography bib(String text) {
        Diagnostics diags = new Diagnostics();
        Bibliography bib = Bibliography.load(new SourceFile("sources.bib", text), diags);
        assertTrue(diags.isEmpty(), diags::report);
        return bib;
    }

    /** What a build formats: a full and a short note, with and without a page, and the entry. */
    private static String formatAll(CitationFormatter f, Bibliography bib) {
        Source s = bib.find("doe2020").orElseThrow();
        return String.join(
                "|",
                f.fullNote(s, Cite.NONE),
                f.fullNote(s, Cite.at("12")),
                f.shortNote(s, Cite.at("13")),
                f.bibliographyEntry(s));
    }

    @Test
    void aLaterBuildGetsTheSameTextFromTheFile(@TempDir Path dir) {
        Path file = dir.resolve("citations.bin");
        Bibliography bib = bib(BIB);
        CitationCache first = CitationCache.at(file);
        String formatted = formatAll(new CitationFormatter(bib, first), bib);
        first.save();
        assertTrue(Files.isRegularFile(file));

        CitationCache second = CitationCache.at(file);
        CitationFormatter later = new CitationFormatter(bib, second);
        assertTrue(later.allEntriesCached());
        assertEquals(formatted, formatAll(later, bib));
        assertEquals(formatAll(new CitationFormatter(bib), bib), formatted, "the same as without a cache");
    }

    @Test
    void theTextComesFromTheFileAndAChangedSourceMisses(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("citations.bin");
        Bibliography bib = bib(BIB);
        CitationCache cache = CitationCache.at(file);
        formatAll(new CitationFormatter(bib, cache), bib);
        cache.save();
        replaceEveryText(file);

        CitationCache reread = CitationCache.at(file);
        assertEquals("STORED.|STORED, 12.|STORED, 13.|STORED", formatAll(new CitationFormatter(bib, reread), bib));

        Bibliography edited = bib(BIB.replace("A Study of Radio", "A Study of Television"));
        String fresh = formatAll(new CitationFormatter(edited, reread), edited);
        assertFalse(fresh.contains("STORED"), fresh);
        assertTrue(fresh.contains("Television"), fresh);
    }

    @Test
    void aDamagedFileIsIgnoredAndReplaced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("citations.bin");
        Files.writeString(file, "not a cache", StandardCharsets.UTF_8);
        Bibliography bib = bib(BIB);
        CitationCache cache = CitationCache.at(file);
        String formatted = formatAll(new CitationFormatter(bib, cache), bib);
        assertEquals(formatAll(new CitationFormatter(bib), bib), formatted);
        cache.save();
        assertTrue(new CitationFormatter(bib, CitationCache.at(file)).allEntriesCached());
    }

    @Test
    void theFileKeepsOnlyWhatTheLastBuildUsed(@TempDir Path dir) {
        Path file = dir.resolve("citations.bin");
        Bibliography old = bib(BIB);
        CitationCache first = CitationCache.at(file);
        formatAll(new CitationFormatter(old, first), old);
        first.save();
        long before = size(file);

        Bibliography renamed = bib(BIB.replace("doe2020", "doe2021"));
        CitationCache second = CitationCache.at(file);
        Source s = renamed.find("doe2021").orElseThrow();
        new CitationFormatter(renamed, second).bibliographyEntry(s);
        second.save();

        assertNotEquals(before, size(file));
        assertFalse(new CitationFormatter(old, CitationCache.at(file)).allEntriesCached(), "the old entry is gone");
        assertTrue(new CitationFormatter(renamed, CitationCache.at(file)).allEntriesCached());
    }

    @Test
    void anUnwritableFolderOnlyCostsTime(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("target");
        Files.writeString(blocker, "a file where the cache folder would go");
        Bibliography bib = bib(BIB);
        CitationCache cache = CitationCache.at(blocker.resolve("glossa-cache/citations.bin"));
        String formatted = formatAll(new CitationFormatter(bib, cache), bib);
        cache.save(); // cannot create the folder: nothing happens
        assertEquals(formatAll(new CitationFormatter(bib), bib), formatted);
        assertTrue(Files.isRegularFile(blocker));
    }

    /**
     * Rewrites every stored text as {@code STORED} (keeping the formatter's locator and end
     * markers), so that what a formatter prints afterwards can only have come from the file.
     */
    private static void replaceEveryText(Path file) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataInputStream in = new java.io.DataInputStream(Files.newInputStream(file));
                java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeInt(in.readInt()); // magic
            out.writeInt(in.readInt()); // format
            int count = in.readInt();
            out.writeInt(count);
            for (int i = 0; i < count; i++) {
                out.writeUTF(in.readUTF());
                String text = in.readUTF();
                out.writeUTF("STORED"
                        + (text.contains("GLOSSALOCATORSLOT") ? ", GLOSSALOCATORSLOT" : "")
                        + (text.contains("GLOSSAENDSLOT") ? "GLOSSAENDSLOT" : ""));
            }
        }
        Files.write(file, bytes.toByteArray());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
