package dev.skillsite.check;

import java.util.List;
import java.util.Set;
import java.util.function.ObjIntConsumer;

/**
 * What the checker keeps of one parsed HTML page: the ids it answers to and the URLs it references, in document
 * order, among them the runs of links it shares with other pages ({@code shared}, each where it starts).
 */
record CheckedPage(String path, Set<String> ids, List<LinkReference> links, List<SharedLinks.At> shared) {
    CheckedPage(String path, Set<String> ids, List<LinkReference> links) {
        this(path, ids, links, List.of());
    }

    /**
     * Walks the links in document order: each run of shared links once, with the place of its first link,
     * and each of the page's own links with its place.
     */
    void forEachLink(ObjIntConsumer<LinkReference> own, ObjIntConsumer<SharedLinks> run) {
        int next = 0;
        for (int ordinal = 0; ordinal < links.size(); ordinal++) {
            if (next < shared.size() && shared.get(next).at() == ordinal) {
                SharedLinks runLinks = shared.get(next++).links();
                run.accept(runLinks, ordinal);
                ordinal += runLinks.size() - 1;
            } else {
                own.accept(links.get(ordinal), ordinal);
            }
        }
    }
}
