package dev.skillsite.build;

import dev.skillsite.cache.StoredPart;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Where a build's caches wait for the next build into the same site folder: {@code target/.site.cache/}
 * for {@code target/site}, one file per stage. A file holds the key the cache was made under, then the
 * stage's cache record, both written with Java's object serialization: records are rebuilt through their
 * own constructors, and a filter admits nothing but the cache records, strings, numbers and the JDK's
 * collections. A {@link StoredPart} of a cache goes to a file of its own, which the stage's file names, and
 * is read on a thread of its own while the stage's file is; a part this folder already holds, read by the
 * last build and still in the cache, is linked rather than written again. New files go to a folder of
 * their own, put in place by {@link #commit()} once the site they describe is. A file that is missing,
 * made under another key, or unreadable is no error: that stage then starts from an empty cache.
 */
final class CacheFolder {
    private static final ObjectInputFilter ONLY_CACHES = ObjectInputFilter.Config.createFilter(
            "dev.skillsite.**;java.lang.*;java.util.*;maxdepth=20;!*");

    /** How a part's file is named: never a stage's name, and never a path. */
    private static final Pattern PART_FILE = Pattern.compile("part-[0-9a-f-]{36}");

    private final Path folder;
    private final Path writing;

    /** What a stage's file holds in place of a part: the name of the part's file beside it. */
    private record PartFile(String name) implements Serializable {
    }

    CacheFolder(Path folder) {
        this.folder = folder;
        this.writing = folder.resolveSibling(folder.getFileName() + ".building");
    }

    /** The cache folder of a site folder: {@code target/.site.cache} for {@code target/site}. */
    static CacheFolder beside(Path site) {
        return new CacheFolder(site.resolveSibling("." + site.getFileName() + ".cache"));
    }

    /** One stage's cache as the last build left it, if it was made under {@code key}; else {@code empty}. */
    <T> T read(String stage, String key, Class<T> type, T empty) {
        Path file = folder.resolve(stage);
        if (!Files.isRegularFile(file)) {
            return empty;
        }
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             PartsIn in = new PartsIn(bytes)) {
            if (!key.equals(in.readObject())) {
                return empty;
            }
            T cache = type.cast(in.readObject());
            in.parts.forEach(StoredPart::value); // all of it or nothing: a part that cannot be read fails the read here
            return cache;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return empty; // torn, foreign or from another version: build afresh, and the next cache replaces it
        }
    }

    /** Writes one stage's new cache beside the folder, to be put in place by {@link #commit()}. */
    void write(String stage, String key, Serializable cache) throws IOException {
        Files.createDirectories(writing);
        try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(writing.resolve(stage)), 1 << 16);
             ObjectOutputStream out = new PartsOut(bytes)) {
            out.writeObject(key);
            out.writeObject(cache);
        }
    }

    /** Writes a cache with each of its parts in a file of its own. */
    private final class PartsOut extends ObjectOutputStream {
        PartsOut(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) throws IOException {
            return object instanceof StoredPart<?> part ? new PartFile(store(part)) : object;
        }
    }

    /** Reads a cache with each of its parts from the file its stage's file names. */
    private final class PartsIn extends ObjectInputStream {
        private final List<StoredPart<?>> parts = new ArrayList<>();

        PartsIn(InputStream in) throws IOException {
            super(in);
            setObjectInputFilter(ONLY_CACHES);
            enableResolveObject(true);
        }

        /** A part is read on a thread of its own while this stream reads on: the value waits for it. */
        @Override
        protected Object resolveObject(Object object) throws IOException {
            if (!(object instanceof PartFile part)) {
                return object;
            }
            if (!PART_FILE.matcher(part.name()).matches()) {
                throw new InvalidObjectException("not a part's file: " + part.name());
            }
            StoredPart<?> read = StoredPart.reading(part.name(), CompletableFuture.supplyAsync(() -> readPart(part.name())));
            parts.add(read);
            return read;
        }
    }

    private Object readPart(String name) {
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(folder.resolve(name)), 1 << 16);
             ObjectInputStream in = new ObjectInputStream(bytes)) {
            in.setObjectInputFilter(ONLY_CACHES);
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a part's file holds an unknown class: " + e.getMessage(), e);
        }
    }

    /**
     * Puts a part's file among the new files and returns its name: the very file the part came from, linked,
     * when this folder still holds it; else the part written anew.
     */
    private String store(StoredPart<?> part) throws IOException {
        String name = part.file();
        if (name != null) {
            Path linked = writing.resolve(name);
            if (Files.exists(linked)) {
                return name;
            }
            try {
                Files.createLink(linked, folder.resolve(name));
                return name;
            } catch (IOException | UnsupportedOperationException e) {
                // gone with a cache since replaced, or no links on this disk: written below
            }
        }
        name = "part-" + UUID.randomUUID();
        try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(writing.resolve(name)), 1 << 16);
             ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(part.value());
        }
        part.writtenTo(name);
        return name;
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
