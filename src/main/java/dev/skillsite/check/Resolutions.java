package dev.skillsite.check;

import dev.skillsite.check.LinkResolver.Resolution;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What each URL means from each folder of a site with one set of files, and what each run of shared links reaches
 * there. A URL means the same on every page of a folder, so the navigation repeated on each page of a section is
 * resolved once per folder, not once per page; where pages share a run of links read once, it is walked once per
 * folder too. What a URL means depends on nothing but the site's files and the path it is served under, so a check
 * of a site whose files are the very ones the last check saw starts from the URLs that check resolved ({@link
 * #forSite}): an edit to a page's text, which is most of what a preview rebuilds for, changes no file name. Runs
 * are known by identity, and a later check reads changed pages into new ones: they are kept for one check only.
 */
final class Resolutions {
    /** A URL's resolution in a folder, and the page it leads to by id (-1 for none). */
    record Resolved(Resolution resolution, int target) {
    }

    /**
     * A run of shared links as a folder resolves it: the pages its links lead to, and the links (by place in the
     * run) that each page must look at itself: the empty, a page's own fragments and queries, the broken, those
     * with a fragment, and addresses to ask.
     */
    record ResolvedRun(BitSet reaches, int[] ownLinks) {
    }

    /** One folder's resolutions: by URL, and by run of shared links (by identity: one run, one read). */
    static final class Folder {
        final Map<String, Resolved> urls;
        final Map<SharedLinks, ResolvedRun> runs = new ConcurrentHashMap<>();

        private Folder(Map<String, Resolved> urls) {
            this.urls = urls;
        }
    }

    private final String basePath;
    private final SiteFiles files;
    private final LinkResolver resolver;
    private final List<String> pages;
    private final Map<String, Integer> pageIds;
    private final Map<String, Folder> folders = new ConcurrentHashMap<>();
    /** Each page as this check resolved it, by path, for the next check of the same files. */
    private final Map<String, ResolvedPage> resolved = new ConcurrentHashMap<>();
    /** The last check's pages, when it checked the same files; else none. */
    private final Map<String, ResolvedPage> last;
    /** The orphans the last check found, when it checked the same files; else null. */
    private final List<BrokenLink> lastOrphans;
    private List<BrokenLink> orphans;

    private Resolutions(String basePath, SiteFiles files, LinkResolver resolver, List<String> pages, Map<String, Integer> pageIds,
                        Map<String, ResolvedPage> last, List<BrokenLink> lastOrphans) {
        this.basePath = basePath;
        this.files = files;
        this.resolver = resolver;
        this.pages = pages;
        this.pageIds = pageIds;
        this.last = last;
        this.lastOrphans = lastOrphans;
    }

    /**
     * The resolutions for a site served under {@code basePath} with these files: starting from the URLs {@code last}
     * resolved, when it was made for the same path and the very same files; else from nothing.
     */
    static Resolutions forSite(String basePath, SiteFiles files, Resolutions last) {
        if (last == null || !last.basePath.equals(basePath) || !last.files.equals(files)) {
            List<String> pages = files.files().stream().filter(f -> f.endsWith(".html") || f.endsWith(".htm")).sorted().toList();
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                ids.put(pages.get(i), i);
            }
            return new Resolutions(basePath, files, new LinkResolver(basePath, files), pages, ids, Map.of(), null);
        }
        Resolutions next = new Resolutions(last.basePath, last.files, last.resolver, last.pages, last.pageIds, last.resolved,
                last.orphans);
        last.folders.forEach((name, folder) -> next.folders.put(name, new Folder(folder.urls)));
        return next;
    }

    /** The site's HTML pages, sorted: a page's id is its place here. */
    List<String> pages() {
        return pages;
    }

    /** A page's id, or null for a path that is no page of the site. */
    Integer pageId(String path) {
        return pageIds.get(path);
    }

    /** The resolutions of the folder a page is in. */
    Folder of(String path) {
        int slash = path.lastIndexOf('/');
        return folders.computeIfAbsent(slash < 0 ? "" : path.substring(0, slash), k -> new Folder(new ConcurrentHashMap<>()));
    }

    /** A URL's resolution from a page, with the id of the page it leads to. */
    Resolved resolve(String path, String url) {
        Resolution resolution = resolver.resolve(path, url);
        return new Resolved(resolution, resolution.target() == null ? -1 : pageIds.getOrDefault(resolution.target(), -1));
    }

    /** The page as the last check resolved it, when that check had the same files; else null. */
    ResolvedPage last(String path) {
        return last.get(path);
    }

    /** The page as this check resolved it, or took it from the last; null for one it has not kept. */
    ResolvedPage resolved(String path) {
        return resolved.get(path);
    }

    /** Keeps a page as this check resolved it, or took it from the last, for the next check; one read without a cache is not kept. */
    void keep(ResolvedPage page) {
        if (page.key() != null) {
            resolved.put(page.path(), page);
        }
    }

    /**
     * The pages no link reaches from the start: the last check's, when every page reaches what it reached then;
     * else those {@code search} finds.
     */
    List<BrokenLink> orphans(List<ResolvedPage> pages, Supplier<List<BrokenLink>> search) {
        boolean same = lastOrphans != null && pages.stream().allMatch(page -> {
            ResolvedPage before = last.get(page.path());
            return before != null && (before == page || before.reaches().equals(page.reaches()));
        });
        orphans = same ? lastOrphans : search.get();
        return orphans;
    }
}
