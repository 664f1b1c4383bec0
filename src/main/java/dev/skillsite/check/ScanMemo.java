package dev.skillsite.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What reading each page of an earlier check found, keyed by the fingerprint of the page's bytes: a
 * later check resolves the links of a page it has seen byte for byte without parsing it again. Only
 * the reading is reused; every link is still resolved against the site as it is now.
 */
public record ScanMemo(Map<String, Scan> scans) {
    public static final ScanMemo EMPTY = new ScanMemo(Map.of());

    public ScanMemo {
        scans = Map.copyOf(scans);
    }

    /** A page's ids and its links in document order, each as its URL and the attribute it came from. */
    public record Scan(Set<String> ids, List<String> urls, List<String> attributes) {
        public Scan {
            ids = Set.copyOf(ids);
            urls = List.copyOf(urls);
            attributes = List.copyOf(attributes);
            if (urls.size() != attributes.size()) {
                throw new IllegalArgumentException("a URL and an attribute per link");
            }
        }
    }
}
