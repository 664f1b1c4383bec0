package dev.skillsite.cache;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Text with the cache key of what it was made from. The key of anything that holds it is made of that key,
 * not of the text: a page's HTML is tens of kilobytes, and hashing it for every page on every build cost more
 * than rendering the pages that changed, where the key of its markdown and link targets is already at hand.
 * Whoever makes one vouches that equal keys mean equal text, so two are equal when their keys are.
 * <p>
 * The text may be made only when it is asked for ({@link #of(String, Supplier)}): a build that takes a page
 * from the last build's site never reads its HTML or its markdown copy, only their keys.
 */
public final class KeyedText implements Keyed {
    private final String key;
    private final Supplier<String> text;

    private KeyedText(String key, Supplier<String> text) {
        this.key = Objects.requireNonNull(key);
        this.text = text;
    }

    public static KeyedText of(String key, String text) {
        Objects.requireNonNull(text);
        return new KeyedText(key, () -> text);
    }

    /** Text made by {@code text} each time it is asked for; it must make the same text every time. */
    public static KeyedText of(String key, Supplier<String> text) {
        return new KeyedText(key, text);
    }

    @Override
    public String key() {
        return key;
    }

    public String text() {
        return text.get();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyedText keyed && keyed.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "KeyedText[" + key + "]";
    }
}
