package org.glossa.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events that tell open pages which version of the site is current. A page knows
 * the version it was served with and reloads when it hears another one, so a rebuild that
 * finished before the page connected is not missed, and neither is a restart of the server.
 */
final class LiveReload {
    private static final String STOP = "";
    private static final long HEARTBEAT_SECONDS = 15;

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile String version;
    private volatile boolean stopped;

    LiveReload(String version) {
        this.version = version;
    }

    /** Tells every open page that the site is now at {@code newVersion}. */
    void publish(String newVersion) {
        version = newVersion;
        String event = event("reload", newVersion);
        for (BlockingQueue<String> client : clients) {
            client.offer(event);
        }
    }

    int clientCount() {
        return clients.size();
    }

    /** Holds the connection open, one thread per page, until the page goes away or the server stops. */
    void serve(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        clients.add(queue);
        try (OutputStream body = exchange.getResponseBody()) {
            write(body, "retry: 1000\n" + event("hello", version));
            while (!stopped) {
                String next = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (next == null) {
                    write(body, ": still here\n\n"); // a closed tab shows up as a failed write
                } else if (next.equals(STOP)) {
                    break;
                } else {
                    write(body, next);
                }
            }
        } catch (IOException e) {
            // the page was closed or reloaded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    /** Ends every open event stream. */
    void stop() {
        stopped = true;
        for (BlockingQueue<String> client : clients) {
            client.offer(STOP);
        }
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static void write(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }
}
