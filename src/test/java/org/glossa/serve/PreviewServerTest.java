package org.glossa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewServerTest {
    private static final String SECRET = "TOP SECRET: outside the site";
    private static final Diagnostic PROBLEM = new Diagnostic(
            Severity.ERROR,
            "content/essay/01-a.md",
            3,
            5,
            "no such page: content/essay/99-missing.md",
            "link.missing-file",
            "See [x](99-missing.md).",
            null);

    @TempDir
    Path tmp;

    private Path site;
    private PreviewServer server;

    @BeforeEach
    void setUp() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        write("index.html", page("Home"));
        write("essay/radio.html", page("Radio"));
        write("glossary/index.html", page("Glossary"));
        write("404.html", page("Page not found"));
        write("css/glossa.css", "body{}");
        write("js/glossa.js", "'use strict';");
        for (String name : List.of(
                "cite.json",
                "cite.bib",
                "cite.ris",
                "feed.xml",
                "robots.txt",
                "img/map.svg",
                "img/photo.png",
                "fonts/serif.woff2",
                "data.unknown")) {
            write(name, "content of " + name);
        }
        write(".hidden/secret.html", SECRET);
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(site.resolve("leak.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("leakdir"), tmp);
        server = PreviewServer.start("127.0.0.1", 0, new PreviewServer.Site(site, "/", List.of()));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private void write(String name, String text) throws IOException {
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String page(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>" + title + "</title>\n</head>\n<body>\n<main><h1>"
                + title + "</h1></main>\n</body>\n</html>\n";
    }

    private RawHttp.Response get(String target) throws IOException {
        return RawHttp.get(server.port(), target);
    }

    @ParameterizedTest
    @CsvSource({
        "/index.html, text/html; charset=utf-8",
        "/css/glossa.css, text/css; charset=utf-8",
        "/js/glossa.js, text/javascript; charset=utf-8",
        "/cite.json, application/json",
        "/img/map.svg, image/svg+xml",
        "/img/photo.png, image/png",
        "/fonts/serif.woff2, font/woff2",
        "/feed.xml, application/xml; charset=utf-8",
        "/cite.bib, application/x-bibtex; charset=utf-8",
        "/cite.ris, application/x-research-info-systems; charset=utf-8",
        "/robots.txt, text/plain; charset=utf-8",
        "/data.unknown, application/octet-stream",
        "/_glossa/live.js, text/javascript; charset=utf-8",
        "/_glossa/overlay.css, text/css; charset=utf-8",
    })
    void sendsEachFileWithItsContentType(String target, String type) throws IOException {
        RawHttp.Response r = get(target);
        assertEquals(200, r.status());
        assertEquals(type, r.header("Content-Type"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("no-store", r.header("Cache-Control"));
    }

    @Test
    void sendsOtherFilesByteForByte() throws IOException {
        assertEquals("content of cite.bib", get("/cite.bib").body());
        assertEquals("body{}", get("/css/glossa.css").body());
    }

    @Test
    void addsTheReloadScriptToHtmlPages() throws IOException {
        Document doc = Jsoup.parse(get("/essay/radio.html").body());
        assertEquals("Radio", doc.selectFirst("h1").text());
        assertEquals("/_glossa/live.js", doc.head().selectFirst("script").attr("src"));
        assertNull(doc.selectFirst("#glossa-overlay"));
        assertTrue(Files.readString(site.resolve("essay/radio.html")).indexOf("_glossa") < 0, "the site is untouched");
    }

    @Test
    void servesAFolderItsIndexAndRedirectsToTheSlash() throws IOException {
        assertEquals("Home", Jsoup.parse(get("/").body()).selectFirst("h1").text());
        assertEquals(
                "Glossary",
                Jsoup.parse(get("/glossary/").body()).selectFirst("h1").text());
        RawHttp.Response r = get("/glossary");
        assertEquals(302, r.status());
        assertEquals("/glossary/", r.header("Location"));
        assertEquals(404, get("/essay/").status(), "a folder without index.html is not listed");
    }

    @Test
    void answersAMissingPageWithTheSitesOwn404Page() throws IOException {
        RawHttp.Response r = get("/essay/nowhere.html");
        assertEquals(404, r.status());
        Document doc = Jsoup.parse(r.body());
        assertEquals("Page not found", doc.selectFirst("h1").text());
        assertEquals("/_glossa/live.js", doc.head().selectFirst("script").attr("src"));
        assertEquals(404, get("/_glossa/nothing.js").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"})
    void refusesEveryMethodButGetAndHead(String method) throws IOException {
        RawHttp.Response r = RawHttp.request(server.port(), method, "/index.html", "127.0.0.1");
        assertEquals(405, r.status());
        assertEquals("GET, HEAD", r.header("Allow"));
    }

    @Test
    void answersHeadWithTheLengthAndNoBody() throws IOException {
        RawHttp.Response head = RawHttp.request(server.port(), "HEAD", "/index.html", "127.0.0.1");
        RawHttp.Response get = get("/index.html");
        assertEquals(200, head.status());
        assertEquals("", head.body());
        assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length), head.header("Content-Length"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../secret.txt",
                "/essay/../../secret.txt",
                "/%2e%2e/secret.txt",
                "/%2E%2E/secret.txt",
                "/..%2fsecret.txt",
                "/essay/..%2f..%2fsecret.txt",
                "/..%5csecret.txt",
                "/%2e%2e%5csecret.txt",
                "/..\\secret.txt",
                "/%252e%252e/secret.txt",
                "/leak.txt",
                "/leakdir/secret.txt",
                "/.hidden/secret.html",
                "/%2ehidden/secret.html",
                "/index.html%00.txt",
            })
    void neverServesAFileOutsideTheSite(String target) throws IOException {
        RawHttp.Response r = get(target);
        assertTrue(r.status() == 400 || r.status() == 404, target + " got " + r.status());
        assertFalse(r.body().contains(SECRET), target);
    }

    @Test
    void answersOnlyToLocalHostNames() throws IOException {
        assertEquals(
                200,
                RawHttp.request(server.port(), "GET", "/", "localhost:" + server.port())
                        .status());
        assertEquals(
                200,
                RawHttp.request(server.port(), "GET", "/", "[::1]:" + server.port())
                        .status());
        assertEquals(
                403,
                RawHttp.request(server.port(), "GET", "/", "attacker.example").status());
    }

    @Test
    void servesTheSiteUnderItsBasePath() throws IOException {
        server.show(new PreviewServer.Site(site, "/essay-site/", List.of()));
        RawHttp.Response root = get("/");
        assertEquals(302, root.status());
        assertEquals("/essay-site/", root.header("Location"));
        assertEquals(
                "Radio",
                Jsoup.parse(get("/essay-site/essay/radio.html").body())
                        .selectFirst("h1")
                        .text());
        assertEquals(404, get("/essay/radio.html").status());
        assertTrue(server.url().toString().endsWith("/essay-site/"));
    }

    @Test
    void showsTheProblemsOnEveryPageAndTellsOpenPagesToReload() throws Exception {
        try (EventStream events = new EventStream(server.port())) {
            EventStream.Event hello = events.next(Duration.ofSeconds(30));
            assertEquals("hello", hello.name());
            String before = Jsoup.parse(get("/index.html").body())
                    .selectFirst("meta[name=glossa-preview-version]")
                    .attr("content");
            assertEquals(hello.data(), before);

            server.show(new PreviewServer.Site(site, "/", List.of(PROBLEM)));
            EventStream.Event reload = events.next(Duration.ofSeconds(30));
            assertEquals("reload", reload.name());
            assertNotEquals(before, reload.data());
            for (String target : List.of("/index.html", "/essay/radio.html", "/nowhere.html")) {
                Document doc = Jsoup.parse(get(target).body());
                assertEquals(
                        PROBLEM.headline(),
                        doc.selectFirst("#glossa-overlay li p").text(),
                        target);
                assertEquals(
                        reload.data(),
                        doc.selectFirst("meta[name=glossa-preview-version]").attr("content"));
            }
            assertEquals("content of cite.bib", get("/cite.bib").body(), "only HTML pages get the overlay");

            server.show(new PreviewServer.Site(site, "/", List.of(PROBLEM)));
            assertNull(events.next(Duration.ofMillis(300)), "nothing changed: no reload");

            server.show(new PreviewServer.Site(site, "/", List.of()));
            assertEquals("reload", events.next(Duration.ofSeconds(30)).name());
            assertNull(Jsoup.parse(get("/index.html").body()).selectFirst("#glossa-overlay"));
        }
    }

    @Test
    void beforeAnyGoodBuildEveryPageShowsTheProblems() throws IOException {
        server.show(new PreviewServer.Site(null, "/", List.of(PROBLEM)));
        RawHttp.Response r = get("/essay/radio.html");
        assertEquals(503, r.status());
        Document doc = Jsoup.parse(r.body());
        assertNotNull(doc.selectFirst("#glossa-overlay"));
        assertEquals(PROBLEM.headline(), doc.selectFirst("#glossa-overlay li p").text());
        assertEquals("/_glossa/live.js", doc.head().selectFirst("script").attr("src"));
    }
}
