package org.glossa.reader;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A tiny loopback HTTP server for browser tests: the built site at {@code /}, the hand-written
 * contract fixtures at {@code /fixture/} (so they share the site's CSS and JS), nothing else.
 */
final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2");

    private final HttpServer server;
    private final Path site;
    private final Path fixtures;

    SiteServer(Path site, Path fixtures) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.fixtures = fixtures.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static SiteServer start() throws IOException {
        return new SiteServer(Site.dir(), Site.fixtures());
    }

    /** The absolute URL of a site path such as {@code essay/radio.html}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            Path base = site;
            if (path.startsWith("/fixture/")) {
                base = fixtures;
                path = path.substring("/fixture".length());
            }
            if (path.endsWith("/")) {
                path += "index.html";
            }
            Path file = base.resolve(path.substring(1)).normalize();
            int status = 200;
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                file = site.resolve("404.html");
                status = 404;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file);
            if (base == fixtures && ext.equals("html")) {
                body = withPublishedAssets(new String(body, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The fixtures name the theme's files as written; the site publishes them under hashed names. */
    private static String withPublishedAssets(String html) {
        for (String asset : new String[] {"css/glossa.css", "js/theme.js", "js/glossa.js"}) {
            html = html.replace("\"../" + asset + "\"", "\"../" + Site.published(asset) + "\"");
        }
        return html;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
