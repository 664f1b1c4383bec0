package dev.skillsite.cache;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A large part of a cache that stays the same from build to build, such as every page of a site but the
 * one just edited: the cache folder writes it to a file of its own, and a later build whose cache still
 * holds the very part it read links that file into its new cache rather than writing it again. A part
 * being read from its file is read on a thread of its own while the rest of its cache is, and its value
 * waits for that read. Equal to another part holding an equal value; which file holds it is no part of its value.
 *
 * @param <T> what the part holds, serializable
 */
public final class StoredPart<T> implements Serializable {
    private volatile T value;
    /** The read of the value from its file, while it is under way; null for a part made in memory. */
    private final transient CompletableFuture<T> reading;
    /** The name of the file that holds the part in the cache folder it came from or went to; null before either. */
    private transient volatile String file;

    public StoredPart(T value) {
        this.value = value;
        this.reading = null;
    }

    private StoredPart(String file, CompletableFuture<T> reading) {
        this.reading = reading;
        this.file = file;
    }

    /** The part as it is being read from the file {@code file} of a cache folder. */
    public static <T> StoredPart<T> reading(String file, CompletableFuture<T> reading) {
        return new StoredPart<>(file, reading);
    }

    /** What the part holds; for a part being read, once it is. A read that failed throws what it threw. */
    public T value() {
        T known = value;
        if (known == null) {
            try {
                known = reading.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
            value = known;
        }
        return known;
    }

    /** The file that holds the part, if it was read from one or written to one; null if neither. */
    public String file() {
        return file;
    }

    /** Records that the part was written to {@code file}. */
    public void writtenTo(String file) {
        this.file = file;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        value();
        out.defaultWriteObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredPart<?> other && value().equals(other.value());
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }
}
