package dev.skillsite.check;

import dev.skillsite.check.LinkResolver.Resolution;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * What the checker keeps of a page once its links are resolved: its ids, the pages it links to (by id, for the
 * orphan search), the links that need more than the page, and how many links it has. The links that simply
 * resolve are not kept. It follows from the page's bytes and the site's files alone: a check of the very same
 * files takes it from the last check for a page whose bytes are those it was made from ({@code key}).
 *
 * @param key the cache key of the bytes it was read from; null when the check had no cache
 */
record ResolvedPage(int id, String path, String key, Set<String> ids, BitSet reaches, List<Pending> pending, int links) {
    /** A link that needs more than its page: a finding, a fragment of another page, or an address to ask. */
    record Pending(int ordinal, LinkReference link, Resolution resolution) {
    }
}
