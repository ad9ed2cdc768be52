package org.glossa.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks external URLs politely: one request at a time per host with a pause between them
 * (hosts in parallel, a few at a time), GET without reading the body, redirects followed by hand
 * so that a permanent move is seen, {@code 429 Too Many Requests} retried once when the server
 * asks for a short wait, and results kept in a {@link LinkCache} so that a re-run does not ask
 * again.
 */
public final class LinkChecker {
    /** How a URL answered. */
    public enum Status {
        OK(false),
        /** 301 or 308: the link works but should be updated. */
        MOVED(false),
        /** 404, 410, an unknown host or a refused connection. */
        DEAD(true),
        TIMED_OUT(false),
        /** 429, even after waiting as asked. */
        RATE_LIMITED(false),
        /** 401, 403 and other refusals: the page may work in a browser; check by hand. */
        REFUSED(false),
        /** 5xx: probably temporary. */
        SERVER_ERROR(false);

        private final boolean error;

        Status(boolean error) {
            this.error = error;
        }

        /** Whether the build should fail: only a link that is certainly broken. */
        public boolean isError() {
            return error;
        }
    }

    /**
     * @param code the HTTP status, 0 when there was no answer
     * @param location where a moved link now points, else empty
     * @param detail a short explanation for the report
     */
    public record Result(Status status, int code, String location, String detail) {}

    /**
     * @param timeout for connecting and for the answer's headers
     * @param perHostDelay pause between two requests to one host
     * @param parallelHosts hosts checked at the same time
     * @param maxAge how long a cached answer is trusted
     * @param maxRetryAfter the longest {@code Retry-After} worth waiting for
     */
    public record Options(
            Duration timeout,
            Duration perHostDelay,
            int parallelHosts,
            Duration maxAge,
            Duration maxRetryAfter,
            String userAgent) {
        public static Options defaults() {
            return new Options(
                    Duration.ofSeconds(15),
                    Duration.ofSeconds(1),
                    4,
                    Duration.ofDays(7),
                    Duration.ofSeconds(30),
                    "Glossa-linkcheck/0.1");
        }
    }

    private static final int MAX_REDIRECTS = 5;

    private final Options options;
    private final LinkCache cache;
    private final Clock clock;
    private final HttpClient client;
    private int fromCache;

    public LinkChecker(Options options, LinkCache cache, Clock clock) {
        this.options = options;
        this.cache = cache;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout())
                .build();
    }

    /** How many results of the last {@link #check} came from the cache. */
    public int fromCache() {
        return fromCache;
    }

    /** Checks each distinct URL once; the answer is keyed by URL, sorted. */
    public Map<String, Result> check(Collection<String> urls) {
        Map<String, Result> results = new TreeMap<>();
        Map<String, List<String>> byHost = new TreeMap<>();
        fromCache = 0;
        for (String url : new TreeSet<>(urls)) {
            Optional<Result> cached = cache.fresh(url, options.maxAge(), clock.instant());
            if (cached.isPresent()) {
                results.put(url, cached.get());
                fromCache++;
                continue;
            }
            byHost.computeIfAbsent(host(url), h -> new ArrayList<>()).add(url);
        }
        Map<String, Result> checked = new TreeMap<>();
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(1, Math.min(options.parallelHosts(), byHost.size())));
        try {
            List<Future<Map<String, Result>>> futures = new ArrayList<>();
            for (List<String> hostUrls : byHost.values()) {
                futures.add(pool.submit(() -> checkHost(hostUrls)));
            }
            for (Future<Map<String, Result>> f : futures) {
                checked.putAll(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("link check failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Instant now = clock.instant();
        checked.forEach((url, result) -> cache.put(url, result, now));
        results.putAll(checked);
        return results;
    }

    /** One host's URLs, one after another, with a pause in between. */
    private Map<String, Result> checkHost(List<String> urls) throws InterruptedException {
        Map<String, Result> results = new TreeMap<>();
        boolean first = true;
        for (String url : urls) {
            if (!first) {
                Thread.sleep(options.perHostDelay().toMillis());
            }
            first = false;
            results.put(url, checkOne(url));
        }
        return results;
    }

    Result checkOne(String url) throws InterruptedException {
        String current = url;
        boolean retried = false;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<InputStream> response;
            try {
                response = get(current);
            } catch (HttpTimeoutException e) {
                return new Result(Status.TIMED_OUT, 0, "", "no answer within " + seconds(options.timeout()));
            } catch (ConnectException e) {
                return new Result(Status.DEAD, 0, "", "cannot connect to " + host(current));
            } catch (IOException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return new Result(Status.DEAD, 0, "", "cannot connect: " + reason);
            } catch (IllegalArgumentException e) {
                return new Result(Status.DEAD, 0, "", "malformed URL");
            }
            int code = response.statusCode();
            String location = response.headers()
                    .firstValue("Location")
                    .map(l -> resolve(url(response), l))
                    .orElse("");
            close(response);
            if (code >= 200 && code < 300) {
                return new Result(Status.OK, code, "", "");
            }
            if (code == 301 || code == 308) {
                return new Result(Status.MOVED, code, location, "moved permanently");
            }
            if (code == 302 || code == 303 || code == 307) {
                if (location.isEmpty()) {
                    return new Result(Status.SERVER_ERROR, code, "", "redirect without a Location header");
                }
                current = location; // temporary: the link stays right if where it leads works
                Thread.sleep(options.perHostDelay().toMillis());
                continue;
            }
            if (code == 404 || code == 410) {
                return new Result(Status.DEAD, code, "", code == 404 ? "404 Not Found" : "410 Gone");
            }
            if (code == 429) {
                Optional<Duration> wait = retryAfter(response);
                if (!retried && wait.isPresent() && wait.get().compareTo(options.maxRetryAfter()) <= 0) {
                    retried = true;
                    Thread.sleep(Math.max(
                            wait.get().toMillis(), options.perHostDelay().toMillis()));
                    hop--;
                    continue;
                }
                return new Result(Status.RATE_LIMITED, code, "", "429 Too Many Requests");
            }
            if (code >= 500) {
                return new Result(Status.SERVER_ERROR, code, "", "server error " + code);
            }
            return new Result(Status.REFUSED, code, "", "the server answered " + code);
        }
        return new Result(Status.SERVER_ERROR, 0, "", "more than " + MAX_REDIRECTS + " redirects");
    }

    private HttpResponse<InputStream> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(options.timeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    /** The body is never needed: closing it early spares the server the transfer. */
    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the answer is already read
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())));
    }

    private static String url(HttpResponse<?> response) {
        return response.uri().toString();
    }

    private static String resolve(String base, String location) {
        try {
            return URI.create(base).resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
            return location;
        }
    }

    static String host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
