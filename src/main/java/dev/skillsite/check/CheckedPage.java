package dev.skillsite.check;

import java.util.List;
import java.util.Set;

/** What the checker keeps of one parsed HTML page: the ids it answers to and the URLs it references. */
record CheckedPage(String path, Set<String> ids, List<LinkReference> links) {
}
