package dev.skillsite.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

/**
 * Watches source folders (recursively) and single files with the JDK's WatchService, and hands each
 * burst of changes to a listener once the burst has gone quiet: an editor's save is several events
 * (write, truncate, rename, swap files), and one rebuild should answer all of them.
 *
 * <p>The listener runs on the watcher's own thread, so builds never overlap; changes made during a
 * build wait in the WatchService and start the next one.
 */
final class SourceWatcher implements AutoCloseable {
    /** How long a burst must stay quiet before it is handed over. Short: it is part of every reload. */
    static final long QUIET_MILLIS = 25;

    interface Listener {
        /** @param detectedNanos {@link System#nanoTime()} when the first event of the burst arrived */
        void changed(Set<Path> paths, long detectedNanos);
    }

    private final WatchService service;
    private final List<Path> trees;
    private final Set<Path> files;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Listener listener;
    private final Thread thread;

    SourceWatcher(List<Path> trees, List<Path> files, Listener listener) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.trees = trees.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::isDirectory).toList();
        this.files = Set.copyOf(files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        this.listener = listener;
        for (Path tree : this.trees) {
            registerTree(tree);
        }
        // A single file is watched through its folder, without descending into it.
        for (Path file : this.files) {
            if (Files.isDirectory(file.getParent())) {
                register(file.getParent());
            }
        }
        this.thread = new Thread(this::loop, "skillsite-watch");
        thread.setDaemon(true); // never the reason the JVM stays up
        thread.start();
    }

    List<Path> trees() {
        return trees;
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                long detected = System.nanoTime();
                Set<Path> changed = new LinkedHashSet<>();
                collect(key, changed);
                while ((key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(key, changed);
                }
                if (!changed.isEmpty()) {
                    listener.changed(changed, detected);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) { // events were lost: rebuild to be safe
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            boolean inTree = trees.stream().anyMatch(path::startsWith);
            if ((!inTree && !files.contains(path)) || editorScratch(path)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && inTree && Files.isDirectory(path)) {
                try {
                    registerTree(path); // a new folder: watch it, and whatever was written into it already
                } catch (UncheckedIOException gone) {
                    // deleted again before we got to it: nothing to watch
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
    }

    /** Swap files, backups and hidden files that editors write beside the real one. */
    static boolean editorScratch(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913");
    }

    private void registerTree(Path tree) {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                register(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + tree, e);
        }
    }

    private void register(Path folder) {
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder, e);
        }
    }

    /** Stops watching; a build already running finishes (bounded wait), none starts after. */
    @Override
    public void close() {
        try {
            service.close();
            thread.join(2_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
