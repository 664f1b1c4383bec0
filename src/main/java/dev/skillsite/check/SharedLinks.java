package dev.skillsite.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Links that many pages share, read once: a navigation's ids and links in document order, without positions.
 * Compared by identity: one object stands for one read, so the checker resolves its links once per folder, as
 * it does a single URL, rather than once per page; every page that shares them lists these very objects.
 */
final class SharedLinks {
    private final Set<String> ids;
    private final List<LinkReference> links;

    SharedLinks(Set<String> ids, List<LinkReference> links) {
        this.ids = Set.copyOf(ids);
        this.links = List.copyOf(links);
    }

    /** The links of a read kept as their URLs and the attributes they came from, one per link. */
    static SharedLinks of(Set<String> ids, List<String> urls, List<String> attributes) {
        if (urls.size() != attributes.size()) {
            throw new IllegalArgumentException("a URL and an attribute per link");
        }
        List<LinkReference> links = new ArrayList<>(urls.size());
        for (int i = 0; i < urls.size(); i++) {
            links.add(LinkReference.unplaced(urls.get(i), attributes.get(i)));
        }
        return new SharedLinks(ids, links);
    }

    Set<String> ids() {
        return ids;
    }

    List<LinkReference> links() {
        return links;
    }

    int size() {
        return links.size();
    }

    /** Where a page's links include these: from its {@code at}-th link on. */
    record At(int at, SharedLinks links) {
    }
}
