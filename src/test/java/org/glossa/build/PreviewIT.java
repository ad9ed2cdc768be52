package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.glossa.serve.EventStream;
import org.glossa.serve.RawHttp;
import org.glossa.testing.EssayFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code glossa serve} as an author uses it: open a page, edit a section, make a mistake, fix
 * it. The server runs in this JVM on a free port, on a copy of the small fixture essay.
 */
class PreviewIT {
    /** Generous: this machine's two cores are shared; a warm rebuild takes well under a second. */
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static final String FIRST = "content/essay/01-first.md";
    private static final String BROKEN_HEADLINE =
            FIRST + ":12:20: error: no such page: content/essay/99-missing.md [link.missing-file]";

    @TempDir
    Path tmp;

    @BeforeAll
    static void quietLogs() {
        Logging.setUp(false);
    }

    private final StringWriter terminalOut = new StringWriter();
    private final StringWriter terminalErr = new StringWriter();

    private Preview start(Path essay) throws Preview.StartException {
        return Preview.start(
                new Preview.Options(essay, essay.resolve("target/preview"), "127.0.0.1", 0),
                new PrintWriter(terminalOut, true),
                new PrintWriter(terminalErr, true));
    }

    /** Saves as editors do: write a temporary file elsewhere, then move it into place. */
    private void save(Path essay, String path, String text) throws IOException {
        Path temp = Files.createTempFile(tmp, "edit", ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, essay.resolve(path), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Document get(Preview preview, String target) throws IOException {
        RawHttp.Response r = RawHttp.get(preview.port(), target);
        assertEquals(200, r.status(), target);
        return Jsoup.parse(r.body());
    }

    /**
     * Waits for the reload event, then fetches the page as the reloading browser would; a save that
     * reached the watcher as two bursts gives two reloads, so wait for the one showing {@code expected}.
     */
    private static Document reloadUntil(
            Preview preview, EventStream events, String target, Predicate<Document> expected) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            EventStream.Event event = events.next(Duration.ofNanos(deadline - System.nanoTime()));
            if (event == null) {
                break;
            }
            assertEquals("reload", event.name());
            Document page = get(preview, target);
            assertEquals(
                    event.data(),
                    page.selectFirst("meta[name=glossa-preview-version]").attr("content"));
            if (expected.test(page)) {
                return page;
            }
        }
        return fail("no reload brought the expected page");
    }

    private static String text(Document page) {
        return page.selectFirst("main").text();
    }

    @Test
    void rebuildsOnEveryChangeShowsTheProblemsAndRecovers() throws Exception {
        Path essay = EssayFixture.copy("preview-essay", tmp);
        String original = Files.readString(essay.resolve(FIRST));
        Preview preview = start(essay);
        try (preview;
                EventStream events = new EventStream(preview.port())) {
            EventStream.Event hello = events.next(WAIT);
            assertEquals("hello", hello.name());
            Document page = get(preview, "/essay/first.html");
            assertTrue(text(page).contains("A paragraph that the tests edit."));
            assertEquals(
                    "/_glossa/live.js",
                    page.head().selectFirst("script[src^=/_glossa/]").attr("src"));
            assertEquals(
                    hello.data(),
                    page.selectFirst("meta[name=glossa-preview-version]").attr("content"));
            assertNull(page.selectFirst("#glossa-overlay"));

            // 1. An edit shows up after a reload.
            String edited = original.replace("A paragraph that the tests edit.", "An edited paragraph.");
            save(essay, FIRST, edited);
            Document afterEdit =
                    reloadUntil(preview, events, "/essay/first.html", p -> text(p).contains("An edited paragraph."));
            assertNull(afterEdit.selectFirst("#glossa-overlay"));
            assertNotEquals(
                    hello.data(),
                    afterEdit.selectFirst("meta[name=glossa-preview-version]").attr("content"));
            String goodMain = afterEdit.selectFirst("main").outerHtml();

            // 2. A mistake: the last good page stays, with the problem listed on it.
            save(essay, FIRST, edited + "\nA broken link: [x](99-missing.md).\n");
            Document broken =
                    reloadUntil(preview, events, "/essay/first.html", p -> p.selectFirst("#glossa-overlay") != null);
            Element overlay = broken.selectFirst("#glossa-overlay");
            assertEquals(
                    "The essay did not build: 1 error",
                    overlay.selectFirst("h2").text());
            assertEquals(BROKEN_HEADLINE, overlay.selectFirst("li p").text());
            assertEquals(
                    "A broken link: [x](99-missing.md).\n" + " ".repeat(19) + "^",
                    overlay.selectFirst("li pre").wholeText());
            assertEquals(goodMain, broken.selectFirst("main").outerHtml(), "the last good page is served unchanged");
            assertEquals(
                    BROKEN_HEADLINE,
                    get(preview, "/essay/second.html")
                            .selectFirst("#glossa-overlay li p")
                            .text(),
                    "every page shows the problems");
            assertEquals(
                    BROKEN_HEADLINE,
                    Jsoup.parse(RawHttp.get(preview.port(), "/nowhere.html").body())
                            .selectFirst("#glossa-overlay li p")
                            .text(),
                    "the 404 page too");
            assertTrue(
                    terminalErr.toString().contains(BROKEN_HEADLINE + "\n    A broken link: [x](99-missing.md).\n"),
                    "the terminal shows the same diagnostic:\n" + terminalErr);

            // 3. Fixing it removes the overlay.
            save(essay, FIRST, edited);
            Document fixed =
                    reloadUntil(preview, events, "/essay/first.html", p -> p.selectFirst("#glossa-overlay") == null);
            assertTrue(text(fixed).contains("An edited paragraph."));
            assertEquals(goodMain, fixed.selectFirst("main").outerHtml());

            // 4. A change to a template rebuilds as well.
            Path layout = essay.resolve("templates/layout.ftl");
            save(
                    essay,
                    "templates/layout.ftl",
                    Files.readString(layout).replace("Skip to the text", "Skip to the essay"));
            Document retemplated = reloadUntil(preview, events, "/essay/second.html", p -> p.selectFirst("a.skip-link")
                    .text()
                    .equals("Skip to the essay"));
            assertNotNull(retemplated.selectFirst("main"));
        }
        System.out.println(terminalOut);
        String out = terminalOut.toString();
        assertTrue(out.contains("Serving http://127.0.0.1:" + preview.port() + "/"), out);
        assertTrue(out.contains(FIRST + ": rebuilt in "), out);
        assertTrue(out.contains(FIRST + ": build failed in "), out);
        assertThrows(
                ConnectException.class,
                () -> new Socket(InetAddress.getLoopbackAddress(), preview.port()).close(),
                "the server has stopped");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../pom.xml",
                "/../../../site-config.properties",
                "/%2e%2e/%2e%2e/%2e%2e/site-config.properties",
                "/..%2f..%2f..%2fsite-config.properties",
                "/%2e%2e%5c%2e%2e%5c%2e%2e%5csite-config.properties",
                "/..%5c..%5c..%5csite-config.properties",
                "/essay/..%2F..%2F..%2F..%2Fsite-config.properties",
            })
    void refusesToLeaveTheSite(String target) throws Exception {
        Path essay = EssayFixture.copy("preview-essay", tmp);
        try (Preview preview = start(essay)) {
            RawHttp.Response r = RawHttp.get(preview.port(), target);
            assertTrue(r.status() == 400 || r.status() == 404, target + " got " + r.status());
            assertFalse(r.body().contains("site.title"), target);
        }
    }

    @Test
    void startsWithABrokenEssayAndShowsTheProblemsUntilItIsFixed() throws Exception {
        Path essay = EssayFixture.copy("preview-essay", tmp);
        String original = Files.readString(essay.resolve(FIRST));
        Files.writeString(essay.resolve(FIRST), original.replace("summary:", "sumary:"));
        Preview preview = start(essay);
        try (preview;
                EventStream events = new EventStream(preview.port())) {
            assertEquals("hello", events.next(WAIT).name());
            RawHttp.Response r = RawHttp.get(preview.port(), "/essay/first.html");
            assertEquals(503, r.status());
            Document page = Jsoup.parse(r.body());
            assertEquals(
                    List.of(
                            FIRST
                                    + ":1:1: error: missing required front-matter key 'summary' [front-matter.missing-key]",
                            FIRST + ":3:1: error: unknown front-matter key 'sumary' for a section page"
                                    + " [front-matter.unknown-key]"),
                    page.select("#glossa-overlay li > p:first-child").eachText());
            save(essay, FIRST, original);
            Document fixed =
                    reloadUntil(preview, events, "/essay/first.html", p -> p.selectFirst("#glossa-overlay") == null);
            assertTrue(text(fixed).contains("A paragraph that the tests edit."));
        }
    }

    @Test
    void refusesToStartWithoutAnEssayOrOnATakenPort() throws Exception {
        Preview.StartException noEssay = assertThrows(Preview.StartException.class, () -> start(tmp));
        assertTrue(noEssay.getMessage().startsWith("no site-config.properties in "), noEssay.getMessage());
        Path essay = EssayFixture.copy("preview-essay", tmp);
        try (Preview first = start(essay)) {
            Preview.StartException taken = assertThrows(
                    Preview.StartException.class,
                    () -> Preview.start(
                            new Preview.Options(essay, tmp.resolve("other"), "127.0.0.1", first.port()),
                            new PrintWriter(new StringWriter()),
                            new PrintWriter(new StringWriter())));
            assertTrue(taken.getMessage().contains("Try --port 0"), taken.getMessage());
        }
    }
}
