package dev.skillsite.site;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Where a page lives in the built site, relative to its root: {@code index.html},
 * {@code architecture/index.html}, {@code architecture/event-loop.html}. Links between pages are
 * always made relative with {@link #hrefFrom}, so the site works from {@code file://} and under a
 * GitHub Pages project path alike.
 */
public record SitePath(String path) implements Comparable<SitePath>, Serializable {

    public static final SitePath LANDING = new SitePath("index.html");

    public SitePath {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("not a site-relative path: " + path);
        }
    }

    /** The prefix that leads from this page back to the site root: {@code ""} or {@code "../"}. */
    public String rootPath() {
        return "../".repeat(depth());
    }

    /** The folder the page lies in, ending in {@code /}: {@code glide-mq/} for {@code glide-mq/index.html}; empty at the root. */
    public String folder() {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /**
     * Adds the folders that a path of the site lies in to {@code folders}, by path without a trailing {@code /},
     * the nearest first and the root never; it stops at one already there, whose own folders are then there too.
     */
    public static void addFolders(String path, Set<String> folders) {
        for (int slash = path.lastIndexOf('/'); slash > 0 && folders.add(path.substring(0, slash)); ) {
            slash = path.lastIndexOf('/', slash - 1);
        }
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    /** The relative URL that leads from {@code from} to this page. */
    public String hrefFrom(SitePath from) {
        String[] source = from.path.split("/");
        String[] target = path.split("/");
        int common = 0;
        while (common < source.length - 1 && common < target.length - 1 && source[common].equals(target[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder("../".repeat(source.length - 1 - common));
        for (int i = common; i < target.length; i++) {
            href.append(target[i]);
            if (i < target.length - 1) {
                href.append('/');
            }
        }
        return href.toString();
    }

    /**
     * The page's address from the site's root, as a web server serves it: a folder's {@code index.html} is
     * left off ({@code architecture/} for {@code architecture/index.html}, {@code ""} for the landing page),
     * and every byte but letters, digits, {@code -._~} and {@code /} is percent-encoded
     * ({@code release%20notes.html}). The sitemap, canonical URLs and link previews all name a page by it,
     * so a page has one address wherever it is named.
     */
    public String address() {
        String served = path.equals("index.html") ? ""
                : path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        StringBuilder address = new StringBuilder(served.length());
        for (byte b : served.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                address.append(c);
            } else {
                address.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return address.toString();
    }

    /**
     * The page's absolute URL on a site published at {@code baseUrl} (ending in {@code /}): that address
     * followed by {@link #address()}; empty when the site's address is unknown.
     */
    public String urlUnder(String baseUrl) {
        return baseUrl.isEmpty() ? "" : baseUrl + address();
    }

    @Override
    public int compareTo(SitePath other) {
        return path.compareTo(other.path);
    }

    @Override
    public String toString() {
        return path;
    }
}
