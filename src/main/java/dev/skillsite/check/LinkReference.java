package dev.skillsite.check;

import dev.skillsite.site.SourceLine;

/**
 * A URL found in a page: the attribute it came from, the element's position in the HTML file, and the
 * markdown line it was rendered from when the page says so (else null).
 */
record LinkReference(String url, String attribute, int line, int column, SourceLine source) {
    /** A link read without positions: what a check keeps, and finds again by place when it must report it. */
    static LinkReference unplaced(String url, String attribute) {
        return new LinkReference(url, attribute, 0, 0, null);
    }
}
