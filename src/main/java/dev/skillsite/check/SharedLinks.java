package dev.skillsite.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Links that many pages share, read once: a navigation's ids and links in document order, each link as its URL
 * and the attribute it came from. Compared by identity: one object stands for one read, so the checker
 * resolves its links once per folder, as it does a single URL, rather than once per page.
 */
final class SharedLinks {
    private final Set<String> ids;
    private final List<String> urls;
    private final List<String> attributes;
    /** The links as a read lists them, made once: every page that shares them lists these very objects. */
    private final List<LinkReference> links;

    SharedLinks(Set<String> ids, List<String> urls, List<String> attributes) {
        if (urls.size() != attributes.size()) {
            throw new IllegalArgumentException("a URL and an attribute per link");
        }
        this.ids = Set.copyOf(ids);
        this.urls = List.copyOf(urls);
        this.attributes = List.copyOf(attributes);
        List<LinkReference> links = new ArrayList<>(urls.size());
        for (int i = 0; i < urls.size(); i++) {
            links.add(new LinkReference(urls.get(i), attributes.get(i), 0, 0, null));
        }
        this.links = List.copyOf(links);
    }

    static SharedLinks of(CheckedPage read) {
        return new SharedLinks(read.ids(), read.links().stream().map(LinkReference::url).toList(),
                read.links().stream().map(LinkReference::attribute).toList());
    }

    Set<String> ids() {
        return ids;
    }

    List<String> urls() {
        return urls;
    }

    List<String> attributes() {
        return attributes;
    }

    List<LinkReference> links() {
        return links;
    }

    int size() {
        return urls.size();
    }

    /** Where a page's links include these: from its {@code at}-th link on. */
    record At(int at, SharedLinks links) {
    }
}
