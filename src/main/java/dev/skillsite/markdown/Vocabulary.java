package dev.skillsite.markdown;

import dev.skillsite.search.SearchText;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word a build's pages use, each with a number: a page's {@link SearchWords} are numbers in it. The
 * search index reads every page's words on every build, millions at 10,000 pages; by number they lead
 * straight to an array slot, where by text each cost a lookup in a map of all words. A build starts from
 * a copy of the last build's vocabulary ({@link #extended()}), so the words of the pages it takes from the
 * cache keep their numbers, and numbers the words of the pages it renders anew, from several threads at
 * once. Once the build's cache holds it, nothing adds to it.
 *
 * <p>It also keeps what the search index needs of its words from build to build, since the words change
 * little: each word's term ({@link SearchText#term}, a stem), the words in their text's order, and their
 * distinct terms in order. A build sorts only the words it added, and merges them in.
 */
public final class Vocabulary implements Serializable {
    public static final Vocabulary EMPTY = new Vocabulary(new String[0], new String[0], 0, null);

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
    /** Each word's term, by number: found once, when the word is added; replaced by a longer copy with the words. */
    private volatile String[] terms;
    /** What is known of the order of the first words, from an earlier build; null before any. */
    private final Order order;
    /** The orders as last found, guarded by this: once the build's cache holds the vocabulary, its words stay. */
    private int[] textOrder;
    private List<String> termOrder;
    private int termOrderSize;

    /**
     * The order of a vocabulary's first words, as far as an earlier build sorted them.
     *
     * @param words their numbers in their text's order
     * @param terms their distinct terms, sorted
     */
    private record Order(int[] words, String[] terms) {
    }

    private Vocabulary(String[] words, String[] terms, int size, Order order) {
        this.words = words;
        this.size = size;
        Map<String, Integer> numbers = new HashMap<>(Math.max(16, 2 * size));
        for (int i = 0; i < size; i++) {
            numbers.put(words[i], i);
        }
        this.made = numbers;
        this.added = new ConcurrentHashMap<>();
        this.terms = terms;
        this.order = order;
    }

    private Vocabulary(String[] words, int size, Map<String, Integer> made, Map<String, Integer> added, String[] terms, Order order) {
        this.words = words;
        this.size = size;
        this.made = made;
        this.added = new ConcurrentHashMap<>(added);
        this.terms = terms;
        this.order = order;
    }

    /** A copy to add words to: the same words under the same numbers. */
    public Vocabulary extended() {
        synchronized (this) {
            Order known = size == 0 ? null : new Order(inTextOrder(), termsInOrder().toArray(String[]::new));
            int room = Math.max(16, size + size / 4);
            return new Vocabulary(Arrays.copyOf(words, room), size, made, added, Arrays.copyOf(terms, room), known);
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
        String term = SearchText.term(word); // outside the lock: the pages are read on every core
        synchronized (this) {
            Integer number = added.get(word);
            if (number != null) {
                return number;
            }
            if (size == words.length) {
                words = Arrays.copyOf(words, Math.max(16, 2 * size));
                terms = Arrays.copyOf(terms, words.length);
            }
            // The word is in place before its number can be found: whoever finds the number reads it there.
            terms[size] = term;
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

    /** The term the word with this number is indexed by ({@link SearchText#term}). */
    public String term(int number) {
        return terms[number];
    }

    /** Every word's number, in the order of the words' text. */
    public synchronized int[] inTextOrder() {
        if (textOrder == null || textOrder.length != size) {
            int known = order == null ? 0 : order.words().length;
            // The words not in the known order are sorted as text (each word is unique), then merged in.
            String[] rest = Arrays.copyOfRange(words, known, size);
            Arrays.sort(rest);
            int[] merged = new int[size];
            int from = 0;
            int at = 0;
            for (String next : rest) {
                while (from < known && words[order.words()[from]].compareTo(next) < 0) {
                    merged[at++] = order.words()[from++];
                }
                merged[at++] = find(next);
            }
            while (from < known) {
                merged[at++] = order.words()[from++];
            }
            textOrder = merged;
        }
        return textOrder;
    }

    /** The distinct terms of the words, in order. */
    public synchronized List<String> termsInOrder() {
        if (termOrder == null || termOrderSize != size) {
            String[] known = order == null ? new String[0] : order.terms();
            Set<String> newTerms = new HashSet<>();
            for (int i = order == null ? 0 : order.words().length; i < size; i++) {
                String term = term(i);
                if (Arrays.binarySearch(known, term) < 0) {
                    newTerms.add(term);
                }
            }
            String[] rest = newTerms.toArray(String[]::new);
            Arrays.sort(rest);
            List<String> merged = new ArrayList<>(known.length + rest.length);
            int at = 0;
            for (String next : rest) {
                while (at < known.length && known[at].compareTo(next) < 0) {
                    merged.add(known[at++]);
                }
                merged.add(next);
            }
            merged.addAll(Arrays.asList(known).subList(at, known.length));
            termOrder = Collections.unmodifiableList(merged);
            termOrderSize = size;
        }
        return termOrder;
    }

    /**
     * The same words with only those numbered {@code true} in {@code kept}, in their order: {@code renumbered}
     * is given each old number's new one (-1 for a word left out).
     */
    synchronized Vocabulary keeping(boolean[] kept, int[] renumbered) {
        String[] left = new String[size];
        String[] leftTerms = new String[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            renumbered[i] = kept[i] ? count : -1;
            if (kept[i]) {
                leftTerms[count] = terms[i];
                left[count++] = words[i];
            }
        }
        return new Vocabulary(left, leftTerms, count, null);
    }

    private synchronized Object writeReplace() {
        return new Stored(String.join(" ", Arrays.asList(words).subList(0, size)), String.join(" ", Arrays.asList(terms).subList(0, size)),
                inTextOrder(), String.join(" ", termsInOrder()));
    }

    /**
     * The words as the cache holds them: one string, space-separated (a word never holds a space), their terms
     * likewise, the words' numbers in text order, and the distinct terms in order.
     */
    private record Stored(String words, String terms, int[] textOrder, String termOrder) implements Serializable {
        private Object readResolve() throws InvalidObjectException {
            String[] split = words.isEmpty() ? new String[0] : words.split(" ");
            if (Arrays.stream(split).anyMatch(String::isEmpty)) {
                throw new InvalidObjectException("an empty word");
            }
            String[] wordTerms = terms.isEmpty() ? new String[0] : terms.split(" ", -1);
            String[] sortedTerms = termOrder.isEmpty() ? new String[0] : termOrder.split(" ", -1);
            if (wordTerms.length != split.length || textOrder.length != split.length) {
                throw new InvalidObjectException("a term and a place in order for every word");
            }
            boolean[] seen = new boolean[split.length];
            for (int i = 0; i < textOrder.length; i++) {
                int number = textOrder[i];
                if (number < 0 || number >= split.length || seen[number]
                        || i > 0 && split[textOrder[i - 1]].compareTo(split[number]) >= 0) {
                    throw new InvalidObjectException("the words' order is not their text's");
                }
                seen[number] = true;
            }
            for (int i = 1; i < sortedTerms.length; i++) {
                if (sortedTerms[i - 1].compareTo(sortedTerms[i]) >= 0) {
                    throw new InvalidObjectException("the terms are not in order");
                }
            }
            return new Vocabulary(split, wordTerms, split.length, new Order(textOrder, sortedTerms));
        }
    }
}
