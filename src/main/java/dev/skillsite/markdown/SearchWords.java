package dev.skillsite.markdown;

import dev.skillsite.cache.Packed;
import dev.skillsite.search.SearchText;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The words of a page's body that search can match, each with how often it occurs (search weighs a word a
 * page uses often above one it mentions once). Taken once per topic file while it is rendered, so a build
 * that reuses the topic reuses its words too: splitting text was the largest cost of the index. Each word
 * is its number in the build's {@link Vocabulary}, so the words are two arrays of numbers: in memory, where
 * at 10,000 pages they are a large part of what a build keeps, and in the cache, which holds each word's
 * text once, in the vocabulary.
 */
public final class SearchWords implements Serializable {
    private final int[] words;
    private final int[] counts;

    private SearchWords(int[] words, int[] counts) {
        if (words.length != counts.length) {
            throw new IllegalArgumentException("a count per word");
        }
        this.words = words;
        this.counts = counts;
    }

    /** The words of a text as {@link SearchText#words} splits them, each distinct word once with its count. */
    static SearchWords of(String text, Vocabulary vocabulary) {
        Map<String, int[]> counted = new HashMap<>();
        SearchText.forEachWord(text, word -> counted.computeIfAbsent(word, w -> new int[1])[0]++);
        int[] words = new int[counted.size()];
        int[] counts = new int[words.length];
        int i = 0;
        for (Map.Entry<String, int[]> word : counted.entrySet()) {
            words[i] = vocabulary.numberOf(word.getKey());
            counts[i++] = word.getValue()[0];
        }
        return new SearchWords(words, counts);
    }

    /** How many distinct words the text had. */
    public int distinct() {
        return words.length;
    }

    /** The number, in the build's vocabulary, of the {@code i}th distinct word (in no particular order). */
    public int word(int i) {
        return words[i];
    }

    /** How often the {@code i}th distinct word occurs. */
    public int count(int i) {
        return counts[i];
    }

    /** How many words the text had, counting repeats: the length search weighs a page's counts against. */
    public int total() {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }

    /** The same words numbered as {@code renumbered} says, old number to new. */
    SearchWords renumbered(int[] renumbered) {
        int[] numbers = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            numbers[i] = renumbered[words[i]];
        }
        return new SearchWords(numbers, counts);
    }

    private Object writeReplace() {
        return Stored.of(this);
    }

    /**
     * The words as a cache file holds them: the numbers, then the counts, {@link Packed} in one byte array,
     * which serialization copies whole (an int array it reads one int at a time: at 10,000 pages, six million
     * of them on every build). Read back through the constructor, so that the arrays are checked.
     */
    private record Stored(byte[] ints) implements Serializable {
        static Stored of(SearchWords words) {
            int count = words.words.length;
            return new Stored(new Packed.Writer(2 * Integer.BYTES * count).numbers(words.words, count)
                    .numbers(words.counts, count).bytes());
        }

        private Object readResolve() throws InvalidObjectException {
            Packed.Reader read = new Packed.Reader(ints);
            if (read.remaining() % (2 * Integer.BYTES) != 0) {
                throw new InvalidObjectException("a count per word");
            }
            int count = read.remaining() / (2 * Integer.BYTES);
            return new SearchWords(read.numbers(count), read.numbers(count));
        }
    }

    /** Whether every word's number is below {@code size}: in a vocabulary of that many words. */
    boolean allBelow(int size) {
        for (int word : words) {
            if (word < 0 || word >= size) {
                return false;
            }
        }
        return true;
    }

    /** Marks the words' numbers in {@code used}. */
    public void markIn(boolean[] used) {
        for (int word : words) {
            used[word] = true;
        }
    }
}
