package dev.skillsite.check;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The link check's cache: what reading each page found, by the cache key of the page's bytes, and each
 * page's {@link Stamp} as the check saw it. A later check takes the links of a page it has seen byte for byte
 * from here instead of parsing it again, and does not even read a page whose stamp is unchanged. Only the
 * reading is cached: every link is still resolved against the site as it is now.
 */
public record ReadCache(Map<String, Read> reads, Map<String, Stamp> stamps) implements Serializable {
    public static final ReadCache EMPTY = new ReadCache(Map.of(), Map.of());

    public ReadCache {
        reads = Map.copyOf(reads);
        stamps = Map.copyOf(stamps);
    }

    /**
     * A page's file as a check saw it, by path: which file it was (the file system's key for it, such as
     * device and inode, as text), its size and modification time, and the key of its bytes.
     * A build writes each changed page as a new file and links an unchanged one from the previous site, so
     * the same file with the same size and time holds the same bytes.
     */
    public record Stamp(String file, long size, long modified, String key) implements Serializable {
    }

    /** A page's ids and its links in document order, each as its URL and the attribute it came from. */
    public record Read(Set<String> ids, List<String> urls, List<String> attributes) implements Serializable {
        public Read {
            ids = Set.copyOf(ids);
            urls = List.copyOf(urls);
            attributes = List.copyOf(attributes);
            if (urls.size() != attributes.size()) {
                throw new IllegalArgumentException("a URL and an attribute per link");
            }
        }
    }
}
