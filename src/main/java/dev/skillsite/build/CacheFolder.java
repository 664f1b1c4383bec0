package dev.skillsite.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * Where a build's caches wait for the next build into the same site folder: {@code target/.site.cache/}
 * for {@code target/site}, one file per stage. A file holds the key the cache was made under, then the
 * stage's cache record, both written with Java's object serialization: records are rebuilt through their
 * own constructors, and a filter admits nothing but the cache records, strings, numbers and the JDK's
 * collections. New files go to a folder of their own, put in place by {@link #commit()} once the site
 * they describe is. A file that is missing, made under another key, or unreadable is no error: that
 * stage then starts from an empty cache.
 */
final class CacheFolder {
    private static final ObjectInputFilter ONLY_CACHES = ObjectInputFilter.Config.createFilter(
            "dev.skillsite.**;java.lang.*;java.util.*;maxdepth=20;!*");

    private final Path folder;
    private final Path writing;

    CacheFolder(Path folder) {
        this.folder = folder;
        this.writing = folder.resolveSibling(folder.getFileName() + ".building");
    }

    /** The cache folder of a site folder: {@code target/.site.cache} for {@code target/site}. */
    static CacheFolder beside(Path site) {
        return new CacheFolder(site.resolveSibling("." + site.getFileName() + ".cache"));
    }

    /** When the last build's caches were put in place, if there are any. */
    Optional<FileTime> written() {
        try {
            return Files.isDirectory(folder) ? Optional.of(Files.getLastModifiedTime(folder)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** One stage's cache as the last build left it, if it was made under {@code key}; else {@code empty}. */
    <T> T read(String stage, String key, Class<T> type, T empty) {
        Path file = folder.resolve(stage);
        if (!Files.isRegularFile(file)) {
            return empty;
        }
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             ObjectInputStream in = new ObjectInputStream(bytes)) {
            in.setObjectInputFilter(ONLY_CACHES);
            if (!key.equals(in.readObject())) {
                return empty;
            }
            return type.cast(in.readObject());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return empty; // torn, foreign or from another version: build afresh, and the next cache replaces it
        }
    }

    /** Writes one stage's new cache beside the folder, to be put in place by {@link #commit()}. */
    void write(String stage, String key, Serializable cache) throws IOException {
        Files.createDirectories(writing);
        try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(writing.resolve(stage)), 1 << 16);
             ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(key);
            out.writeObject(cache);
        }
    }

    /** Replaces the caches of the last build with the ones written since. */
    void commit() throws IOException {
        Staging.delete(folder);
        if (Files.isDirectory(writing)) {
            Files.move(writing, folder, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Drops the caches written since the last commit. */
    void abandon() {
        Staging.delete(writing);
    }
}
