package dev.skillsite.check;

import dev.skillsite.cache.CacheKey;
import dev.skillsite.check.BrokenLink.Kind;
import dev.skillsite.check.LinkResolver.Resolution;
import dev.skillsite.check.ResolvedPage.Pending;
import dev.skillsite.check.Resolutions.Resolved;
import dev.skillsite.check.Resolutions.ResolvedRun;
import dev.skillsite.work.Cores;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Proves that every link of a folder of HTML resolves: the target file exists with exactly that
 * letter case (GitHub Pages is case-sensitive even where a laptop's disk is not), a folder only
 * through its {@code index.html}, and every {@code #fragment} matches an id of the target page.
 * Links to other sites are checked for syntax, and over the network when {@link ExternalOptions}
 * are given. Pages are parsed in parallel, a navigation that many pages repeat only once ({@link NavCache});
 * files, ids and links are held in hash maps, so the check grows linearly with the number of links, and a
 * URL, or a navigation's run of links, is resolved once per folder it appears in ({@link Resolutions}); a URL
 * not at all when the last check's cache, still in memory, saw the very same files, nor the links of a page
 * whose bytes that check read: what they came to is taken whole ({@link ResolvedPage}).
 */
public final class LinkChecker {
    /** The one page a site serves on its own, for addresses that lead nowhere. */
    private static final String NOT_FOUND_PAGE = "404.html";

    private final String basePath;
    private final ExternalOptions external;

    /** @param basePath the path the site is served under, such as {@code /my-skill/}; {@code /} for a domain root */
    public LinkChecker(String basePath) {
        this(basePath, null);
    }

    /** @param external how to check links to other sites over the network; null checks their syntax only */
    public LinkChecker(String basePath, ExternalOptions external) {
        this.basePath = basePath;
        this.external = external;
    }

    public CheckReport check(Path siteRoot) {
        return check(siteRoot, null).report();
    }

    /** A check's report, what it read (for the next check), and how many pages it took from the cache rather than parse. */
    public record CheckedSite(CheckReport report, ReadCache cache, int cached) {
    }

    /**
     * Checks the site, reading pages whose bytes {@code cache} knows from there rather than parsing
     * them: the report equals that of a check without a cache.
     */
    public CheckedSite check(Path siteRoot, ReadCache cache) {
        return check(SiteFolder.of(siteRoot), cache);
    }

    /** Checks a site that may be a folder of new files laid over another, as {@link #check(Path, ReadCache)} does a folder. */
    public CheckedSite check(SiteFolder site, ReadCache cache) {
        Reader reader = new Reader(site, cache);
        Resolutions resolutions = Resolutions.forSite(basePath, SiteFiles.read(site), cache == null ? null : cache.resolutions());
        List<String> paths = resolutions.pages();
        List<ResolvedPage> pages = Cores.mapPerThread(paths.size(), () -> {
            Parser parser = Parser.htmlParser();
            return id -> read(reader, parser, resolutions, id, paths.get(id));
        });

        List<Found> found = new ArrayList<>();
        for (ResolvedPage page : pages) {
            for (Pending pending : page.pending()) {
                Resolution resolution = pending.resolution();
                if (resolution.isBroken()) {
                    found.add(new Found(page.id(), pending, resolution.kind(), resolution.message()));
                } else if (resolution.fragment() != null) {
                    ResolvedPage target = pages.get(resolutions.pageId(resolution.target()));
                    if (!LinkResolver.hasFragment(target.ids(), resolution.fragment())) {
                        found.add(new Found(page.id(), pending, Kind.MISSING_FRAGMENT, missingFragment(target.path(), resolution.fragment())));
                    }
                }
            }
        }
        if (external != null) {
            found.addAll(externalFindings(pages, site.written()));
        }
        List<BrokenLink> findings = new ArrayList<>(placed(site, paths, found));
        findings.addAll(resolutions.orphans(pages, () -> orphans(paths, resolutions, pages)));
        findings.sort(Comparator.comparing(BrokenLink::page).thenComparingInt(BrokenLink::line)
                .thenComparingInt(BrokenLink::column).thenComparing(BrokenLink::url).thenComparing(BrokenLink::kind));
        return new CheckedSite(new CheckReport(findings, pages.size(), pages.stream().mapToInt(ResolvedPage::links).sum()),
                reader.cache(resolutions), reader.cached.get());
    }

    /**
     * Reads pages without positions, through a cache of earlier reads when there is one; with one, it
     * also keeps every page it read, for the next check's cache. A page whose file is the one the last check
     * read, with the same size and time, is not read at all.
     */
    private static final class Reader {
        private final SiteFolder site;
        private final ReadCache cache;
        private final Map<String, ReadCache.Read> reads = new ConcurrentHashMap<>();
        private final Map<String, ReadCache.Stamp> stamps = new ConcurrentHashMap<>();
        /** One string per distinct URL, id or attribute name a page lists of its own: stylesheets, scripts and cross links recur on many pages. */
        private final Map<String, String> strings = new ConcurrentHashMap<>();
        private final AtomicInteger cached = new AtomicInteger();
        private final NavCache navs = new NavCache();

        Reader(SiteFolder site, ReadCache cache) {
            this.site = site;
            this.cache = cache;
        }

        ReadCache cache(Resolutions resolutions) {
            return ReadCache.of(reads, stamps, cache == null ? ReadCache.EMPTY : cache, resolutions);
        }

        /** A page as read, and the key of its bytes: null without a cache. */
        record KeyedPage(String key, CheckedPage page) {
        }

        KeyedPage read(String path, Parser parser) throws IOException {
            Path file = site.resolve(path);
            if (cache == null) {
                return new KeyedPage(null, PageScanner.scan(Files.readAllBytes(file), path, navs, parser));
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            ReadCache.Stamp stamp = stamp(attributes, cache.stamps().get(path));
            byte[] bytes = null;
            if (stamp == null) {
                bytes = Files.readAllBytes(file);
                // Stamped as seen before reading: a file changed meanwhile is read again next time.
                stamp = new ReadCache.Stamp(attributes.fileKey() == null ? null : attributes.fileKey().toString(), attributes.size(),
                        attributes.lastModifiedTime().toMillis(), CacheKey.of(bytes));
            }
            ReadCache.Read read = cache.read(stamp.key());
            CheckedPage page;
            if (read != null) {
                cached.incrementAndGet();
                page = read.page(path);
            } else {
                page = PageScanner.scan(bytes != null ? bytes : Files.readAllBytes(file), path, navs, parser);
                read = ReadCache.Read.of(page, this::canonical);
            }
            keep(path, stamp, read);
            return new KeyedPage(stamp.key(), page);
        }

        /**
         * Whether the page is still the file the last check read, its bytes those with the key {@code key}; if so
         * it is kept for the next check's cache as if read again.
         */
        boolean unchanged(String path, String key) throws IOException {
            ReadCache.Stamp before = cache == null ? null : cache.stamps().get(path);
            if (before == null || !before.key().equals(key)) {
                return false;
            }
            ReadCache.Stamp stamp = stamp(Files.readAttributes(site.resolve(path), BasicFileAttributes.class), before);
            if (stamp == null) {
                return false;
            }
            cached.incrementAndGet();
            keep(path, stamp, cache.read(key));
            return true;
        }

        /** Keeps what the check found of a page for the next check's cache: its read, and its stamp if it has one. */
        private void keep(String path, ReadCache.Stamp stamp, ReadCache.Read read) {
            reads.put(stamp.key(), read);
            if (stamp.file() != null) {
                stamps.put(path, stamp);
            }
        }

        /** The last check's stamp of a page, if the page is still that very file with that size and time; else null. */
        private ReadCache.Stamp stamp(BasicFileAttributes attributes, ReadCache.Stamp before) {
            Object file = attributes.fileKey();
            boolean same = before != null && file != null && file.toString().equals(before.file())
                    && attributes.size() == before.size() && attributes.lastModifiedTime().toMillis() == before.modified()
                    && cache.read(before.key()) != null;
            return same ? before : null;
        }

        /** The one string object this check keeps for a value. */
        private String canonical(String s) {
            String known = strings.putIfAbsent(s, s);
            return known == null ? s : known;
        }
    }

    /** A finding before its position: the page, the link by its place in the page's links, and what is wrong. */
    private record Found(int page, Pending pending, Kind kind, String message) {
    }

    /**
     * Reads a page without positions and resolves its links, keeping only what the later steps need; or takes it
     * from the last check of the same files, if the page is the very file it read. A link to another site is
     * pending only where this checker asks such addresses, so a checker that asks resolves every page again.
     */
    private ResolvedPage read(Reader reader, Parser parser, Resolutions resolutions, int id, String path) {
        try {
            ResolvedPage last = external == null ? resolutions.last(path) : null;
            ResolvedPage page = last != null && reader.unchanged(path, last.key()) ? last : resolved(reader.read(path, parser), resolutions, id);
            resolutions.keep(page);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private ResolvedPage resolved(Reader.KeyedPage read, Resolutions resolutions, int id) {
        CheckedPage page = read.page();
        PageLinks resolved = new PageLinks(resolutions, id, page.path(), page);
        page.forEachLink(resolved::link, resolved::run);
        return new ResolvedPage(id, page.path(), read.key(), page.ids(), resolved.reaches, List.copyOf(resolved.pending), page.links().size());
    }

    /** One page's links as they are resolved: the pages they reach, and those that need more than the page. */
    private final class PageLinks {
        private final Resolutions resolutions;
        private final Resolutions.Folder folder;
        private final int id;
        private final String path;
        private final CheckedPage page;
        private final BitSet reaches = new BitSet();
        private final List<Pending> pending = new ArrayList<>();

        PageLinks(Resolutions resolutions, int id, String path, CheckedPage page) {
            this.resolutions = resolutions;
            this.folder = resolutions.of(path);
            this.id = id;
            this.path = path;
            this.page = page;
        }

        /** A run of shared links from its {@code at}-th link on: resolved once per folder, its own links per page. */
        void run(SharedLinks run, int at) {
            ResolvedRun resolvedRun = folder.runs.get(run);
            if (resolvedRun == null) {
                resolvedRun = folder.runs.computeIfAbsent(run, this::resolve);
            }
            reaches.or(resolvedRun.reaches());
            for (int own : resolvedRun.ownLinks()) {
                link(page.links().get(at + own), at + own);
            }
        }

        void link(LinkReference link, int ordinal) {
            Resolved resolved = resolved(link);
            Resolution resolution = resolved.resolution();
            int target = resolved.target();
            if (resolution.isBroken()) {
                pending.add(new Pending(ordinal, link, resolution));
            } else if (target >= 0) {
                reaches.set(target);
                String fragment = resolution.fragment();
                if (target == id) {
                    if (fragment != null && !LinkResolver.hasFragment(page.ids(), fragment)) {
                        pending.add(new Pending(ordinal, link, Resolution.broken(Kind.MISSING_FRAGMENT, missingFragment(path, fragment))));
                    }
                } else if (fragment != null && !fragment.isEmpty()) {
                    pending.add(new Pending(ordinal, link, resolution)); // the target's ids are known once every page is read
                }
            } else if (resolution.external() != null && external != null) {
                pending.add(new Pending(ordinal, link, resolution));
            }
        }

        /** A run as this page's folder resolves it; the links it lists as the page's own get {@link #link} on each page. */
        private ResolvedRun resolve(SharedLinks run) {
            BitSet reached = new BitSet();
            int[] own = new int[run.size()];
            int owned = 0;
            for (int i = 0; i < run.size(); i++) {
                LinkReference link = run.links().get(i);
                Resolved resolved = leadsToItsPage(link.url().strip()) ? null : resolved(link);
                Resolution resolution = resolved == null ? null : resolved.resolution();
                if (resolved == null || resolution.isBroken() || resolution.fragment() != null
                        || resolved.target() < 0 && resolution.external() != null && external != null) {
                    own[owned++] = i;
                } else if (resolved.target() >= 0) {
                    reached.set(resolved.target());
                }
            }
            return new ResolvedRun(reached, Arrays.copyOf(own, owned));
        }

        private Resolved resolved(LinkReference link) {
            String url = link.url().strip();
            if (url.isEmpty()) {
                return new Resolved(Resolution.broken(Kind.EMPTY_URL, "the " + link.attribute() + " attribute is empty"), -1);
            }
            if (leadsToItsPage(url)) {
                return resolutions.resolve(path, url); // this page's alone
            }
            Resolved resolved = folder.urls.get(url);
            return resolved != null ? resolved : folder.urls.computeIfAbsent(url, u -> resolutions.resolve(path, u));
        }
    }

    /** A fragment or query alone: the URL leads to the very page that holds it. */
    private static boolean leadsToItsPage(String url) {
        return !url.isEmpty() && (url.charAt(0) == '#' || url.charAt(0) == '?');
    }

    private static String missingFragment(String page, String fragment) {
        return page + " has no element with id \"" + fragment + "\"";
    }

    /**
     * The findings with their lines, columns and markdown sources, from a second read of only the pages
     * that have findings, this time with positions: the same links in the same order, so a link's place
     * in the first read names it in the second.
     */
    private static List<BrokenLink> placed(SiteFolder site, List<String> paths, List<Found> found) {
        List<Integer> pages = found.stream().map(Found::page).distinct().toList();
        Map<Integer, List<LinkReference>> positioned = new HashMap<>();
        List<List<LinkReference>> read = Cores.map(pages.size(), i -> {
            String path = paths.get(pages.get(i));
            try {
                return PageScanner.scan(site.resolve(path), path).links();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        });
        for (int i = 0; i < pages.size(); i++) {
            positioned.put(pages.get(i), read.get(i));
        }
        List<BrokenLink> findings = new ArrayList<>();
        for (Found f : found) {
            LinkReference link = positioned.get(f.page()).get(f.pending().ordinal());
            findings.add(new BrokenLink(paths.get(f.page()), link.line(), link.column(), link.url(), f.kind(), f.message(),
                    link.source()));
        }
        return findings;
    }

    /** Asks each distinct address once, then reports every link that names a failing one. */
    private List<Found> externalFindings(List<ResolvedPage> pages, Path root) {
        Set<URI> urls = new LinkedHashSet<>();
        pages.forEach(page -> page.pending().stream().map(p -> p.resolution().external()).filter(u -> u != null).forEach(urls::add));
        Map<URI, String> failures = new ExternalLinks(external.withDefaultCache(root)).failures(urls);
        List<Found> found = new ArrayList<>();
        for (ResolvedPage page : pages) {
            for (Pending pending : page.pending()) {
                URI uri = pending.resolution().external();
                if (uri != null && failures.containsKey(uri)) {
                    found.add(new Found(page.id(), pending, Kind.EXTERNAL_UNREACHABLE, failures.get(uri)));
                }
            }
        }
        return found;
    }

    /** Pages no link reaches from index.html, following internal links only. 404.html stands alone by design. */
    private static List<BrokenLink> orphans(List<String> paths, Resolutions resolutions, List<ResolvedPage> pages) {
        Integer start = resolutions.pageId(LinkResolver.INDEX);
        if (start == null) {
            return List.of();
        }
        boolean[] reached = new boolean[pages.size()];
        reached[start] = true;
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            BitSet reaches = pages.get(queue.removeFirst()).reaches();
            for (int next = reaches.nextSetBit(0); next >= 0; next = reaches.nextSetBit(next + 1)) {
                if (!reached[next]) {
                    reached[next] = true;
                    queue.addLast(next);
                }
            }
        }
        List<BrokenLink> orphans = new ArrayList<>();
        for (int id = 0; id < paths.size(); id++) { // paths are sorted, as the report lists them
            if (!reached[id] && !paths.get(id).equals(NOT_FOUND_PAGE)) {
                orphans.add(new BrokenLink(paths.get(id), 1, 1, "", Kind.ORPHAN_PAGE,
                        "no page reachable from " + LinkResolver.INDEX + " links here", null));
            }
        }
        return orphans;
    }
}
