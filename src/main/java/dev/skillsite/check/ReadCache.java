package dev.skillsite.check;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The link check's cache: what reading each page found, by the cache key of the page's bytes. A later
 * check takes the links of a page it has seen byte for byte from here instead of parsing it again.
 * Only the reading is cached: every link is still resolved against the site as it is now.
 */
public record ReadCache(Map<String, Read> reads) implements Serializable {
    public static final ReadCache EMPTY = new ReadCache(Map.of());

    public ReadCache {
        reads = Map.copyOf(reads);
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
