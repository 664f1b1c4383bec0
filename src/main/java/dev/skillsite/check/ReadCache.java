package dev.skillsite.check;

import dev.skillsite.cache.Changes;
import dev.skillsite.cache.StoredPart;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The link check's cache: what reading each page found, by the cache key of the page's bytes, and each
 * page's {@link Stamp} as the check saw it. A later check takes the links of a page it has seen byte for byte
 * from here instead of parsing it again, and does not even read a page whose stamp is unchanged. Every link is
 * still resolved against the site as it is now: while the cache stays in memory, as a preview server keeps it,
 * it also holds the last check's {@link Resolutions}, which a check of a site with the very same files starts
 * from; a cache file holds the reads and stamps only. The reads are kept as a
 * whole written once ({@code base}, which the cache folder links from build to build while it lasts) and the
 * {@link Changes} since: a build that changed one page writes one read.
 *
 * @param resolutions the last check's resolutions; null for none, as in a cache read from its file
 */
public record ReadCache(StoredPart<Reads> base, Changes<Read> changes, Map<String, Stamp> stamps, Resolutions resolutions)
        implements Serializable {
    public static final ReadCache EMPTY = new ReadCache(new StoredPart<>(new Reads(Map.of())), Changes.none(), Map.of(), null);

    public ReadCache {
        // A part comes back from its file as whatever the file held.
        if (!(((Object) base.value()) instanceof Reads)) {
            throw new IllegalArgumentException("the base of a reads cache holds something else than reads");
        }
        stamps = Map.copyOf(stamps);
    }

    /** The read of the page whose bytes have the key {@code key}, or null. */
    Read read(String key) {
        return changes.get(base.value().byKey(), key);
    }

    /** The cache of a check's reads after {@code previous}'s: its whole and the changes since, or a new whole. */
    static ReadCache of(Map<String, Read> reads, Map<String, Stamp> stamps, ReadCache previous, Resolutions resolutions) {
        Map<String, Read> whole = previous.base().value().byKey();
        Changes<Read> changes = Changes.between(whole, reads);
        return changes.outgrow(whole) ? new ReadCache(new StoredPart<>(new Reads(reads)), Changes.none(), stamps, resolutions)
                : new ReadCache(previous.base(), changes, stamps, resolutions);
    }

    /**
     * A cache file holds all but the resolutions: they are for a preview's next rebuild, which keeps the cache in
     * memory; a build that reads its cache from the file resolves again.
     */
    private Object writeReplace() {
        return new InFile(base, changes, stamps);
    }

    /** The cache as its file holds it. */
    private record InFile(StoredPart<Reads> base, Changes<Read> changes, Map<String, Stamp> stamps) implements Serializable {
        private Object readResolve() {
            return new ReadCache(base, changes, stamps, null);
        }
    }

    /** Reads by the key of the page's bytes; stored in the compact form of {@link Stored}. */
    record Reads(Map<String, Read> byKey) implements Serializable {
        Reads {
            byKey = Map.copyOf(byKey);
        }

        private Object writeReplace() {
            return Stored.of(this);
        }
    }

    /**
     * A page's file as a check saw it, by path: which file it was (the file system's key for it, such as
     * device and inode, as text), its size and modification time, and the key of its bytes.
     * A build writes each changed page as a new file and links an unchanged one from the previous site, so
     * the same file with the same size and time holds the same bytes.
     */
    public record Stamp(String file, long size, long modified, String key) implements Serializable {
    }

    /**
     * A page's ids, and its links in document order: its own, each as its URL and the attribute it came from,
     * and the runs it shares with other pages, each where it starts among all the page's links.
     */
    record Read(Set<String> ids, List<String> urls, List<String> attributes, List<SharedLinks.At> shared)
            implements Serializable {
        public Read {
            ids = Set.copyOf(ids);
            urls = List.copyOf(urls);
            attributes = List.copyOf(attributes);
            shared = List.copyOf(shared);
            if (urls.size() != attributes.size()) {
                throw new IllegalArgumentException("a URL and an attribute per link");
            }
        }

        /** What a check found on a page, as the cache keeps it, each string as {@code canonical} gives it. */
        static Read of(CheckedPage page, UnaryOperator<String> canonical) {
            List<String> urls = new ArrayList<>();
            List<String> attributes = new ArrayList<>();
            page.forEachLink((link, ordinal) -> {
                urls.add(canonical.apply(link.url()));
                attributes.add(canonical.apply(link.attribute()));
            }, (run, at) -> {
            });
            return new Read(page.ids().stream().map(canonical).collect(Collectors.toSet()), urls, attributes, page.shared());
        }

        /** The page as a check reads it, its links without positions. */
        CheckedPage page(String path) {
            int size = urls.size() + shared.stream().mapToInt(at -> at.links().size()).sum();
            List<LinkReference> links = new ArrayList<>(size);
            int own = 0;
            for (SharedLinks.At at : shared) {
                while (links.size() < at.at()) {
                    links.add(LinkReference.unplaced(urls.get(own), attributes.get(own)));
                    own++;
                }
                links.addAll(at.links().links());
            }
            for (; own < urls.size(); own++) {
                links.add(LinkReference.unplaced(urls.get(own), attributes.get(own)));
            }
            return new CheckedPage(path, ids, links, shared);
        }
    }

    /**
     * Reads as a cache file holds them. Most of a site's links are its navigation's, the same few thousand URLs
     * on every page: each distinct string is stored once, in a table, and each read as arrays of places in that
     * table, which Java serialization copies in bulk; each run of shared links is stored once too, in a table of
     * its own, and each read names its runs by their places there and where they start among its links. Stored
     * as objects, each of millions of references was looked up in the serializer's table of objects already
     * written, and read back one by one.
     *
     * @param keys  the reads' keys; the read of {@code keys[i]} has the ids {@code ids[i]}, the URLs {@code urls[i]},
     *              the attributes {@code attributes[i]}, each a string's place in {@code strings}, and the shared
     *              runs {@code runs[i]} (places in the runs' table: {@code runIds}, {@code runUrls} and
     *              {@code runAttributes}, as places in {@code strings}) starting at {@code runsAt[i]}
     */
    private record Stored(String[] strings, String[] keys, int[][] ids, int[][] urls, int[][] attributes, int[][] runs,
                          int[][] runsAt, int[][] runIds, int[][] runUrls, int[][] runAttributes) implements Serializable {
        static Stored of(Reads cache) {
            Map<String, Integer> places = new HashMap<>();
            Map<SharedLinks, Integer> runPlaces = new IdentityHashMap<>();
            List<SharedLinks> runTable = new ArrayList<>();
            int size = cache.byKey().size();
            String[] keys = new String[size];
            int[][] ids = new int[size][];
            int[][] urls = new int[size][];
            int[][] attributes = new int[size][];
            int[][] runs = new int[size][];
            int[][] runsAt = new int[size][];
            int i = 0;
            for (Map.Entry<String, Read> entry : cache.byKey().entrySet()) {
                Read read = entry.getValue();
                keys[i] = entry.getKey();
                ids[i] = places(read.ids(), places);
                urls[i] = places(read.urls(), places);
                attributes[i] = places(read.attributes(), places);
                runs[i] = new int[read.shared().size()];
                runsAt[i] = new int[read.shared().size()];
                for (int r = 0; r < read.shared().size(); r++) {
                    SharedLinks run = read.shared().get(r).links();
                    runs[i][r] = runPlaces.computeIfAbsent(run, k -> {
                        runTable.add(k);
                        return runTable.size() - 1;
                    });
                    runsAt[i][r] = read.shared().get(r).at();
                }
                i++;
            }
            int[][] runIds = new int[runTable.size()][];
            int[][] runUrls = new int[runTable.size()][];
            int[][] runAttributes = new int[runTable.size()][];
            for (int r = 0; r < runTable.size(); r++) {
                runIds[r] = places(runTable.get(r).ids(), places);
                List<LinkReference> links = runTable.get(r).links();
                runUrls[r] = places(links.stream().map(LinkReference::url).toList(), places);
                runAttributes[r] = places(links.stream().map(LinkReference::attribute).toList(), places);
            }
            String[] strings = new String[places.size()];
            places.forEach((string, place) -> strings[place] = string);
            return new Stored(strings, keys, ids, urls, attributes, runs, runsAt, runIds, runUrls, runAttributes);
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
            SharedLinks[] runTable = new SharedLinks[runUrls.length];
            for (int r = 0; r < runTable.length; r++) {
                runTable[r] = SharedLinks.of(Set.of(strings(runIds[r])), List.of(strings(runUrls[r])), List.of(strings(runAttributes[r])));
            }
            Map<String, Read> reads = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                List<SharedLinks.At> shared = new ArrayList<>(runs[i].length);
                for (int r = 0; r < runs[i].length; r++) {
                    shared.add(new SharedLinks.At(runsAt[i][r], runTable[runs[i][r]]));
                }
                reads.put(keys[i], new Read(Set.of(strings(ids[i])), List.of(strings(urls[i])), List.of(strings(attributes[i])), shared));
            }
            return new Reads(reads);
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
