package org.glossa.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches an essay's inputs: some folders with everything under them, and some single files at
 * the top. Editors save in several events (write a temporary file, rename it, touch the
 * original), so changes are reported once a burst has been quiet for a moment, as one
 * {@link Change}. Folders created later are watched too; editors' temporary files are ignored.
 */
public final class SourceWatcher implements AutoCloseable {
    /** Changed paths, relative to the essay directory, and when the first of them was seen. */
    public record Change(Set<String> paths, long firstSeenNanos) {}

    private static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private final Path root;
    private final Set<String> folders;
    private final Set<String> files;
    private final Duration quiet;
    private final Consumer<Change> listener;
    private final WatchService service;
    private final Map<WatchKey, Path> watched = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * @param folders names of folders directly under {@code root}, watched with all they hold
     * @param files names of files directly under {@code root}
     * @param quiet how long a burst of events must be quiet before it is reported
     */
    public SourceWatcher(Path root, List<String> folders, List<String> files, Duration quiet, Consumer<Change> listener)
            throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.folders = Set.copyOf(folders);
        this.files = Set.copyOf(files);
        this.quiet = quiet;
        this.listener = listener;
        this.service = this.root.getFileSystem().newWatchService();
        register(this.root);
        for (String folder : folders) {
            registerTree(this.root.resolve(folder));
        }
        this.thread = new Thread(this::run, "glossa-watcher");
        thread.setDaemon(true);
    }

    public SourceWatcher start() {
        thread.start();
        return this;
    }

    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                long first = System.nanoTime();
                Set<String> changed = new TreeSet<>();
                Set<String> created = new TreeSet<>();
                handle(key, changed, created);
                long deadline = first + MAX_WAIT.toNanos();
                // Collect the rest of the burst: wait until nothing happened for `quiet`.
                while (System.nanoTime() < deadline) {
                    WatchKey next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                    if (next == null) {
                        break;
                    }
                    handle(next, changed, created);
                }
                if (!changed.isEmpty()) {
                    listener.accept(new Change(Set.copyOf(changed), first));
                }
            }
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @param created files created in this burst: one deleted again in the same burst was an
     *     editor's temporary file, not a change
     */
    private void handle(WatchKey key, Set<String> changed, Set<String> created) {
        Path dir = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                changed.add("(too many changes to list)");
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (isEditorLeftover(name)) {
                continue;
            }
            if (dir.equals(root)) {
                if (files.contains(name)) {
                    changed.add(name);
                } else if (folders.contains(name)) {
                    changed.add(name + "/");
                    if (event.kind() == ENTRY_CREATE) {
                        registerTree(path);
                    }
                }
                continue;
            }
            String relative = root.relativize(path).toString().replace('\\', '/');
            if (event.kind() == ENTRY_DELETE && created.remove(relative)) {
                changed.remove(relative);
                continue;
            }
            changed.add(relative);
            if (event.kind() == ENTRY_CREATE) {
                created.add(relative);
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(path);
                }
            }
        }
        if (!key.reset()) {
            watched.remove(key);
        }
    }

    /** Vim's, Emacs's, JetBrains' and others' temporary and backup files, and hidden files. */
    static boolean isEditorLeftover(String name) {
        return name.startsWith(".")
                || name.endsWith("~")
                || name.endsWith(".swp")
                || name.endsWith(".swx")
                || name.endsWith(".tmp")
                || name.endsWith("___jb_tmp___")
                || name.endsWith("___jb_old___")
                || name.equals("4913");
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top)) {
            return;
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(top) && isEditorLeftover(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE; // .git, .obsidian and the like
                    }
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a folder that vanished while we looked: its parent's events still arrive
        }
    }

    private void register(Path dir) {
        try {
            watched.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
        } catch (IOException e) {
            // vanished or unreadable: nothing to watch there
        }
    }
}
