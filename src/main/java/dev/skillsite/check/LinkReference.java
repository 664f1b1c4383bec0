package dev.skillsite.check;

/**
 * A URL found in a page: the attribute it came from, the element's position in the HTML file, and
 * the markdown line it was rendered from ({@code reference/x.md:12}) when the page says so, else empty.
 */
record LinkReference(String url, String attribute, int line, int column, String source) {
}
