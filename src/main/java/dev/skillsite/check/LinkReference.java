package dev.skillsite.check;

/** A URL found in a page: the attribute it came from and the element's position in the HTML file. */
record LinkReference(String url, String attribute, int line, int column, String sourceHint) {
}
