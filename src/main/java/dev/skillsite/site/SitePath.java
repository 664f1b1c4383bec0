package dev.skillsite.site;

import java.io.Serializable;

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

    @Override
    public int compareTo(SitePath other) {
        return path.compareTo(other.path);
    }

    @Override
    public String toString() {
        return path;
    }
}
