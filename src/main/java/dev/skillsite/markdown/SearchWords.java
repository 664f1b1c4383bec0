package dev.skillsite.markdown;

import dev.skillsite.search.SearchText;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * The words of a page's body that search can match, each with how often it occurs (search weighs a word a
 * page uses often above one it mentions once). Taken once per topic file while it is rendered, so a build
 * that reuses the topic reuses its words too: splitting text was the largest cost of the index. Held as
 * two arrays rather than a map: at 10,000 pages the words are a large part of what a build keeps in memory.
 * In the cache the words are one string, not an object each: millions of small objects made writing and
 * reading the cache slow.
 */
public final class SearchWords implements Serializable {
    private final String[] words;
    private final int[] counts;

    private SearchWords(String[] words, int[] counts) {
        this.words = words;
        this.counts = counts;
    }

    /** The words of a text as {@link SearchText#words} splits them, each distinct word once with its count. */
    static SearchWords of(String text) {
        Map<String, int[]> counted = new HashMap<>();
        SearchText.forEachWord(text, word -> counted.computeIfAbsent(word, w -> new int[1])[0]++);
        String[] words = counted.keySet().stream().sorted().toArray(String[]::new);
        int[] counts = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            counts[i] = counted.get(words[i])[0];
        }
        return new SearchWords(words, counts);
    }

    /** Each distinct word with its count, in sorted order. */
    public void forEach(ObjIntConsumer<String> action) {
        for (int i = 0; i < words.length; i++) {
            action.accept(words[i], counts[i]);
        }
    }

    /** How many distinct words the text had. */
    public int distinct() {
        return words.length;
    }

    private Object writeReplace() {
        return new Serialized(String.join(" ", words), counts);
    }

    /** The words as they are cached: space-separated (a word never holds a space), and their counts. */
    private record Serialized(String words, int[] counts) implements Serializable {
        private Object readResolve() throws InvalidObjectException {
            String[] split = words.isEmpty() ? new String[0] : words.split(" ");
            if (split.length != counts.length) {
                throw new InvalidObjectException("a count per word");
            }
            return new SearchWords(split, counts);
        }
    }

    /** How many words the text had, counting repeats: the length search weighs a page's counts against. */
    public int total() {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }
}
