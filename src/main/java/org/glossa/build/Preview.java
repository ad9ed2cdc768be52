package org.glossa.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glossa.model.SiteConfig;
import org.glossa.serve.PreviewServer;
import org.glossa.serve.SourceWatcher;

/**
 * {@code glossa serve}: builds the essay, serves it, and rebuilds it whenever an input changes.
 * One {@link Builder} does every build, so the JVM, the Markdown pipeline and the pages parsed
 * before stay warm; builds run on one thread (JBake keeps global state: never two bakes at once). Each build is written to a fresh {@code site-N} folder under the output
 * folder and served only once it has passed every check, so a failed rebuild leaves the last
 * good site in place, now with the list of problems on each page.
 */
public final class Preview implements AutoCloseable {
    /** The folders and files of an essay that a change to rebuilds for. */
    static final List<String> WATCHED_FOLDERS = List.of("content", "templates", "assets");

    static final List<String> WATCHED_FILES = List.of(SiteConfig.FILE_NAME);

    /**
     * Long enough to see an editor's save as one change (its events come within a few
     * milliseconds), short enough not to be noticed: it is part of every save-to-reload time.
     */
    static final Duration QUIET = Duration.ofMillis(30);

    private static final Pattern GENERATION = Pattern.compile("site-\\d+|\\.site-\\d+\\.(staging|old)-.*");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * @param output folder for the preview's builds (each in its own {@code site-N} folder)
     * @param port 0 for any free port
     */
    public record Options(Path source, Path output, String host, int port) {}

    /** The preview cannot start: bad options, an unreadable essay, a taken port. Exit code 2. */
    public static final class StartException extends Exception {
        private static final long serialVersionUID = 1L;

        StartException(String message) {
            super(message);
        }
    }

    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Builder builder = Builder.forPreview();
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glossa-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> pending = new TreeSet<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private PreviewServer server;
    private SourceWatcher watcher;
    private int generation;
    private Path current;
    private Path previous;
    private String basePath = "/";

    private Preview(Options options, PrintWriter out, PrintWriter err) {
        this.options = new Options(
                options.source().toAbsolutePath().normalize(),
                options.output().toAbsolutePath().normalize(),
                options.host(),
                options.port());
        this.out = out;
        this.err = err;
    }

    /** Builds the essay once, then serves it and watches it; returns once the server is up. */
    public static Preview start(Options options, PrintWriter out, PrintWriter err) throws StartException {
        Preview preview = new Preview(options, out, err);
        try {
            preview.startUp();
            return preview;
        } catch (StartException e) {
            preview.close();
            throw e;
        }
    }

    private void startUp() throws StartException {
        Path source = options.source();
        if (!Files.isDirectory(source)) {
            throw new StartException("essay directory does not exist: " + source);
        }
        if (!Files.isRegularFile(source.resolve(SiteConfig.FILE_NAME))) {
            throw new StartException(
                    "no " + SiteConfig.FILE_NAME + " in " + source + ": is --source an essay directory?");
        }
        if (source.startsWith(options.output())) {
            throw new StartException("the output folder must not be the essay directory or contain it");
        }
        for (String folder : WATCHED_FOLDERS) {
            if (options.output().startsWith(source.resolve(folder))) {
                // Each build would look like a change to the essay and start the next one.
                throw new StartException("the output folder must not be inside " + folder + "/");
            }
        }
        try {
            server = PreviewServer.start(options.host(), options.port(), new PreviewServer.Site(null, "/", List.of()));
        } catch (UnknownHostException e) {
            throw new StartException("unknown host '" + options.host() + "'");
        } catch (BindException e) {
            throw new StartException("cannot listen on " + options.host() + ":" + options.port() + " (" + e.getMessage()
                    + "); is another preview running? Try --port 0 for any free port.");
        } catch (IOException e) {
            throw new StartException("cannot start the server: " + e.getMessage());
        }
        try {
            removeOldBuilds(null, null);
        } catch (IOException e) {
            throw new StartException("cannot clean " + options.output() + ": " + e.getMessage());
        }
        Integer exit = await(() -> build(Set.of(), System.nanoTime()));
        if (exit != null && exit == Builder.USAGE) {
            throw new StartException("cannot build the essay (see above)");
        }
        try {
            watcher = new SourceWatcher(source, WATCHED_FOLDERS, WATCHED_FILES, QUIET, this::changed).start();
        } catch (IOException e) {
            throw new StartException("cannot watch " + source + ": " + e.getMessage());
        }
        out.println("Serving " + url() + " (Ctrl-C to stop)");
        out.println("Watching content/, templates/, assets/ and " + SiteConfig.FILE_NAME + " in " + source);
        out.flush();
    }

    public URI url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    /** Blocks until {@link #close()} has run. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving; waits for a rebuild under way (JBake cannot be interrupted). */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // already gone
        }
        if (server != null) {
            server.close();
        }
        rebuilds.shutdown();
        try {
            if (!rebuilds.awaitTermination(30, TimeUnit.SECONDS)) {
                err.println("glossa: a rebuild did not finish in 30 s; stopping anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed.countDown();
    }

    /** Called by the watcher; coalesces changes that arrive while a rebuild runs into the next one. */
    private void changed(SourceWatcher.Change change) {
        synchronized (pending) {
            pending.addAll(change.paths());
        }
        if (scheduled.compareAndSet(false, true) && !closing.get()) {
            try {
                rebuilds.execute(() -> {
                    scheduled.set(false);
                    Set<String> paths;
                    synchronized (pending) {
                        paths = new TreeSet<>(pending);
                        pending.clear();
                    }
                    build(paths, change.firstSeenNanos());
                });
            } catch (RejectedExecutionException e) {
                // closing: no more rebuilds
            }
        }
    }

    /** One build on the rebuild thread; returns its exit code. */
    private int build(Set<String> changedPaths, long changeSeenNanos) {
        try {
            return buildAndShow(changedPaths, changeSeenNanos);
        } catch (RuntimeException e) {
            // A bug, not the author's mistake: say so, keep serving the last good site.
            err.println("glossa: internal error during the build: " + e);
            err.println("This is a bug in Glossa, not in your essay; the last good site is still served.");
            err.flush();
            return 70;
        }
    }

    private int buildAndShow(Set<String> changedPaths, long changeSeenNanos) {
        long start = System.nanoTime();
        Path target = options.output().resolve("site-" + (++generation));
        Builder.Result result = builder.build(new Builder.Options(options.source(), target, false));
        long done = System.nanoTime();
        String when = LocalTime.now().format(CLOCK);
        String what = "[" + when + "] " + (changedPaths.isEmpty() ? "" : String.join(", ", changedPaths) + ": ");
        if (result.ok()) {
            previous = current;
            current = target;
            basePath = result.essay().config().basePath();
            server.show(new PreviewServer.Site(current, basePath, List.of()));
            if (!result.diagnostics().isEmpty()) {
                err.print(result.diagnostics().report());
            }
            out.println(what + (changedPaths.isEmpty() ? "Built" : "rebuilt") + " in " + ms(done - start) + " ms ("
                    + builder.parsedInLastBuild() + " of "
                    + result.essay().allPages().size() + " files parsed"
                    + (changedPaths.isEmpty() ? "" : "; " + ms(done - changeSeenNanos) + " ms after the save") + ")");
            try {
                removeOldBuilds(current, previous);
            } catch (IOException e) {
                err.println("glossa: cannot remove an old preview build: " + e.getMessage());
            }
        } else {
            server.show(new PreviewServer.Site(
                    current, basePath, result.diagnostics().sorted()));
            err.print(result.diagnostics().report());
            out.println(what + (changedPaths.isEmpty() ? "Build" : "build") + " failed in " + ms(done - start) + " ms"
                    + (current != null
                            ? "; still serving the last good site, with the problems on each page"
                            : "; the browser shows the problems"));
        }
        out.flush();
        err.flush();
        return result.exitCode();
    }

    /** Deletes earlier {@code site-N} folders (and leftovers of interrupted builds), keeping two. */
    private void removeOldBuilds(Path keep, Path keepToo) throws IOException {
        if (!Files.isDirectory(options.output())) {
            return;
        }
        List<Path> old;
        try (Stream<Path> children = Files.list(options.output())) {
            old = children.filter(
                            p -> GENERATION.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !p.equals(keep) && !p.equals(keepToo))
                    .toList();
        }
        for (Path p : old) {
            Publisher.deleteTree(p);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** Runs a task on the rebuild thread and waits for it. */
    private <T> T await(Callable<T> task) throws StartException {
        try {
            return rebuilds.submit(task).get();
        } catch (ExecutionException e) {
            throw new StartException("the first build failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartException("interrupted");
        }
    }
}
