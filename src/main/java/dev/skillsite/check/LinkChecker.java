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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Proves that every link of a folder of HTML resolves: the target file exists with exactly that
 * letter case (GitHub Pages is case-sensitive even where a laptop's disk is not), a directory only
 * through its {@code index.html}, and every {@code #fragment} matches an id of the target page.
 * Pages are parsed in parallel; targets and ids are held in maps, so the check grows linearly with
 * the number of links.
 */
public final class LinkChecker {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> ACCEPTED_FRAGMENTS = Set.of("", "top");

    private final String basePath;

    /** @param basePath the path the site is served under, such as {@code /valkey-dev/}; {@code /} for a domain root */
    public LinkChecker(String basePath) {
        String base = basePath == null || basePath.isBlank() ? "/" : basePath.strip();
        base = base.startsWith("/") ? base : "/" + base;
        this.basePath = base.endsWith("/") ? base : base + "/";
    }

    public CheckReport check(Path siteRoot) {
        Path root = siteRoot.toAbsolutePath().normalize();
        Set<String> files = new HashSet<>();
        Map<String, String> byLowerCase = new HashMap<>();
        Set<String> directories = new HashSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> {
                String rel = relative(root, p);
                if (Files.isDirectory(p)) {
                    directories.add(rel);
                } else {
                    files.add(rel);
                    byLowerCase.putIfAbsent(rel.toLowerCase(Locale.ROOT), rel);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        List<CheckedPage> pages = files.stream().filter(f -> f.endsWith(".html") || f.endsWith(".htm")).sorted()
                .toList().parallelStream()
                .map(f -> {
                    try {
                        return PageScanner.scan(root.resolve(f), f);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + f, e);
                    }
                }).toList();
        Map<String, CheckedPage> pageByPath = new HashMap<>();
        pages.forEach(p -> pageByPath.put(p.path(), p));
        Site site = new Site(files, byLowerCase, directories, pageByPath);

        List<BrokenLink> findings = new ArrayList<>(pages.parallelStream()
                .flatMap(page -> page.links().stream().map(link -> check(site, page, link)).filter(f -> f != null))
                .toList());
        findings.addAll(orphans(site));
        findings.sort(Comparator.comparing(BrokenLink::page).thenComparingInt(BrokenLink::line)
                .thenComparingInt(BrokenLink::column).thenComparing(BrokenLink::url));
        int links = pages.stream().mapToInt(p -> p.links().size()).sum();
        return new CheckReport(findings, pages.size(), links);
    }

    private record Site(Set<String> files, Map<String, String> byLowerCase, Set<String> directories,
                        Map<String, CheckedPage> pages) {
    }

    /** Where a link leads inside the site: a file path (possibly a directory) and a fragment. */
    private record Target(String path, String fragment, boolean directory) {
    }

    private BrokenLink check(Site site, CheckedPage page, LinkReference link) {
        String url = link.url().strip();
        if (url.isEmpty()) {
            return finding(page, link, Kind.EMPTY_URL, "the " + link.attribute() + " attribute is empty");
        }
        var scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            return switch (name) {
                case "javascript" -> finding(page, link, Kind.JAVASCRIPT_URL, "javascript: URLs break without scripts and under a strict CSP");
                case "mailto" -> url.substring(7).isBlank() || url.substring(7).startsWith("?")
                        ? finding(page, link, Kind.EMPTY_MAILTO, "mailto: names no address") : null;
                case "http", "https" -> checkExternalSyntax(page, link, url);
                default -> null;
            };
        }
        if (url.startsWith("//")) {
            return checkExternalSyntax(page, link, "https:" + url);
        }
        Target target;
        try {
            target = resolve(page.path(), url);
        } catch (IllegalArgumentException e) {
            return finding(page, link, Kind.MALFORMED_URL, e.getMessage());
        }
        if (target == null) {
            return finding(page, link, Kind.OUTSIDE_SITE, "resolves outside the site root");
        }
        String path = target.path();
        if (path.equals(page.path()) && !target.directory()) {
            return checkFragment(page, link, page, target.fragment());
        }
        if (target.directory() || site.directories().contains(path)) {
            String index = path.isEmpty() ? "index.html" : path + "/index.html";
            if (!site.files().contains(index)) {
                return finding(page, link, Kind.DIRECTORY_WITHOUT_INDEX, "folder " + (path.isEmpty() ? "/" : path + "/") + " has no index.html");
            }
            path = index;
        } else if (!site.files().contains(path)) {
            String other = site.byLowerCase().get(path.toLowerCase(Locale.ROOT));
            if (other != null) {
                return finding(page, link, Kind.CASE_MISMATCH, "links to " + path + " but the file is " + other);
            }
            return finding(page, link, Kind.MISSING_FILE, path + " does not exist");
        }
        CheckedPage targetPage = site.pages().get(path);
        return targetPage == null ? null : checkFragment(page, link, targetPage, target.fragment());
    }

    private BrokenLink checkFragment(CheckedPage page, LinkReference link, CheckedPage target, String fragment) {
        if (fragment == null || ACCEPTED_FRAGMENTS.contains(fragment) || target.ids().contains(fragment)) {
            return null;
        }
        return finding(page, link, Kind.MISSING_FRAGMENT, target.path() + " has no element with id \"" + fragment + "\"");
    }

    private static BrokenLink checkExternalSyntax(CheckedPage page, LinkReference link, String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return finding(page, link, Kind.MALFORMED_URL, "no host in " + url);
            }
            return null;
        } catch (URISyntaxException e) {
            return finding(page, link, Kind.MALFORMED_URL, e.getReason() + " in " + url);
        }
    }

    /**
     * Resolves a relative or root-relative URL against the page it is in. Returns null when it climbs
     * out of the site root.
     */
    Target resolve(String pagePath, String url) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? null : decode(url.substring(hash + 1));
        String rest = hash < 0 ? url : url.substring(0, hash);
        int query = rest.indexOf('?');
        String rawPath = query < 0 ? rest : rest.substring(0, query);
        if (rawPath.isEmpty()) {
            return new Target(pagePath, fragment, false);
        }
        String path = decode(rawPath);
        boolean directory = path.endsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        if (path.startsWith("/")) {
            if (!(path + (directory ? "" : "/")).startsWith(basePath) && !path.equals(basePath.substring(0, basePath.length() - 1))) {
                return null;
            }
            path = path.length() >= basePath.length() ? path.substring(basePath.length()) : "";
        } else {
            String[] dirs = pagePath.split("/");
            for (int i = 0; i < dirs.length - 1; i++) {
                parts.addLast(dirs[i]);
            }
        }
        for (String part : path.split("/")) {
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
        return new Target(String.join("/", parts), fragment, directory || parts.isEmpty());
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad percent-encoding in " + text);
        }
    }

    /** Pages no link reaches from index.html, following internal links only. 404.html stands alone by design. */
    private List<BrokenLink> orphans(Site site) {
        if (!site.pages().containsKey("index.html")) {
            return List.of();
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        reached.add("index.html");
        while (!queue.isEmpty()) {
            CheckedPage page = site.pages().get(queue.removeFirst());
            for (LinkReference link : page.links()) {
                String url = link.url().strip();
                if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("//")) {
                    continue;
                }
                Target target;
                try {
                    target = resolve(page.path(), url);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (target == null) {
                    continue;
                }
                String path = target.directory() || site.directories().contains(target.path())
                        ? (target.path().isEmpty() ? "index.html" : target.path() + "/index.html") : target.path();
                if (site.pages().containsKey(path) && reached.add(path)) {
                    queue.addLast(path);
                }
            }
        }
        Set<String> orphans = new TreeSet<>(site.pages().keySet());
        orphans.removeAll(reached);
        orphans.remove("404.html");
        return orphans.stream().map(p -> new BrokenLink(p, 1, 1, "", Kind.ORPHAN_PAGE,
                "no page reachable from index.html links here", "")).toList();
    }

    private static BrokenLink finding(CheckedPage page, LinkReference link, Kind kind, String message) {
        return new BrokenLink(page.path(), link.line(), link.column(), link.url(), kind, message, link.sourceHint());
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
