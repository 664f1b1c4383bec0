package dev.skillsite.cache;

/**
 * Text with the cache key of what it was made from. The key of anything that holds it is made of that key,
 * not of the text: a page's HTML is tens of kilobytes, and hashing it for every page on every build cost more
 * than rendering the pages that changed, where the key of its markdown and link targets is already at hand.
 * Whoever makes one vouches that equal keys mean equal text.
 */
public record KeyedText(String key, String text) {
}
