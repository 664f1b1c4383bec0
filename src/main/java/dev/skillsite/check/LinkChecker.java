package dev.skillsite.check;

import dev.skillsite.check.BrokenLink.Kind;
import dev.skillsite.skill.Fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Proves that every link of a folder of HTML resolves: the target file exists with exactly that
 * letter case (GitHub Pages is case-sensitive even where a laptop's disk is not), a folder only
 * through its {@code index.html}, and every {@code #fragment} matches an id of the target page.
 * Links to other sites are checked for syntax, and over the network when {@link ExternalOptions}
 * are given. Pages are parsed in parallel; files, ids and links are held in hash maps, so the
 * check grows linearly with the number of links, and a URL is resolved once per folder it appears in.
 */
public final class LinkChecker {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final String INDEX = "index.html";
    /** The one page a site serves on its own, for addresses that lead nowhere. */
    private static final String NOT_FOUND_PAGE = "404.html";

    private final String basePath;
    private final ExternalOptions external;

    /** @param basePath the path the site is served under, such as {@code /valkey-dev/}; {@code /} for a domain root */
    public LinkChecker(String basePath) {
        this(basePath, null);
    }

    /** @param external how to check links to other sites over the network; null checks their syntax only */
    public LinkChecker(String basePath, ExternalOptions external) {
        String base = basePath == null || basePath.isBlank() ? "/" : basePath.strip();
        base = base.startsWith("/") ? base : "/" + base;
        this.basePath = base.endsWith("/") ? base : base + "/";
        this.external = external;
    }

    public CheckReport check(Path siteRoot) {
        return check(siteRoot, null).report();
    }

    /** A check's report, what it read (for the next check), and how many pages it did not parse again. */
    public record CheckedSite(CheckReport report, ScanMemo memo, int reused) {
    }

    /**
     * Checks the site, reading pages whose bytes {@code previous} knows from there rather than parsing
     * them: the report equals that of a check without a memo.
     */
    public CheckedSite check(Path siteRoot, ScanMemo previous) {
        Path root = siteRoot.toAbsolutePath().normalize();
        Reader reader = new Reader(root, previous);
        Site site = index(root);
        List<String> paths = site.files().stream().filter(f -> f.endsWith(".html") || f.endsWith(".htm")).sorted().toList();
        Map<String, Integer> pageIds = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            pageIds.put(paths.get(i), i);
        }
        // A URL means the same on every page of a folder: the navigation repeated on each page of a
        // section is resolved once per folder, not once per page.
        Map<String, Map<String, Resolution>> byFolder = new ConcurrentHashMap<>();
        List<ReadPage> pages = IntStream.range(0, paths.size()).parallel()
                .mapToObj(id -> read(reader, site, id, paths.get(id), pageIds, byFolder)).toList();

        List<Found> found = new ArrayList<>();
        for (ReadPage page : pages) {
            for (Pending pending : page.pending()) {
                Resolution resolution = pending.resolution();
                if (resolution.kind() != null) {
                    found.add(new Found(page.id(), pending, resolution.kind(), resolution.message()));
                } else if (resolution.fragment() != null) {
                    ReadPage target = pages.get(resolution.page());
                    if (!hasFragment(target.ids(), resolution.fragment())) {
                        found.add(new Found(page.id(), pending, Kind.MISSING_FRAGMENT, missingFragment(target.path(), resolution.fragment())));
                    }
                }
            }
        }
        if (external != null) {
            found.addAll(externalFindings(pages, root));
        }
        List<BrokenLink> findings = new ArrayList<>(placed(root, paths, found));
        findings.addAll(orphans(paths, pageIds, pages));
        findings.sort(Comparator.comparing(BrokenLink::page).thenComparingInt(BrokenLink::line)
                .thenComparingInt(BrokenLink::column).thenComparing(BrokenLink::url).thenComparing(BrokenLink::kind));
        return new CheckedSite(new CheckReport(findings, pages.size(), pages.stream().mapToInt(ReadPage::links).sum()),
                new ScanMemo(reader.scans), reader.reused.get());
    }

    /**
     * Reads pages without positions, through a memo of earlier reads when there is one; with one, it
     * also remembers every page it read, for the next check.
     */
    private static final class Reader {
        private final Path root;
        private final ScanMemo previous;
        private final Map<String, ScanMemo.Scan> scans = new ConcurrentHashMap<>();
        /** One string per distinct URL, id or attribute name: the navigation repeats the same few thousand on every page. */
        private final Map<String, String> strings = new ConcurrentHashMap<>();
        private final AtomicInteger reused = new AtomicInteger();

        Reader(Path root, ScanMemo previous) {
            this.root = root;
            this.previous = previous;
        }

        CheckedPage read(String path) throws IOException {
            if (previous == null) {
                return PageScanner.scan(root.resolve(path), path, false);
            }
            byte[] bytes = Files.readAllBytes(root.resolve(path));
            String fingerprint = Fingerprint.of(bytes);
            ScanMemo.Scan scan = previous.scans().get(fingerprint);
            CheckedPage page;
            if (scan != null) {
                reused.incrementAndGet();
                List<LinkReference> links = new ArrayList<>(scan.urls().size());
                for (int i = 0; i < scan.urls().size(); i++) {
                    links.add(new LinkReference(scan.urls().get(i), scan.attributes().get(i), 0, 0, ""));
                }
                page = new CheckedPage(path, scan.ids(), links);
            } else {
                page = PageScanner.scan(bytes, path);
                scan = new ScanMemo.Scan(page.ids().stream().map(this::shared).collect(Collectors.toSet()),
                        page.links().stream().map(link -> shared(link.url())).toList(),
                        page.links().stream().map(link -> shared(link.attribute())).toList());
            }
            scans.put(fingerprint, scan);
            return page;
        }

        private String shared(String s) {
            String known = strings.putIfAbsent(s, s);
            return known == null ? s : known;
        }
    }

    /**
     * Every file and folder under the root, by its exact name and by its lower-cased name (to tell a
     * letter-case mismatch from a missing file).
     */
    private static Site index(Path root) {
        Set<String> files = new HashSet<>();
        Set<String> directories = new HashSet<>();
        Map<String, String> byLowerCase = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                (Files.isDirectory(p) ? directories : files).add(rel);
                byLowerCase.putIfAbsent(rel.toLowerCase(Locale.ROOT), rel);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return new Site(files, directories, byLowerCase);
    }

    private record Site(Set<String> files, Set<String> directories, Map<String, String> byLowerCase) {
    }

    /** Where a link leads inside the site: a path ("" for the root), whether it names a folder, and a fragment. */
    private record Target(String path, boolean directory, String fragment) {
    }

    /**
     * What a URL turned out to be, the same for every page of one folder: broken (a kind and message),
     * or fine: leading to a page of this site ({@code page}, its id; -1 for none or for a file that is no
     * page), with a {@code fragment} still to look up when not null, or to an address on another site
     * ({@code external}).
     */
    private record Resolution(Kind kind, String message, int page, String fragment, URI external) {
        static final Resolution FINE = new Resolution(null, null, -1, null, null);

        static Resolution broken(Kind kind, String message) {
            return new Resolution(kind, message, -1, null, null);
        }
    }

    /** A link that needs more than its page: a finding, a fragment of another page, or an address to ask. */
    private record Pending(int ordinal, LinkReference link, Resolution resolution) {
    }

    /**
     * What the checker keeps of a page once read: its ids, the pages it links to (by id, for the orphan
     * search), its pending links, and how many links it has. The links that simply resolve are not kept.
     */
    private record ReadPage(int id, String path, Set<String> ids, int[] reaches, List<Pending> pending, int links) {
    }

    /** A finding before its position: the page, the link by its place in the page's links, and what is wrong. */
    private record Found(int page, Pending pending, Kind kind, String message) {
    }

    /** Reads a page without positions and resolves its links, keeping only what the later steps need. */
    private ReadPage read(Reader reader, Site site, int id, String path, Map<String, Integer> pageIds,
                          Map<String, Map<String, Resolution>> byFolder) {
        CheckedPage page;
        try {
            page = reader.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        int slash = path.lastIndexOf('/');
        Map<String, Resolution> folder = byFolder.computeIfAbsent(slash < 0 ? "" : path.substring(0, slash),
                k -> new ConcurrentHashMap<>());
        IntStream.Builder reaches = IntStream.builder();
        List<Pending> pending = new ArrayList<>();
        List<LinkReference> links = page.links();
        for (int ordinal = 0; ordinal < links.size(); ordinal++) {
            LinkReference link = links.get(ordinal);
            String url = link.url().strip();
            Resolution resolution;
            if (url.isEmpty()) {
                resolution = Resolution.broken(Kind.EMPTY_URL, "the " + link.attribute() + " attribute is empty");
            } else if (url.charAt(0) == '#' || url.charAt(0) == '?') {
                resolution = resolution(site, pageIds, path, url); // leads to this very page, so it is this page's alone
            } else {
                resolution = folder.get(url);
                if (resolution == null) {
                    resolution = folder.computeIfAbsent(url, u -> resolution(site, pageIds, path, u));
                }
            }
            int target = resolution.page();
            if (resolution.kind() != null) {
                pending.add(new Pending(ordinal, link, resolution));
            } else if (target >= 0) {
                reaches.add(target);
                String fragment = resolution.fragment();
                if (target == id) {
                    if (fragment != null && !hasFragment(page.ids(), fragment)) {
                        pending.add(new Pending(ordinal, link, Resolution.broken(Kind.MISSING_FRAGMENT, missingFragment(path, fragment))));
                    }
                } else if (fragment != null && !fragment.isEmpty()) {
                    pending.add(new Pending(ordinal, link, resolution)); // the target's ids are known once every page is read
                }
            } else if (resolution.external() != null && external != null) {
                pending.add(new Pending(ordinal, link, resolution));
            }
        }
        return new ReadPage(id, path, page.ids(), reaches.build().distinct().toArray(),
                List.copyOf(pending), links.size());
    }

    private static String missingFragment(String page, String fragment) {
        return page + " has no element with id \"" + fragment + "\"";
    }

    /**
     * The findings with their lines, columns and markdown sources, from a second read of only the pages
     * that have findings, this time with positions: the same links in the same order, so a link's place
     * in the first read names it in the second.
     */
    private static List<BrokenLink> placed(Path root, List<String> paths, List<Found> found) {
        Map<Integer, List<Found>> byPage = new LinkedHashMap<>();
        found.forEach(f -> byPage.computeIfAbsent(f.page(), k -> new ArrayList<>()).add(f));
        Map<Integer, List<LinkReference>> positioned = new ConcurrentHashMap<>();
        byPage.keySet().parallelStream().forEach(id -> {
            try {
                positioned.put(id, PageScanner.scan(root.resolve(paths.get(id)), paths.get(id)).links());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + paths.get(id), e);
            }
        });
        List<BrokenLink> findings = new ArrayList<>();
        for (Found f : found) {
            LinkReference link = positioned.get(f.page()).get(f.pending().ordinal());
            findings.add(new BrokenLink(paths.get(f.page()), link.line(), link.column(), link.url(), f.kind(), f.message(),
                    link.source()));
        }
        return findings;
    }

    /** What a URL means on the page at pagePath; the same for every page of its folder unless it starts with # or ?. */
    private Resolution resolution(Site site, Map<String, Integer> pageIds, String pagePath, String url) {
        var scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
                case "javascript" -> Resolution.broken(Kind.JAVASCRIPT_URL,
                        "javascript: URLs do nothing without scripts and break under a strict content security policy");
                case "mailto" -> url.substring("mailto:".length()).replaceFirst("\\?.*", "").isBlank()
                        ? Resolution.broken(Kind.EMPTY_MAILTO, "mailto: names no address") : Resolution.FINE;
                case "http", "https" -> externalResolution(url);
                default -> Resolution.FINE; // tel:, data:, and the like name nothing to resolve
            };
        }
        if (url.startsWith("//")) {
            return externalResolution("https:" + url);
        }
        Target target;
        try {
            target = resolve(pagePath, url);
        } catch (IllegalArgumentException e) {
            return Resolution.broken(Kind.MALFORMED_URL, e.getMessage());
        }
        if (target == null) {
            return Resolution.broken(Kind.OUTSIDE_SITE, url.startsWith("/") && !url.startsWith(basePath)
                    ? "root-relative link outside the base path " + basePath : "climbs out of the site root");
        }
        String path = target.path();
        if (site.directories().contains(path)) {
            String index = path.isEmpty() ? INDEX : path + "/" + INDEX;
            if (!site.files().contains(index)) {
                return Resolution.broken(Kind.DIRECTORY_WITHOUT_INDEX,
                        "folder " + path + "/ has no " + INDEX + ", and a web server lists no folders");
            }
            path = index;
        } else if (!site.files().contains(path) || target.directory()) {
            String actual = site.byLowerCase().get(path.toLowerCase(Locale.ROOT));
            if (actual != null && !actual.equals(path)) {
                return Resolution.broken(Kind.CASE_MISMATCH, "links to " + path + " but the site spells it " + actual);
            }
            return Resolution.broken(Kind.MISSING_FILE, site.files().contains(path)
                    ? path + " is a file, not a folder" : path + " does not exist");
        }
        return new Resolution(null, null, pageIds.getOrDefault(path, -1), target.fragment(), null);
    }

    /** An empty fragment and "top" lead to the top of any page (HTML spec, "find a potential indicated element"). */
    private static boolean hasFragment(Set<String> ids, String raw) {
        if (raw.isEmpty() || ids.contains(raw)) {
            return true;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = raw; // browsers try the raw fragment first, and so did we
        }
        return ids.contains(decoded) || decoded.equalsIgnoreCase("top");
    }

    private static Resolution externalResolution(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Resolution.broken(Kind.MALFORMED_URL, e.getReason() + " at index " + e.getIndex());
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            return Resolution.broken(Kind.MALFORMED_URL, "no host in " + url);
        }
        // The fragment stays in the browser: the server is asked for the address without it.
        int hash = url.indexOf('#');
        return new Resolution(null, null, -1, null, hash < 0 ? uri : URI.create(url.substring(0, hash)));
    }

    /**
     * Resolves a relative or root-relative URL against the page it is in, the query dropped and the
     * path percent-decoded. Null when it climbs out of the site root or lies outside the base path.
     */
    private Target resolve(String pagePath, String url) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        String rest = hash < 0 ? url : url.substring(0, hash);
        int query = rest.indexOf('?');
        String rawPath = query < 0 ? rest : rest.substring(0, query);
        if (rawPath.isEmpty()) {
            return new Target(pagePath, false, fragment);
        }
        String path = decode(rawPath);
        Deque<String> parts = new ArrayDeque<>();
        if (path.startsWith("/")) {
            if (!(path + "/").startsWith(basePath)) {
                return null;
            }
            path = path.substring(Math.min(path.length(), basePath.length()));
        } else {
            String[] dirs = pagePath.split("/");
            for (int i = 0; i < dirs.length - 1; i++) {
                parts.addLast(dirs[i]);
            }
        }
        String[] segments = path.split("/", -1);
        for (String part : segments) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String last = segments[segments.length - 1];
        boolean directory = last.isEmpty() || last.equals(".") || last.equals("..");
        return new Target(String.join("/", parts), directory, fragment);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad percent-encoding in " + text);
        }
    }

    /** Asks each distinct address once, then reports every link that names a failing one. */
    private List<Found> externalFindings(List<ReadPage> pages, Path root) {
        Set<URI> urls = new LinkedHashSet<>();
        pages.forEach(page -> page.pending().stream().map(p -> p.resolution().external()).filter(u -> u != null).forEach(urls::add));
        Map<URI, String> failures = new ExternalLinks(external.withDefaultCache(root)).failures(urls);
        List<Found> found = new ArrayList<>();
        for (ReadPage page : pages) {
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
    private static List<BrokenLink> orphans(List<String> paths, Map<String, Integer> pageIds, List<ReadPage> pages) {
        Integer start = pageIds.get(INDEX);
        if (start == null) {
            return List.of();
        }
        boolean[] reached = new boolean[pages.size()];
        reached[start] = true;
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (int next : pages.get(queue.removeFirst()).reaches()) {
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
                        "no page reachable from " + INDEX + " links here", ""));
            }
        }
        return orphans;
    }
}
