package org.glossa.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glossa.diag.Diagnostic;

/**
 * Serves a built site to the author's browser: only files inside the site folder, with their
 * content types; into each HTML page it adds the live-reload script and, after a failed
 * rebuild, the list of problems. Listens on loopback unless told otherwise. The JDK's own HTTP
 * server is enough for one author's browser.
 */
public final class PreviewServer implements AutoCloseable {
    /**
     * What to serve.
     *
     * @param root the folder of the last site that built, or {@code null} when none has yet
     * @param basePath the path the site is published under, e.g. {@code /} or {@code /essay/}
     * @param problems the diagnostics of the last build when it failed, else empty
     */
    public record Site(Path root, String basePath, List<Diagnostic> problems) {
        public Site {
            Objects.requireNonNull(basePath);
            problems = List.copyOf(problems);
        }
    }

    private record State(Site site, String version) {}

    private static final String PREFIX = "/_glossa/";
    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveReload liveReload;
    private final boolean loopbackOnly;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, byte[]> ownFiles;
    private int versions;
    private volatile State state;

    private PreviewServer(HttpServer server, boolean loopbackOnly, Site site) throws IOException {
        this.server = server;
        this.loopbackOnly = loopbackOnly;
        this.state = new State(site, nextVersion());
        this.liveReload = new LiveReload(state.version());
        this.ownFiles = Map.of(Overlay.SCRIPT_PATH, resource("live.js"), Overlay.STYLE_PATH, resource("overlay.css"));
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "glossa-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /**
     * Starts serving {@code site}.
     *
     * @param port 0 for any free port
     * @throws BindException when the port is taken or the host is not an address of this machine
     */
    public static PreviewServer start(String host, int port, Site site) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 64);
        PreviewServer preview = new PreviewServer(http, address.isLoopbackAddress(), site);
        http.start();
        return preview;
    }

    /** The address the server answers on, e.g. {@code http://127.0.0.1:8820/}. */
    public URI url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create(
                "http://" + host + ":" + address.getPort() + state.site().basePath());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code site} from now on and tells open pages to reload, unless nothing changed. */
    public synchronized void show(Site site) {
        Site current = state.site();
        if (current.equals(site)) {
            return;
        }
        state = new State(site, nextVersion());
        liveReload.publish(state.version());
    }

    /** How many pages listen for reloads (for tests and the terminal). */
    public int listeners() {
        return liveReload.clientCount();
    }

    @Override
    public void close() {
        liveReload.stop();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String nextVersion() {
        return instance + "-" + (++versions);
    }

    private void handle(HttpExchange exchange) {
        try {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "405 Method Not Allowed: the preview only answers GET and HEAD\n");
                return;
            }
            if (loopbackOnly && !isLocalHost(exchange.getRequestHeaders().getFirst("Host"))) {
                // A page from elsewhere that resolves its own name to 127.0.0.1 gets nothing.
                sendText(exchange, 403, "403 Forbidden: the preview answers only to localhost\n");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            RequestPath path;
            try {
                path = RequestPath.parse(rawPath);
            } catch (RequestPath.BadPathException e) {
                sendText(exchange, 400, "400 Bad Request: " + e.getMessage() + "\n");
                return;
            }
            State current = state;
            if (rawPath.startsWith(PREFIX)) {
                serveOwn(exchange, rawPath);
            } else {
                serveSite(exchange, path, current);
            }
        } catch (IOException | UncheckedIOException e) {
            // the browser went away mid-response
        } finally {
            exchange.close();
        }
    }

    private void serveOwn(HttpExchange exchange, String rawPath) throws IOException {
        if (rawPath.equals(Overlay.EVENTS_PATH) && exchange.getRequestMethod().equals("GET")) {
            liveReload.serve(exchange);
            return;
        }
        byte[] file = ownFiles.get(rawPath);
        if (file == null) {
            sendText(exchange, 404, "404 Not Found\n");
            return;
        }
        send(exchange, 200, ContentTypes.of(rawPath), file);
    }

    private void serveSite(HttpExchange exchange, RequestPath path, State current) throws IOException {
        Site site = current.site();
        List<String> base = segments(site.basePath());
        RequestPath inSite = path.under(base);
        if (inSite == null) {
            if (path.segments().isEmpty() || path.segments().equals(base)) {
                redirect(exchange, site.basePath());
            } else {
                notFound(exchange, current);
            }
            return;
        }
        if (site.root() == null) {
            byte[] page =
                    Overlay.failurePage(current.version(), site.problems()).getBytes(StandardCharsets.UTF_8);
            send(exchange, 503, ContentTypes.HTML, page);
            return;
        }
        if (inSite.hasHiddenSegment()) {
            notFound(exchange, current);
            return;
        }
        Path root = site.root();
        Path file = root;
        for (String segment : inSite.segments()) {
            file = file.resolve(segment);
        }
        if (Files.isDirectory(file)) {
            if (!path.trailingSlash()) {
                redirect(exchange, exchange.getRequestURI().getRawPath() + "/");
                return;
            }
            file = file.resolve("index.html");
        }
        Path real = insideRoot(root, file);
        if (real == null) {
            notFound(exchange, current);
            return;
        }
        serveFile(exchange, 200, real, current);
    }

    /** The real path of {@code file} if it is a regular file inside the real {@code root}, else null. */
    private static Path insideRoot(Path root, Path file) {
        try {
            Path realRoot = root.toRealPath();
            Path real = file.toRealPath();
            return real.startsWith(realRoot) && Files.isRegularFile(real) ? real : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void notFound(HttpExchange exchange, State current) throws IOException {
        Site site = current.site();
        if (site.root() != null) {
            Path page = insideRoot(site.root(), site.root().resolve("404.html"));
            if (page != null) {
                serveFile(exchange, 404, page, current);
                return;
            }
        }
        sendText(exchange, 404, "404 Not Found\n");
    }

    private void serveFile(HttpExchange exchange, int status, Path file, State current) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] bytes = Files.readAllBytes(file);
        if (ContentTypes.isHtml(type)) {
            String page = new String(bytes, StandardCharsets.UTF_8);
            bytes = Overlay.inject(page, current.version(), current.site().problems())
                    .getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, status, type, bytes);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        sendText(exchange, 302, "302 Found: " + location + "\n");
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, ContentTypes.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static boolean isLocalHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end > 0 ? host.substring(0, end + 1) : host;
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return host.equals("localhost") || host.equals("[::1]") || host.startsWith("127.");
    }

    private static List<String> segments(String basePath) {
        List<String> list = new ArrayList<>();
        Arrays.stream(basePath.split("/")).filter(s -> !s.isEmpty()).forEach(list::add);
        return list;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
