package dev.skillsite.cache;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a cache's values by key changed since a whole of them was written once ({@link StoredPart}): a cache
 * keeps that whole, which the cache folder links from build to build, and these changes beside it, so that a
 * build which edits one page of ten thousand writes one value. Once the changes come to more than an eighth of
 * the whole, the cache starts a new whole.
 *
 * @param changed the values added or changed since, by key
 * @param removed the keys of the whole that have no value now
 */
public record Changes<V>(Map<String, V> changed, Set<String> removed) implements Serializable {
    public Changes {
        changed = Map.copyOf(changed);
        removed = Set.copyOf(removed);
    }

    public static <V> Changes<V> none() {
        return new Changes<>(Map.of(), Set.of());
    }

    /**
     * How {@code values} differ from {@code whole}: a value taken from the whole is that very object, any other
     * one was made since.
     */
    public static <V> Changes<V> between(Map<String, V> whole, Map<String, V> values) {
        Map<String, V> changed = new HashMap<>();
        values.forEach((key, value) -> {
            if (whole.get(key) != value) {
                changed.put(key, value);
            }
        });
        Set<String> removed = new HashSet<>(whole.keySet());
        removed.removeAll(values.keySet());
        return new Changes<>(changed, removed);
    }

    /** Whether these changes are more than an eighth of {@code whole}: time for a new whole. */
    public boolean outgrow(Map<String, V> whole) {
        return 8L * (changed.size() + removed.size()) > whole.size();
    }

    /** The value of {@code key}: as changed, else none if removed, else the whole's. */
    public V get(Map<String, V> whole, String key) {
        V value = changed.get(key);
        return value != null || removed.contains(key) ? value : whole.get(key);
    }
}
