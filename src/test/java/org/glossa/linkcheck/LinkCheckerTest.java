package org.glossa.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classification against a local server on 127.0.0.1: never the internet. */
class LinkCheckerTest {
    private static final Duration TIMEOUT = Duration.ofMillis(2500); // generous: CI machines are loaded
    private static final Duration DELAY = Duration.ofMillis(60);

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        arrivals.add(System.nanoTime());
        String path = ex.getRequestURI().getPath();
        int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/ok" -> send(ex, 200);
            case "/moved" -> redirect(ex, 301, "/ok");
            case "/moved-308" -> redirect(ex, 308, "/ok");
            case "/temporary" -> redirect(ex, 302, "/ok");
            case "/temporary-to-gone" -> redirect(ex, 307, "/gone");
            case "/gone" -> send(ex, 404);
            case "/removed" -> send(ex, 410);
            case "/busy" -> {
                ex.getResponseHeaders().add("Retry-After", "3600");
                send(ex, 429);
            }
            case "/busy-once" -> {
                if (n == 1) {
                    ex.getResponseHeaders().add("Retry-After", "0");
                    send(ex, 429);
                } else {
                    send(ex, 200);
                }
            }
            case "/forbidden" -> send(ex, 403);
            case "/broken" -> send(ex, 503);
            case "/slow" -> {
                try {
                    Thread.sleep(TIMEOUT.toMillis() * 4);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200);
            }
            default -> send(ex, 404);
        }
    }

    private static void redirect(HttpExchange ex, int code, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        send(ex, code);
    }

    private static void send(HttpExchange ex, int code) throws IOException {
        byte[] body = ("status " + code).getBytes();
        try {
            ex.sendResponseHeaders(code, body.length);
            ex.getResponseBody().write(body);
        } catch (IOException clientGone) {
            // the checker stopped waiting (timeout test)
        } finally {
            ex.close();
        }
    }

    private LinkChecker checker(LinkCache cache, Instant now) {
        return new LinkChecker(
                new LinkChecker.Options(TIMEOUT, DELAY, 4, Duration.ofDays(7), Duration.ofSeconds(2), "test"),
                cache,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void classifiesEveryKindOfAnswer() throws Exception {
        Map<String, LinkChecker.Result> r = checker(LinkCache.load(null), Instant.now())
                .check(List.of(
                        base + "/ok",
                        base + "/moved",
                        base + "/moved-308",
                        base + "/temporary",
                        base + "/temporary-to-gone",
                        base + "/gone",
                        base + "/removed",
                        base + "/busy",
                        base + "/busy-once",
                        base + "/forbidden",
                        base + "/broken",
                        base + "/slow",
                        "http://127.0.0.1:1/refused"));
        assertEquals(LinkChecker.Status.OK, r.get(base + "/ok").status());
        assertEquals(
                new LinkChecker.Result(LinkChecker.Status.MOVED, 301, base + "/ok", "moved permanently"),
                r.get(base + "/moved"));
        assertEquals(LinkChecker.Status.MOVED, r.get(base + "/moved-308").status());
        assertEquals(
                LinkChecker.Status.OK,
                r.get(base + "/temporary").status(),
                "a temporary redirect to a page that works");
        assertEquals(LinkChecker.Status.DEAD, r.get(base + "/temporary-to-gone").status());
        assertEquals(new LinkChecker.Result(LinkChecker.Status.DEAD, 404, "", "404 Not Found"), r.get(base + "/gone"));
        assertEquals(new LinkChecker.Result(LinkChecker.Status.DEAD, 410, "", "410 Gone"), r.get(base + "/removed"));
        assertEquals(
                new LinkChecker.Result(LinkChecker.Status.RATE_LIMITED, 429, "", "429 Too Many Requests"),
                r.get(base + "/busy"),
                "a wait longer than the limit is not waited for");
        assertEquals(1, hits.get("/busy").get());
        assertEquals(
                LinkChecker.Status.OK, r.get(base + "/busy-once").status(), "a short Retry-After is honoured once");
        assertEquals(2, hits.get("/busy-once").get());
        assertEquals(LinkChecker.Status.REFUSED, r.get(base + "/forbidden").status());
        assertEquals(LinkChecker.Status.SERVER_ERROR, r.get(base + "/broken").status());
        assertEquals(LinkChecker.Status.TIMED_OUT, r.get(base + "/slow").status());
        assertEquals(
                LinkChecker.Status.DEAD, r.get("http://127.0.0.1:1/refused").status());
    }

    @Test
    void oneHostIsAskedOneRequestAtATimeWithAPause() throws Exception {
        checker(LinkCache.load(null), Instant.now())
                .check(List.of(base + "/ok", base + "/gone", base + "/removed", base + "/x"));
        assertEquals(4, arrivals.size());
        for (int i = 1; i < arrivals.size(); i++) {
            long gap = arrivals.get(i) - arrivals.get(i - 1);
            assertTrue(
                    gap >= DELAY.toNanos(),
                    "requests " + (i - 1) + " and " + i + " were " + gap / 1_000_000 + " ms apart");
        }
    }

    @Test
    void lastingAnswersComeFromTheCacheUntilTheyAreTooOld() throws Exception {
        Path file = dir.resolve("target/linkcheck-cache.json");
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<String> urls = List.of(base + "/ok", base + "/moved", base + "/gone", base + "/broken");
        LinkCache cache = LinkCache.load(file);
        checker(cache, now).check(urls);
        cache.save();
        assertTrue(Files.readString(file).contains("\"status\": \"MOVED\""));

        LinkChecker again = checker(LinkCache.load(file), now.plus(Duration.ofDays(1)));
        Map<String, LinkChecker.Result> second = again.check(urls);
        assertEquals(3, again.fromCache(), "ok, moved and gone are remembered; a server error is asked again");
        assertEquals(1, hits.get("/ok").get());
        assertEquals(2, hits.get("/broken").get());
        assertEquals(LinkChecker.Status.MOVED, second.get(base + "/moved").status());

        LinkChecker later = checker(LinkCache.load(file), now.plus(Duration.ofDays(8)));
        later.check(urls);
        assertEquals(0, later.fromCache());
        assertEquals(2, hits.get("/ok").get());
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        Path file = dir.resolve("cache.json");
        Files.writeString(file, "{not json");
        LinkChecker c = checker(LinkCache.load(file), Instant.now());
        assertEquals(
                LinkChecker.Status.OK,
                c.check(List.of(base + "/ok")).get(base + "/ok").status());
        assertEquals(0, c.fromCache());
    }
}
