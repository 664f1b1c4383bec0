package dev.skillsite.check;

import dev.skillsite.check.BrokenLink.Kind;
import dev.skillsite.site.Href;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * What a URL in a page of the site leads to, as a static web server such as GitHub Pages serves it:
 * pure code over the list of the site's files, so every rule is testable without a folder of HTML.
 * A file must exist with exactly the URL's letter case, a folder resolves only through its
 * {@code index.html}, percent-encoding is decoded and {@code ?query} ignored, and neither a relative
 * link nor a root-relative one may leave the site.
 */
final class LinkResolver {
    static final String INDEX = "index.html";

    private final String basePath;
    private final SiteFiles files;

    /**
     * @param basePath the path the site is served under, such as {@code /my-skill/}; {@code /} for a domain root
     * @param files    every file and folder of the site
     */
    LinkResolver(String basePath, SiteFiles files) {
        String base = basePath == null || basePath.isBlank() ? "/" : basePath.strip();
        base = base.startsWith("/") ? base : "/" + base;
        this.basePath = base.endsWith("/") ? base : base + "/";
        this.files = files;
    }

    /**
     * What a URL turned out to be: broken ({@code kind} and {@code message} set), or fine: leading to a
     * file of this site ({@code target}, its path from the site root) with a {@code fragment} still to look
     * up when not null, to an address on another site ({@code external}), or to nothing that needs
     * resolving ({@code tel:}, {@code data:}).
     */
    record Resolution(Kind kind, String message, String target, String fragment, URI external) {
        static final Resolution FINE = new Resolution(null, null, null, null, null);

        static Resolution broken(Kind kind, String message) {
            return new Resolution(kind, message, null, null, null);
        }

        boolean isBroken() {
            return kind != null;
        }
    }

    /** What {@code url} means on the page at {@code page}; the same for every page of one folder unless it leads to the page itself. */
    Resolution resolve(String page, String url) {
        Href href = Href.of(url);
        return switch (href.kind()) {
            case EMPTY -> Resolution.broken(Kind.EMPTY_URL, "the URL is empty");
            case SCHEME -> switch (href.scheme()) {
                case "javascript" -> Resolution.broken(Kind.JAVASCRIPT_URL,
                        "javascript: URLs do nothing without scripts and break under a strict content security policy");
                case "mailto" -> href.path().substring("mailto:".length()).replaceFirst("\\?.*", "").isBlank()
                        ? Resolution.broken(Kind.EMPTY_MAILTO, "mailto: names no address") : Resolution.FINE;
                case "http", "https" -> external(url.strip());
                default -> Resolution.FINE; // tel:, data:, and the like name nothing to resolve
            };
            case NETWORK_PATH -> external("https:" + url.strip());
            case SAME_PAGE -> new Resolution(null, null, page, href.fragment(), null);
            case ROOT_RELATIVE, RELATIVE -> inside(page, href);
        };
    }

    /** A link to a file of this site: it must stay inside, and name a file or a folder with an index.html. */
    private Resolution inside(String page, Href href) {
        String path;
        try {
            path = path(page, href);
        } catch (IllegalArgumentException e) {
            return Resolution.broken(Kind.MALFORMED_URL, e.getMessage());
        }
        if (path == null) {
            return Resolution.broken(Kind.OUTSIDE_SITE, href.kind() == Href.Kind.ROOT_RELATIVE
                    ? "root-relative link outside the base path " + basePath : "climbs out of the site root");
        }
        String last = href.path().substring(href.path().lastIndexOf('/') + 1);
        boolean asFolder = last.isEmpty() || last.equals(".") || last.equals("..");
        if (files.directories().contains(path)) {
            String index = path.isEmpty() ? INDEX : path + "/" + INDEX;
            if (!files.files().contains(index)) {
                return Resolution.broken(Kind.DIRECTORY_WITHOUT_INDEX,
                        "folder " + path + "/ has no " + INDEX + ", and a web server lists no folders");
            }
            path = index;
        } else if (!files.files().contains(path) || asFolder) {
            String actual = files.byLowerCase().get(path.toLowerCase(Locale.ROOT));
            if (actual != null && !actual.equals(path)) {
                return Resolution.broken(Kind.CASE_MISMATCH, "links to " + path + " but the site spells it " + actual);
            }
            return Resolution.broken(Kind.MISSING_FILE, files.files().contains(path)
                    ? path + " is a file, not a folder" : path + " does not exist");
        }
        return new Resolution(null, null, path, href.fragment(), null);
    }

    /**
     * The site path a relative or root-relative link names, percent-decoded; null when it climbs out of
     * the site root or lies outside the base path.
     */
    private String path(String page, Href href) {
        String path = href.decodedPath();
        Deque<String> parts = new ArrayDeque<>();
        if (href.kind() == Href.Kind.ROOT_RELATIVE) {
            if (!(path + "/").startsWith(basePath)) {
                return null;
            }
            path = path.substring(Math.min(path.length(), basePath.length()));
        } else {
            String[] folders = page.split("/");
            for (int i = 0; i < folders.length - 1; i++) {
                parts.addLast(folders[i]);
            }
        }
        for (String part : path.split("/", -1)) {
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
        return String.join("/", parts);
    }

    /** An empty fragment and "top" lead to the top of any page (HTML spec, "find a potential indicated element"). */
    static boolean hasFragment(Set<String> ids, String raw) {
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

    private static Resolution external(String url) {
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
        return new Resolution(null, null, null, null, hash < 0 ? uri : URI.create(url.substring(0, hash)));
    }
}
