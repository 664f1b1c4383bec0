package dev.skillsite.check;

import java.util.List;
import java.util.Set;

/**
 * What the checker keeps of one parsed HTML page: the ids it answers to and the URLs it references, in document
 * order, among them the runs of links it shares with other pages ({@code shared}, each where it starts).
 */
record CheckedPage(String path, Set<String> ids, List<LinkReference> links, List<SharedLinks.At> shared) {
    CheckedPage(String path, Set<String> ids, List<LinkReference> links) {
        this(path, ids, links, List.of());
    }
}
