package dev.skillsite.cache;

import java.io.Serializable;

/**
 * A large part of a cache that stays the same from build to build, such as every page of a site but the
 * one just edited: the cache folder writes it to a file of its own, and a later build whose cache still
 * holds the very part it read links that file into its new cache rather than writing it again. Equal
 * to another part holding an equal value; which file holds it is no part of its value.
 *
 * @param <T> what the part holds, serializable
 */
public final class StoredPart<T> implements Serializable {
    private final T value;
    /** The name of the file that holds the part in the cache folder it came from or went to; null before either. */
    private transient volatile String file;

    public StoredPart(T value) {
        this.value = value;
    }

    /** The part as read from the file {@code file} of a cache folder. */
    public static <T> StoredPart<T> readFrom(String file, T value) {
        StoredPart<T> part = new StoredPart<>(value);
        part.file = file;
        return part;
    }

    public T value() {
        return value;
    }

    /** The file that holds the part, if it was read from one or written to one; null if neither. */
    public String file() {
        return file;
    }

    /** Records that the part was written to {@code file}. */
    public void writtenTo(String file) {
        this.file = file;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredPart<?> other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
