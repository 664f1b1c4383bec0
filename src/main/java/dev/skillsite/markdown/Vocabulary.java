package dev.skillsite.markdown;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word a build's pages use, each with a number: a page's {@link SearchWords} are numbers in it. The
 * search index reads every page's words on every build, millions at 10,000 pages; by number they lead
 * straight to an array slot, where by text each cost a lookup in a map of all words. A build starts from
 * a copy of the last build's vocabulary ({@link #extended()}), so the words of the pages it takes from the
 * cache keep their numbers, and numbers the words of the pages it renders anew, from several threads at
 * once. Once the build's cache holds it, nothing adds to it.
 */
public final class Vocabulary implements Serializable {
    public static final Vocabulary EMPTY = new Vocabulary(new String[0], 0);

    /**
     * The numbers of the words this vocabulary was made with, never changed after: every copy {@link #extended()}
     * from it shares this map rather than copying every word's number on every build.
     */
    private final Map<String, Integer> made;
    /** The numbers of the words added since. */
    private final Map<String, Integer> added;
    /** Words by number; replaced by a longer copy when full. */
    private volatile String[] words;
    /** Guarded by this. */
    private int size;

    private Vocabulary(String[] words, int size) {
        this.words = words;
        this.size = size;
        Map<String, Integer> numbers = new HashMap<>(Math.max(16, 2 * size));
        for (int i = 0; i < size; i++) {
            numbers.put(words[i], i);
        }
        this.made = numbers;
        this.added = new ConcurrentHashMap<>();
    }

    private Vocabulary(String[] words, int size, Map<String, Integer> made, Map<String, Integer> added) {
        this.words = words;
        this.size = size;
        this.made = made;
        this.added = new ConcurrentHashMap<>(added);
    }

    /** A copy to add words to: the same words under the same numbers. */
    public Vocabulary extended() {
        synchronized (this) {
            return new Vocabulary(Arrays.copyOf(words, Math.max(16, size + size / 4)), size, made, added);
        }
    }

    /** The word's number, adding the word when it is new. */
    int numberOf(String word) {
        int found = find(word);
        if (found >= 0) {
            return found;
        }
        if (this == EMPTY) {
            throw new IllegalStateException("the empty vocabulary is shared by every build: add words to a copy (extended())");
        }
        synchronized (this) {
            Integer number = added.get(word);
            if (number != null) {
                return number;
            }
            if (size == words.length) {
                words = Arrays.copyOf(words, Math.max(16, 2 * size));
            }
            // The word is in place before its number can be found: whoever finds the number reads it there.
            words[size] = word;
            added.put(word, size);
            return size++;
        }
    }

    /** The word's number, or -1 when it holds no such word. */
    public int find(String word) {
        Integer number = made.get(word);
        if (number == null) {
            number = added.get(word);
        }
        return number == null ? -1 : number;
    }

    /** The word with this number. */
    public String word(int number) {
        return words[number];
    }

    /** How many words there are, numbered from 0. */
    public synchronized int size() {
        return size;
    }

    /**
     * The same words with only those numbered {@code true} in {@code kept}, in their order: {@code renumbered}
     * is given each old number's new one (-1 for a word left out).
     */
    synchronized Vocabulary keeping(boolean[] kept, int[] renumbered) {
        String[] left = new String[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            renumbered[i] = kept[i] ? count : -1;
            if (kept[i]) {
                left[count++] = words[i];
            }
        }
        return new Vocabulary(left, count);
    }

    private synchronized Object writeReplace() {
        return new Stored(String.join(" ", Arrays.asList(words).subList(0, size)));
    }

    /** The words as the cache holds them: one string, space-separated (a word never holds a space). */
    private record Stored(String words) implements Serializable {
        private Object readResolve() throws InvalidObjectException {
            String[] split = words.isEmpty() ? new String[0] : words.split(" ");
            if (Arrays.stream(split).anyMatch(String::isEmpty)) {
                throw new InvalidObjectException("an empty word");
            }
            return new Vocabulary(split, split.length);
        }
    }
}
