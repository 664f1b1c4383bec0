package dev.skillsite.render;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The render stage's cache: per output path, the cache key of everything that went into the file
 * (templates, the page's view, the site's view), and the file's size and modification time as it was
 * written. A later build links a file from the previous output instead of rendering it when the key is
 * the same and the file is still as it was written.
 *
 * @param texts  what a preview server's build made its pages of, by key ({@link TextCache}): held in memory
 *               for the next build, never in the cache file
 * @param inputs what a preview server's build made each file's key of, by output path: held in memory for the
 *               next build, which takes the key of a file whose inputs are equal to these rather than make it
 *               again (walking and checksumming every page's view was the largest part of a rebuild after one
 *               edit at 10,000 pages); never in the cache file
 */
public record PageCache(Map<String, Entry> entries, Map<String, String> texts, Map<String, List<Object>> inputs) implements Serializable {
    public static final PageCache EMPTY = new PageCache(Map.of());

    public PageCache {
        entries = Map.copyOf(entries);
        texts = Map.copyOf(texts);
        inputs = Map.copyOf(inputs);
    }

    public PageCache(Map<String, Entry> entries) {
        this(entries, Map.of(), Map.of());
    }

    public record Entry(String key, long size, long modified) implements Serializable {
    }

    private Object writeReplace() {
        return new InFile(entries);
    }

    /** The cache as its file holds it: the entries alone. */
    private record InFile(Map<String, Entry> entries) implements Serializable {
        private Object readResolve() {
            return new PageCache(entries);
        }
    }
}
