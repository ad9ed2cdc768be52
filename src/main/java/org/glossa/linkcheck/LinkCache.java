package org.glossa.linkcheck;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The link checker's memory between runs ({@code target/linkcheck-cache.json}): what each URL
 * answered and when. Only lasting answers are reused (working, moved, gone); a timeout, a
 * {@code 429} or a server error is asked again next time. An unreadable file is ignored.
 */
public final class LinkCache {
    private static final Set<LinkChecker.Status> LASTING =
            Set.of(LinkChecker.Status.OK, LinkChecker.Status.MOVED, LinkChecker.Status.DEAD);
    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** One remembered answer, as stored in the file. */
    static final class Entry {
        String status;
        int code;
        String location;
        String detail;
        String checked;
    }

    /** The file's layout. */
    static final class Stored {
        int version = 1;
        Map<String, Entry> links = new TreeMap<>();
    }

    private final Path file;
    private final Map<String, Entry> links;

    private LinkCache(Path file, Map<String, Entry> links) {
        this.file = file;
        this.links = new TreeMap<>(links);
    }

    public static LinkCache load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return new LinkCache(file, Map.of());
        }
        try {
            Stored stored = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
            return new LinkCache(file, stored == null || stored.links == null ? Map.of() : stored.links);
        } catch (IOException | JsonParseException e) {
            return new LinkCache(file, Map.of());
        }
    }

    /** A lasting answer younger than {@code maxAge}, if there is one. */
    synchronized Optional<LinkChecker.Result> fresh(String url, Duration maxAge, Instant now) {
        Entry e = links.get(url);
        if (e == null || e.status == null || e.checked == null) {
            return Optional.empty();
        }
        try {
            LinkChecker.Status status = LinkChecker.Status.valueOf(e.status);
            Instant checked = Instant.parse(e.checked);
            if (!LASTING.contains(status) || checked.plus(maxAge).isBefore(now) || checked.isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(new LinkChecker.Result(status, e.code, nullToEmpty(e.location), nullToEmpty(e.detail)));
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    synchronized void put(String url, LinkChecker.Result result, Instant now) {
        Entry e = new Entry();
        e.status = result.status().name();
        e.code = result.code();
        e.location = result.location();
        e.detail = result.detail();
        e.checked = now.toString();
        links.put(url, e);
    }

    public synchronized void save() throws IOException {
        if (file == null) {
            return;
        }
        Stored stored = new Stored();
        stored.links = new TreeMap<>(links);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, GSON.toJson(stored) + "\n", StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
