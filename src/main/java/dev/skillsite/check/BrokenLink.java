package dev.skillsite.check;

import dev.skillsite.site.SourceLine;

/**
 * One finding of the link check: which page, where in it (1-based line and column of the element),
 * the URL as written, what is wrong, and in words why.
 *
 * @param page    the HTML file, relative to the site root, with forward slashes
 * @param source  the markdown file and line the link was rendered from, as the page's {@link SourceLine}
 *                attribute says; null for a link a template or another tool wrote
 */
public record BrokenLink(String page, int line, int column, String url, Kind kind, String message, SourceLine source) {

    /** What is wrong; orphans are warnings, everything else fails the check. */
    public enum Kind {
        MISSING_FILE("missing file"),
        MISSING_FRAGMENT("missing fragment"),
        CASE_MISMATCH("letter case differs"),
        DIRECTORY_WITHOUT_INDEX("directory without index.html"),
        OUTSIDE_SITE("leaves the site root"),
        EMPTY_URL("empty URL"),
        JAVASCRIPT_URL("javascript: URL"),
        EMPTY_MAILTO("mailto: without address"),
        MALFORMED_URL("malformed URL"),
        EXTERNAL_UNREACHABLE("external URL fails"),
        ORPHAN_PAGE("page nothing links to");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isError() {
            return this != ORPHAN_PAGE;
        }
    }

    public BrokenLink withSource(SourceLine source) {
        return new BrokenLink(page, line, column, url, kind, message, source);
    }

    @Override
    public String toString() {
        return page + ":" + line + ":" + column + ": " + kind.label() + ": " + message
                + (source == null ? "" : " (from " + source.value() + ")");
    }
}
