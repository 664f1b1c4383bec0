package dev.skillsite.skill;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source files a preview server's builds have read, each with what the file system said of it just before
 * ({@link FileStamp}): a file that still says the same is not read again, and its text comes back as the very
 * string it was, keyed once. After a one-file edit of 10,000 topics, every file was otherwise read, decoded and
 * hashed again, 72 MB of them. A file rewritten in place within one tick of the file system's clock, at the same
 * size, would look the same; a watcher sees every write, and {@link #forget} makes the files it names be read
 * again, whatever they say.
 */
public final class SourceCache {
    private record Entry(FileStamp stamp, SourceFile source) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final boolean keeps;

    private SourceCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** A cache for builds that follow one another in this process. */
    public SourceCache() {
        this(true);
    }

    /** No cache: every file is read, and none is held on to (a build that reads its sources once). */
    public static SourceCache none() {
        return new SourceCache(false);
    }

    /** The file as {@link SourceFile#read} reads it: from the cache when the file is as it was when last read. */
    public SourceFile read(Path path) {
        if (!keeps) {
            return SourceFile.read(path);
        }
        Path key = path.toAbsolutePath().normalize();
        // Before the read: a file changed between the two is read again next time, its stamp being older.
        FileStamp stamp = FileStamp.of(path);
        Entry known = entries.get(key);
        if (known != null && known.stamp().equals(stamp)) {
            return known.source();
        }
        SourceFile source = SourceFile.read(path);
        if (stamp != null) {
            entries.put(key, new Entry(stamp, source));
        }
        return source;
    }

    /** Files, or folders of files, to read again the next time they are asked for. */
    public void forget(Collection<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        List<Path> changed = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        entries.keySet().removeIf(file -> changed.stream().anyMatch(file::startsWith));
    }
}
