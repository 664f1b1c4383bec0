package dev.skillsite.check;

import dev.skillsite.check.BrokenLink.Kind;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Proves that every link of a folder of HTML resolves: the target file exists with exactly that
 * letter case (GitHub Pages is case-sensitive even where a laptop's disk is not), a folder only
 * through its {@code index.html}, and every {@code #fragment} matches an id of the target page.
 * Links to other sites are checked for syntax, and over the network when {@link ExternalOptions}
 * are given. Pages are parsed in parallel; files, ids and links are held in hash maps, so the
 * check grows linearly with the number of links.
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
        Path root = siteRoot.toAbsolutePath().normalize();
        Site site = index(root);
        List<CheckedPage> pages = site.files().stream().filter(f -> f.endsWith(".html") || f.endsWith(".htm")).sorted()
                .toList().parallelStream()
                .map(path -> {
                    try {
                        return PageScanner.scan(root.resolve(path), path);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + path, e);
                    }
                }).toList();
        pages.forEach(p -> site.pages().put(p.path(), p));

        List<Outcome> outcomes = pages.parallelStream()
                .flatMap(page -> page.links().stream().map(link -> outcome(site, page, link))).toList();
        List<BrokenLink> findings = new ArrayList<>();
        outcomes.stream().filter(o -> o.finding() != null).forEach(o -> findings.add(o.finding()));
        if (external != null) {
            findings.addAll(externalFindings(outcomes, root));
        }
        findings.addAll(orphans(site, outcomes));
        findings.sort(Comparator.comparing(BrokenLink::page).thenComparingInt(BrokenLink::line)
                .thenComparingInt(BrokenLink::column).thenComparing(BrokenLink::url).thenComparing(BrokenLink::kind));
        return new CheckReport(findings, pages.size(), outcomes.size());
    }

    /**
     * Every file and folder under the root, by its exact name and by its lower-cased name (to tell a
     * letter-case mismatch from a missing file); the pages are filled in once parsed.
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
        return new Site(files, directories, byLowerCase, new HashMap<>());
    }

    private record Site(Set<String> files, Set<String> directories, Map<String, String> byLowerCase,
                        Map<String, CheckedPage> pages) {
    }

    /** Where a link leads inside the site: a path ("" for the root), whether it names a folder, and a fragment. */
    private record Target(String path, boolean directory, String fragment) {
    }

    /**
     * What one link turned out to be: a finding or not, the page of this site it reaches (for the
     * orphan search), or the address on another site it names (for {@code --external}).
     */
    private record Outcome(CheckedPage page, LinkReference link, BrokenLink finding, String reaches, URI external) {
        static Outcome broken(CheckedPage page, LinkReference link, Kind kind, String message) {
            return new Outcome(page, link, LinkChecker.finding(page, link, kind, message), null, null);
        }

        static Outcome fine(CheckedPage page, LinkReference link) {
            return new Outcome(page, link, null, null, null);
        }
    }

    private Outcome outcome(Site site, CheckedPage page, LinkReference link) {
        String url = link.url().strip();
        if (url.isEmpty()) {
            return Outcome.broken(page, link, Kind.EMPTY_URL, "the " + link.attribute() + " attribute is empty");
        }
        var scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
                case "javascript" -> Outcome.broken(page, link, Kind.JAVASCRIPT_URL,
                        "javascript: URLs do nothing without scripts and break under a strict content security policy");
                case "mailto" -> url.substring("mailto:".length()).replaceFirst("\\?.*", "").isBlank()
                        ? Outcome.broken(page, link, Kind.EMPTY_MAILTO, "mailto: names no address") : Outcome.fine(page, link);
                case "http", "https" -> externalOutcome(page, link, url);
                default -> Outcome.fine(page, link); // tel:, data:, and the like name nothing to resolve
            };
        }
        if (url.startsWith("//")) {
            return externalOutcome(page, link, "https:" + url);
        }
        Target target;
        try {
            target = resolve(page.path(), url);
        } catch (IllegalArgumentException e) {
            return Outcome.broken(page, link, Kind.MALFORMED_URL, e.getMessage());
        }
        if (target == null) {
            return Outcome.broken(page, link, Kind.OUTSIDE_SITE, url.startsWith("/") && !url.startsWith(basePath)
                    ? "root-relative link outside the base path " + basePath : "climbs out of the site root");
        }
        String path = target.path();
        if (site.directories().contains(path)) {
            String index = path.isEmpty() ? INDEX : path + "/" + INDEX;
            if (!site.files().contains(index)) {
                return Outcome.broken(page, link, Kind.DIRECTORY_WITHOUT_INDEX,
                        "folder " + path + "/ has no " + INDEX + ", and a web server lists no folders");
            }
            path = index;
        } else if (!site.files().contains(path) || target.directory()) {
            String actual = site.byLowerCase().get(path.toLowerCase(Locale.ROOT));
            if (actual != null && !actual.equals(path)) {
                return Outcome.broken(page, link, Kind.CASE_MISMATCH, "links to " + path + " but the site spells it " + actual);
            }
            return Outcome.broken(page, link, Kind.MISSING_FILE, site.files().contains(path)
                    ? path + " is a file, not a folder" : path + " does not exist");
        }
        CheckedPage targetPage = site.pages().get(path);
        if (targetPage == null || target.fragment() == null || hasFragment(targetPage, target.fragment())) {
            return new Outcome(page, link, null, path, null);
        }
        // The page itself resolves, so it still counts as reached.
        return new Outcome(page, link, finding(page, link, Kind.MISSING_FRAGMENT,
                targetPage.path() + " has no element with id \"" + target.fragment() + "\""), path, null);
    }

    /** An empty fragment and "top" lead to the top of any page (HTML spec, "find a potential indicated element"). */
    private static boolean hasFragment(CheckedPage page, String raw) {
        if (raw.isEmpty() || page.ids().contains(raw)) {
            return true;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = raw; // browsers try the raw fragment first, and so did we
        }
        return page.ids().contains(decoded) || decoded.equalsIgnoreCase("top");
    }

    private Outcome externalOutcome(CheckedPage page, LinkReference link, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Outcome.broken(page, link, Kind.MALFORMED_URL, e.getReason() + " at index " + e.getIndex());
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            return Outcome.broken(page, link, Kind.MALFORMED_URL, "no host in " + url);
        }
        // The fragment stays in the browser: the server is asked for the address without it.
        int hash = url.indexOf('#');
        return new Outcome(page, link, null, null, hash < 0 ? uri : URI.create(url.substring(0, hash)));
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
    private List<BrokenLink> externalFindings(List<Outcome> outcomes, Path root) {
        Set<URI> urls = new LinkedHashSet<>();
        outcomes.stream().filter(o -> o.external() != null).forEach(o -> urls.add(o.external()));
        Map<URI, String> failures = new ExternalLinks(external.withDefaultCache(root)).failures(urls);
        return outcomes.stream().filter(o -> o.external() != null && failures.containsKey(o.external()))
                .map(o -> finding(o.page(), o.link(), Kind.EXTERNAL_UNREACHABLE, failures.get(o.external()))).toList();
    }

    /** Pages no link reaches from index.html, following internal links only. 404.html stands alone by design. */
    private static List<BrokenLink> orphans(Site site, List<Outcome> outcomes) {
        if (!site.pages().containsKey(INDEX)) {
            return List.of();
        }
        Map<String, List<String>> edges = new HashMap<>();
        outcomes.stream().filter(o -> o.reaches() != null)
                .forEach(o -> edges.computeIfAbsent(o.page().path(), k -> new ArrayList<>()).add(o.reaches()));
        Set<String> reached = new HashSet<>(List.of(INDEX));
        Deque<String> queue = new ArrayDeque<>(reached);
        while (!queue.isEmpty()) {
            for (String next : edges.getOrDefault(queue.removeFirst(), List.of())) {
                if (reached.add(next)) {
                    queue.addLast(next);
                }
            }
        }
        Set<String> orphans = new TreeSet<>(site.pages().keySet());
        orphans.removeAll(reached);
        orphans.remove(NOT_FOUND_PAGE);
        return orphans.stream().map(p -> new BrokenLink(p, 1, 1, "", Kind.ORPHAN_PAGE,
                "no page reachable from " + INDEX + " links here", "")).toList();
    }

    private static BrokenLink finding(CheckedPage page, LinkReference link, Kind kind, String message) {
        return new BrokenLink(page.path(), link.line(), link.column(), link.url(), kind, message, link.source());
    }
}
