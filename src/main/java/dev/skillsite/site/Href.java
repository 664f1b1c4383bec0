package dev.skillsite.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A URL as a link writes it, split the one way every stage reads it: the markdown stage rewrites
 * relative links between files, the link check resolves what a page references, and both leave links
 * to other sites to their own rules.
 *
 * @param kind     what the URL leads to, judged from its form alone
 * @param scheme   lower case, for {@link Kind#SCHEME} URLs ({@code https}, {@code mailto}); else empty
 * @param path     the part before {@code ?} and {@code #}, still percent-encoded; empty for {@link Kind#SAME_PAGE}
 * @param fragment the part after {@code #}, or null when there is no {@code #}
 */
public record Href(String url, Kind kind, String scheme, String path, String fragment) {

    public enum Kind {
        /** Nothing at all: {@code href=""}. */
        EMPTY,
        /** {@code https://…}, {@code mailto:…}, {@code data:…}: another site, or no document at all. */
        SCHEME,
        /** {@code //host/path}: another site, over the page's own protocol. */
        NETWORK_PATH,
        /** {@code /path}: from the root of the server the site is served from. */
        ROOT_RELATIVE,
        /** {@code path}, {@code ../path}: from the folder of the page that links. */
        RELATIVE,
        /** {@code #id}, {@code ?query#id}: the page that links, itself. */
        SAME_PAGE
    }

    public static Href of(String url) {
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
            return new Href(url, Kind.EMPTY, "", "", null);
        }
        int hash = trimmed.indexOf('#');
        String fragment = hash < 0 ? null : trimmed.substring(hash + 1);
        String beforeFragment = hash < 0 ? trimmed : trimmed.substring(0, hash);
        int colon = schemeEnd(trimmed);
        if (colon > 0) {
            return new Href(url, Kind.SCHEME, trimmed.substring(0, colon).toLowerCase(Locale.ROOT), beforeFragment, fragment);
        }
        int query = beforeFragment.indexOf('?');
        String path = query < 0 ? beforeFragment : beforeFragment.substring(0, query);
        Kind kind = path.startsWith("//") ? Kind.NETWORK_PATH
                : path.startsWith("/") ? Kind.ROOT_RELATIVE
                : path.isEmpty() ? Kind.SAME_PAGE
                : Kind.RELATIVE;
        return new Href(url, kind, "", path, fragment);
    }

    /**
     * Where the URL's scheme ends, at its colon, or -1 when it has none: a letter, then letters, digits,
     * {@code +}, {@code .} and {@code -}, then {@code :} (RFC 3986). Checked by hand: every link of every page is
     * read here, and a regular expression's matcher costs more than the link's own resolution.
     */
    private static int schemeEnd(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The path with its percent-encoding decoded, as a server or a file system reads it: {@code a%20b.md}
     * names the file {@code a b.md}. A {@code +} stays a plus: it means a space only in a query.
     *
     * @throws IllegalArgumentException when the encoding is broken ({@code %zz})
     */
    public String decodedPath() {
        if (path.indexOf('%') < 0) {
            return path; // nothing encoded; and a plus stays a plus
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad percent-encoding in " + path);
        }
    }

    /** Leads to another site: a scheme or a network path. */
    public boolean isExternal() {
        return kind == Kind.SCHEME || kind == Kind.NETWORK_PATH;
    }

    /** Has a fragment that names something ({@code #} alone names nothing). */
    public boolean hasFragment() {
        return fragment != null && !fragment.isEmpty();
    }
}
