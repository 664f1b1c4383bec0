package dev.skillsite.check;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
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

    private Object writeReplace() {
        return Stored.of(this);
    }

    /**
     * The cache as its file holds it. Most of a site's links are its navigation's, the same few thousand URLs
     * on every page: each distinct string is stored once, in a table, and each read as arrays of places in that
     * table, which Java serialization copies in bulk. Stored as objects, each of millions of references was
     * looked up in the serializer's table of objects already written, and read back one by one.
     *
     * @param keys  the reads' keys; the read of {@code keys[i]} has the ids {@code ids[i]}, the URLs {@code urls[i]}
     *              and the attributes {@code attributes[i]}, each a string's place in {@code strings}
     */
    private record Stored(String[] strings, String[] keys, int[][] ids, int[][] urls, int[][] attributes,
                          Map<String, Stamp> stamps) implements Serializable {
        static Stored of(ReadCache cache) {
            Map<String, Integer> places = new HashMap<>();
            int size = cache.reads().size();
            String[] keys = new String[size];
            int[][] ids = new int[size][];
            int[][] urls = new int[size][];
            int[][] attributes = new int[size][];
            int i = 0;
            for (Map.Entry<String, Read> entry : cache.reads().entrySet()) {
                keys[i] = entry.getKey();
                ids[i] = places(entry.getValue().ids(), places);
                urls[i] = places(entry.getValue().urls(), places);
                attributes[i] = places(entry.getValue().attributes(), places);
                i++;
            }
            String[] strings = new String[places.size()];
            places.forEach((string, place) -> strings[place] = string);
            return new Stored(strings, keys, ids, urls, attributes, cache.stamps());
        }

        private static int[] places(Collection<String> values, Map<String, Integer> places) {
            int[] found = new int[values.size()];
            int i = 0;
            for (String value : values) {
                Integer place = places.get(value);
                if (place == null) {
                    place = places.size();
                    places.put(value, place);
                }
                found[i++] = place;
            }
            return found;
        }

        private Object readResolve() {
            Map<String, Read> reads = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                reads.put(keys[i], new Read(Set.of(strings(ids[i])), List.of(strings(urls[i])), List.of(strings(attributes[i]))));
            }
            return new ReadCache(reads, stamps);
        }

        private String[] strings(int[] places) {
            String[] found = new String[places.length];
            for (int i = 0; i < places.length; i++) {
                found[i] = strings[places[i]];
            }
            return found;
        }
    }
}
