package dev.skillsite.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import io.methvin.watchservice.MacOSXListeningWatchService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches source folders (recursively) and single files, and hands each burst of changes to a listener
 * once the burst has gone quiet: an editor's save is several events (write, truncate, rename, swap
 * files), and one rebuild should answer all of them.
 *
 * <p>Watching goes through directory-watcher, on the system's native watcher: FSEvents on macOS, where
 * the JDK's own watcher polls every folder seconds apart, and the JDK's (inotify, ReadDirectoryChangesW)
 * elsewhere. It registers folders created while watching, with whatever was written into them already,
 * and forgets deleted ones.
 *
 * <p>The listener runs on one thread of its own, so builds never overlap; changes made during a build
 * queue up and start the next one.
 */
final class SourceWatcher implements AutoCloseable {
    /** How long a burst must stay quiet before it is handed over. Short: it is part of every reload. */
    static final long QUIET_MILLIS = 25;

    interface Listener {
        /** @param detectedNanos {@link System#nanoTime()} when the first event of the burst arrived */
        void changed(Set<Path> paths, long detectedNanos);
    }

    /** Opens the watch service the watcher runs on, given how to walk what is watched. */
    interface Services {
        WatchService open(FileTreeVisitor visitor) throws IOException;
    }

    private record Change(Path path, long detectedNanos) {
    }

    /** Put on the queue by {@link #close()}: no burst is handed over after it. */
    private static final Change CLOSED = new Change(Path.of(""), 0);

    private final List<Path> trees;
    private final Set<Path> files;
    private final Set<Path> fileFolders;
    private final Listener listener;
    private final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();
    private final DirectoryWatcher watcher;
    private final String service;
    private final Thread thread;

    SourceWatcher(List<Path> trees, List<Path> files, Listener listener) throws IOException {
        this(trees, files, listener, SourceWatcher::nativeService);
    }

    /** @param services the preferred watch service; the JDK's when that one cannot load its native code */
    SourceWatcher(List<Path> trees, List<Path> files, Listener listener, Services services) throws IOException {
        this.trees = trees.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::isDirectory).toList();
        this.files = Set.copyOf(files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        // A single file is watched through its folder, without descending into it (see visit).
        this.fileFolders = Set.copyOf(this.files.stream().map(Path::getParent).filter(Files::isDirectory).toList());
        this.listener = listener;
        DirectoryWatcher started;
        String name;
        try {
            WatchService preferred = services.open(this::visit);
            name = preferred.getClass().getSimpleName();
            started = start(preferred);
        } catch (LinkageError noNativeCode) {
            // JNA could not load (a locked-down temp folder, say): the JDK's watcher still works, only slower.
            WatchService jdk = FileSystems.getDefault().newWatchService();
            String why = String.valueOf(noNativeCode.getMessage()).lines().findFirst().orElse(""); // JNA's goes on for lines
            name = jdk.getClass().getSimpleName() + " (the native watcher could not start: "
                    + noNativeCode.getClass().getSimpleName() + ": " + why + ")";
            started = start(jdk);
        }
        this.watcher = started;
        this.service = name;
        this.thread = new Thread(this::deliver, "skillsite-watch");
        thread.setDaemon(true); // never the reason the JVM stays up
        thread.start();
    }

    /** FSEvents on macOS, the JDK's watcher elsewhere. */
    private static WatchService nativeService(FileTreeVisitor visitor) throws IOException {
        boolean macOS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        return macOS ? fsEvents(visitor) : FileSystems.getDefault().newWatchService();
    }

    /**
     * The library's FSEvents service, which loads its native code when it registers a folder. FSEvents
     * holds back the events that follow a delivered one for its latency (the library's default is half a
     * second), which would split an editor's save into two rebuilds: here it waits no longer than the
     * quiet period does.
     */
    static WatchService fsEvents(FileTreeVisitor visitor) {
        return new MacOSXListeningWatchService(new MacOSXListeningWatchService.Config() {
            @Override
            public double latency() {
                return QUIET_MILLIS / 1000.0;
            }

            @Override
            public FileHasher fileHasher() {
                return null; // file-level events, no hashing: see start()
            }

            @Override
            public FileTreeVisitor fileTreeVisitor() {
                return visitor;
            }
        });
    }

    /** Registers every folder (on failure, closes the service and throws), then watches on a thread of its own. */
    private DirectoryWatcher start(WatchService service) throws IOException {
        List<Path> roots = Stream.concat(trees.stream(), fileFolders.stream()).toList();
        DirectoryWatcher watching = DirectoryWatcher.builder()
                .paths(roots)
                .watchService(service)
                .fileTreeVisitor(this::visit)
                // No hashing: to drop saves that change nothing, the library would read every watched file at
                // start (a second or so more for a few thousand topic files, cold) and each changed file again
                // on the watcher's thread before reporting it. The build cache already makes such a rebuild
                // cheap, and a touched file rebuilding is what one expects.
                .fileHashing(false)
                .listener(this::arrived)
                .build();
        CompletableFuture<Void> loop = watching.watchAsync(task -> {
            Thread events = new Thread(task, "skillsite-watch-events");
            events.setDaemon(true);
            events.start();
        });
        if (loop.isCompletedExceptionally()) { // registering failed: nothing is watching
            service.close();
            Throwable cause = loop.handle((done, failure) -> failure).join();
            if (cause instanceof LinkageError error) {
                throw error;
            }
            throw cause instanceof UncheckedIOException io ? io.getCause() : new IOException("cannot watch " + roots, cause);
        }
        return watching;
    }

    /**
     * How the library walks what it watches, at start and when a folder appears: a tree whole, a single
     * file's folder only as far as that file (it is often the project folder, with target/ in it).
     */
    private void visit(Path start, FileTreeVisitor.Callback onFolder, FileTreeVisitor.Callback onFile) throws IOException {
        if (inTree(start)) {
            FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(start, onFolder, onFile);
        } else if (fileFolders.contains(start)) {
            onFolder.call(start);
            for (Path file : files) {
                if (file.getParent().equals(start) && Files.isRegularFile(file)) {
                    onFile.call(file);
                }
            }
        }
    }

    private boolean inTree(Path path) {
        return trees.stream().anyMatch(path::startsWith);
    }

    List<Path> trees() {
        return trees;
    }

    /** The watch service's class: which native watcher runs, or which fallback and why. */
    String service() {
        return service;
    }

    /** On the library's thread: keeps what is watched and not an editor's scratch file. */
    private void arrived(DirectoryChangeEvent event) {
        long now = System.nanoTime();
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) { // events were lost: rebuild to be safe
            changes.add(new Change(event.rootPath(), now));
            return;
        }
        Path path = event.path();
        if ((inTree(path) || files.contains(path)) && !editorScratch(path)) {
            changes.add(new Change(path, now));
        }
    }

    /** Whether changes have arrived that no burst has handed over yet: the next build's. */
    boolean waiting() {
        return changes.stream().anyMatch(change -> change != CLOSED);
    }

    private void deliver() {
        try {
            while (true) {
                Change first = changes.take();
                Set<Path> burst = new LinkedHashSet<>();
                for (Change next = first; next != null; next = changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (next == CLOSED) {
                        return;
                    }
                    burst.add(next.path());
                }
                listener.changed(burst, first.detectedNanos());
            }
        } catch (InterruptedException e) {
            // not expected: close() ends the loop through the queue
        }
    }

    /** Swap files, backups and hidden files that editors write beside the real one. */
    static boolean editorScratch(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913");
    }

    /** Stops watching; a build already running finishes (bounded wait), none starts after. */
    @Override
    public void close() {
        try {
            watcher.close();
            changes.add(CLOSED);
            thread.join(2_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
