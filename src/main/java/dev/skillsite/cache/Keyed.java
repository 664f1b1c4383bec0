package dev.skillsite.cache;

/**
 * A value that carries the key of what it was made from: {@link CacheKey} takes that key in its place rather
 * than walking the value, which may be large or not made yet. Whoever makes one vouches that equal keys mean
 * equal values.
 */
public interface Keyed {
    String key();
}
