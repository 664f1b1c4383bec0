package dev.skillsite.build;

import dev.skillsite.check.ReadCache;
import dev.skillsite.markdown.TopicCache;
import dev.skillsite.render.PageCache;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One build's caches: what each stage finds from the last build into the same site folder, and what it
 * leaves for the next. Every cache is valid only under one key: the code of skillsite, the project's
 * configuration and the build options ({@link SiteBuild}); under another key each stage starts empty.
 *
 * <p>A build from the command line reads the cache folder and writes each stage's new cache as soon as
 * the stage has made it, both on a thread of their own while the build goes on, in the order the driver
 * asks: the topics and pages caches are read while the skill is, each new cache written while the next
 * stage runs, so that a large site's HTML leaves the heap before the link check, and the link check's
 * cache read while the pages are rendered. At 10,000 pages the topics cache alone is most of a second to
 * read and as much to write whole; a build that changed a few pages writes those beside the whole it
 * links ({@link dev.skillsite.cache.Changes}). A preview server's builds keep the caches in
 * {@link Kept memory} instead and write them later.
 */
final class BuildCaches {
    /** A stage's cache: its file name in the cache folder, its type, and the cache to start from without one. */
    record Stage<T extends Serializable>(String name, Class<T> type, T empty) {
    }

    static final Stage<TopicCache> TOPICS = new Stage<>("topics", TopicCache.class, TopicCache.EMPTY);
    static final Stage<PageCache> PAGES = new Stage<>("pages", PageCache.class, PageCache.EMPTY);
    static final Stage<ReadCache> READS = new Stage<>("reads", ReadCache.class, ReadCache.EMPTY);

    /** The caches of a preview server's last build, and its key. */
    static final class Kept {
        private String key;
        private Map<String, Serializable> caches = Map.of();
        private CacheFolder unwritten;

        /** Replaces a stage's cache of the last build: the render stage's, once the files written late are in it. */
        synchronized <T extends Serializable> void replace(Stage<T> stage, T cache) {
            Map<String, Serializable> replaced = new HashMap<>(caches);
            replaced.put(stage.name(), cache);
            caches = Map.copyOf(replaced);
        }

        /** Writes the caches of the last build to its cache folder, if that is still to do. */
        synchronized void write() throws IOException {
            if (unwritten == null) {
                return;
            }
            CacheFolder folder = unwritten;
            unwritten = null;
            for (Map.Entry<String, Serializable> cache : caches.entrySet()) {
                folder.write(cache.getKey(), key, cache.getValue());
            }
            folder.commit();
        }
    }

    private final CacheFolder folder;
    private final String key;
    private final boolean fresh;
    private final Kept kept;
    private final Map<String, Serializable> made = new HashMap<>();
    /** Caches being read ahead of their stage, by stage. */
    private final Map<String, CompletableFuture<? extends Serializable>> ahead = new HashMap<>();
    /** The cache files being written, one after another, while the build goes on. */
    private final List<CompletableFuture<Void>> writes = new ArrayList<>();
    /** The thread that reads ahead and writes the cache files. */
    private final ExecutorService files = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "skillsite-cache-files");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param fresh start every stage empty (a clean build, or no site to take files from)
     * @param kept  where a preview server keeps caches between builds; null to use the folder alone
     */
    BuildCaches(CacheFolder folder, String key, boolean fresh, Kept kept) {
        this.folder = folder;
        this.key = key;
        this.fresh = fresh;
        this.kept = kept;
    }

    /**
     * Starts reading what the last build left for this stage from the cache folder, on the cache files' thread,
     * while the build goes on with what comes before the stage; {@link #previous} then waits for it.
     */
    <T extends Serializable> void readAhead(Stage<T> stage) {
        if (!fresh && !kept(stage)) {
            ahead.put(stage.name(), CompletableFuture.supplyAsync(() -> fromFolder(stage), files));
        }
    }

    /** What the last build left for this stage, or its empty cache. */
    <T extends Serializable> T previous(Stage<T> stage) {
        if (fresh) {
            return stage.empty();
        }
        if (kept(stage)) {
            return stage.type().cast(kept.caches.get(stage.name()));
        }
        CompletableFuture<? extends Serializable> read = ahead.remove(stage.name());
        return read != null ? stage.type().cast(read.join()) : fromFolder(stage);
    }

    private <T extends Serializable> T fromFolder(Stage<T> stage) {
        return folder.read(stage.name(), key, stage.type(), stage.empty());
    }

    private boolean kept(Stage<?> stage) {
        return kept != null && key.equals(kept.key) && kept.caches.containsKey(stage.name());
    }

    /**
     * Keeps a stage's new cache for the next build: written while the next stages run, or held in memory for
     * a preview server.
     */
    <T extends Serializable> void keep(Stage<T> stage, T cache) {
        if (kept != null) {
            made.put(stage.name(), cache);
            return;
        }
        writes.add(CompletableFuture.runAsync(() -> {
            try {
                folder.write(stage.name(), key, cache);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, files));
    }

    /** Whether the caches stay in memory for the next build (a preview server's), where they may hold more than their files. */
    boolean inMemory() {
        return kept != null;
    }

    /** Whether every cache file was written; waits for those still being written. */
    private boolean written() {
        files.shutdown();
        boolean written = true;
        for (CompletableFuture<Void> write : writes) {
            try {
                write.join();
            } catch (CompletionException e) {
                written = false;
            }
        }
        return written;
    }

    /** The site these caches describe is in place: they become what the next build finds. */
    void commit() {
        boolean written = written();
        if (kept != null) {
            synchronized (kept) {
                kept.key = key;
                kept.caches = Map.copyOf(made);
                kept.unwritten = folder;
            }
            return;
        }
        // A cache that cannot be written costs the next build its speed, not its correctness.
        if (!written) {
            folder.abandon();
            return;
        }
        try {
            folder.commit();
        } catch (IOException e) {
            folder.abandon();
        }
    }

    /** The build failed: nothing it made is kept. */
    void abandon() {
        written();
        folder.abandon();
    }
}
