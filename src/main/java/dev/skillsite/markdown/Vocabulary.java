package dev.skillsite.markdown;

import dev.skillsite.cache.Packed;
import dev.skillsite.search.SearchText;

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
 *
 * <p>It also keeps what the search index needs of its words from build to build, since the words change
 * little: each word's term ({@link SearchText#term}, a stem), numbered too, so that the index counts a term's
 * pages in an array; the words in their text's order; and the terms in theirs. A build sorts only the words
 * and terms it added, and merges them in.
 */
public final class Vocabulary implements Serializable {
    public static final Vocabulary EMPTY = new Vocabulary(Numbering.of(new String[0], 0), Numbering.of(new String[0], 0), new int[0], null);

    private final Numbering words;
    private final Numbering terms;
    /** Each word's term number, by word number; replaced by a longer copy with the words. */
    private volatile int[] termOf;
    /** What is known of the order of the first words and terms, from an earlier build; null before any. */
    private final Order order;
    /** The orders as last found, guarded by this: once the build's cache holds the vocabulary, its words stay. */
    private int[] wordOrder;
    private int[] termOrder;

    /**
     * The text order of a vocabulary's first words and terms, as far as an earlier build sorted them.
     *
     * @param words their numbers in their text's order
     * @param terms likewise
     */
    private record Order(int[] words, int[] terms) {
    }

    private Vocabulary(Numbering words, Numbering terms, int[] termOf, Order order) {
        this.words = words;
        this.terms = terms;
        this.termOf = termOf;
        this.order = order;
    }

    /** A copy to add words to: the same words and terms under the same numbers. */
    public synchronized Vocabulary extended() {
        Order known = words.size == 0 ? null : new Order(inTextOrder(), termsInOrder());
        int room = Math.max(16, words.size + words.size / 4);
        return new Vocabulary(words.extended(room), terms.extended(Math.max(16, terms.size + terms.size / 4)),
                Arrays.copyOf(termOf, room), known);
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
            int number = words.added(word);
            if (number >= 0) {
                return number;
            }
            int termNumber = terms.find(term);
            if (termNumber < 0) {
                termNumber = terms.add(term);
            }
            if (words.size == termOf.length) {
                termOf = Arrays.copyOf(termOf, Math.max(16, 2 * words.size));
            }
            // The term is in place before the word's number can be found: whoever finds the number reads it there.
            termOf[words.size] = termNumber;
            return words.add(word);
        }
    }

    /** The word's number, or -1 when it holds no such word. */
    public int find(String word) {
        return words.find(word);
    }

    /** The word with this number. */
    public String word(int number) {
        return words.text(number);
    }

    /** How many words there are, numbered from 0. */
    public synchronized int size() {
        return words.size;
    }

    /** The number of the term ({@link SearchText#term}) the word with this number is indexed by. */
    public int termOf(int word) {
        return termOf[word];
    }

    /** The term with this number. */
    public String term(int number) {
        return terms.text(number);
    }

    /** The term's number, or -1 when no word of this vocabulary has it. */
    public int findTerm(String term) {
        return terms.find(term);
    }

    /** How many terms there are, numbered from 0. */
    public synchronized int termCount() {
        return terms.size;
    }

    /** Every word's number, in the order of the words' text. */
    public synchronized int[] inTextOrder() {
        if (wordOrder == null || wordOrder.length != words.size) {
            wordOrder = words.inOrder(order == null ? new int[0] : order.words());
        }
        return wordOrder;
    }

    /** Every term's number, in the order of the terms' text. */
    public synchronized int[] termsInOrder() {
        if (termOrder == null || termOrder.length != terms.size) {
            termOrder = terms.inOrder(order == null ? new int[0] : order.terms());
        }
        return termOrder;
    }

    /**
     * The same words with only those numbered {@code true} in {@code kept}, in their order, and only the terms
     * they have: {@code renumbered} is given each old number's new one (-1 for a word left out).
     */
    synchronized Vocabulary keeping(boolean[] kept, int[] renumbered) {
        String[] leftWords = new String[words.size];
        int[] leftTermOf = new int[words.size];
        String[] leftTerms = new String[terms.size];
        int[] newTerm = new int[terms.size];
        Arrays.fill(newTerm, -1);
        int count = 0;
        int termCount = 0;
        for (int i = 0; i < words.size; i++) {
            renumbered[i] = kept[i] ? count : -1;
            if (kept[i]) {
                int term = termOf[i];
                if (newTerm[term] < 0) {
                    leftTerms[termCount] = terms.text(term);
                    newTerm[term] = termCount++;
                }
                leftTermOf[count] = newTerm[term];
                leftWords[count++] = words.text(i);
            }
        }
        return new Vocabulary(Numbering.of(leftWords, count), Numbering.of(leftTerms, termCount), leftTermOf, null);
    }

    private synchronized Object writeReplace() {
        int[] wordsInOrder = inTextOrder();
        int[] termsInOrder = termsInOrder();
        byte[] ints = new Packed.Writer(Integer.BYTES * (2 * words.size + terms.size)).numbers(termOf, words.size)
                .numbers(wordsInOrder, words.size).numbers(termsInOrder, terms.size).bytes();
        return new Stored(words.joined(), terms.joined(), ints);
    }

    /**
     * The vocabulary as the cache holds it: the words, space-separated in one string (a word never holds a
     * space), the terms likewise, and {@link Packed} in one byte array (which serialization copies whole,
     * where it reads an int array one int at a time) each word's term number, the words' numbers in text
     * order and the terms' numbers in text order.
     */
    private record Stored(String words, String terms, byte[] ints) implements Serializable {
        private Object readResolve() throws InvalidObjectException {
            String[] wordTexts = split(words);
            String[] termTexts = split(terms);
            if (ints.length != Integer.BYTES * (2 * wordTexts.length + termTexts.length)) {
                throw new InvalidObjectException("a term and a place in order for every word, a place for every term");
            }
            Packed.Reader read = new Packed.Reader(ints);
            int[] termOf = read.numbers(wordTexts.length);
            int[] wordOrder = read.numbers(wordTexts.length);
            int[] termOrder = read.numbers(termTexts.length);
            for (int term : termOf) {
                if (term < 0 || term >= termTexts.length) {
                    throw new InvalidObjectException("a word's term is not among the terms");
                }
            }
            checkOrder(wordTexts, wordOrder, "words");
            checkOrder(termTexts, termOrder, "terms");
            return new Vocabulary(Numbering.of(wordTexts, wordTexts.length), Numbering.of(termTexts, termTexts.length), termOf,
                    new Order(wordOrder, termOrder));
        }

        private static String[] split(String joined) throws InvalidObjectException {
            String[] split = joined.isEmpty() ? new String[0] : joined.split(" ", -1);
            if (Arrays.stream(split).anyMatch(String::isEmpty)) {
                throw new InvalidObjectException("an empty word or term");
            }
            return split;
        }

        /** That {@code order} numbers every text once, in strictly increasing order, so no text is there twice. */
        private static void checkOrder(String[] texts, int[] order, String what) throws InvalidObjectException {
            boolean[] seen = new boolean[texts.length];
            for (int i = 0; i < order.length; i++) {
                int number = order[i];
                if (number < 0 || number >= texts.length || seen[number]
                        || i > 0 && texts[order[i - 1]].compareTo(texts[number]) >= 0) {
                    throw new InvalidObjectException("the " + what + "' order is not their text's");
                }
                seen[number] = true;
            }
        }
    }

    /**
     * Texts numbered 0, 1, 2… in the order they were added, found by text. A copy for the next build shares the
     * maps of the numbers it was made with rather than copying them: those it was first made with ({@code made})
     * and those builds added since ({@code since}, merged into one map, which the edits of a preview keep
     * small); it adds to a map of its own. Added to under the vocabulary's lock; found without it.
     */
    private static final class Numbering {
        private final Map<String, Integer> made;
        private final Map<String, Integer> since;
        private final Map<String, Integer> added = new ConcurrentHashMap<>();
        /** Texts by number; replaced by a longer copy when full. */
        private volatile String[] texts;
        /** Guarded by the vocabulary. */
        private int size;

        private Numbering(Map<String, Integer> made, Map<String, Integer> since, String[] texts, int size) {
            this.made = made;
            this.since = since;
            this.texts = texts;
            this.size = size;
        }

        static Numbering of(String[] texts, int size) {
            Map<String, Integer> numbers = new HashMap<>(Math.max(16, 2 * size));
            for (int i = 0; i < size; i++) {
                numbers.put(texts[i], i);
            }
            return new Numbering(numbers, Map.of(), texts, size);
        }

        /**
         * A copy with room for {@code room} texts. The texts added to this one join {@code since}, or, once
         * {@code since} would outgrow {@code made}, all join one new {@code made}: either way a map is copied
         * only when the copy is outgrown by what joins it.
         */
        Numbering extended(int room) {
            Map<String, Integer> newMade = made;
            Map<String, Integer> newSince = since;
            if (!added.isEmpty()) {
                if (since.size() + added.size() > made.size()) {
                    newMade = merged(made, since, added);
                    newSince = Map.of();
                } else {
                    newSince = merged(since, added);
                }
            }
            return new Numbering(newMade, newSince, Arrays.copyOf(texts, Math.max(room, size)), size);
        }

        @SafeVarargs
        private static Map<String, Integer> merged(Map<String, Integer>... maps) {
            Map<String, Integer> merged = new HashMap<>(2 * Arrays.stream(maps).mapToInt(Map::size).sum());
            for (Map<String, Integer> map : maps) {
                merged.putAll(map);
            }
            return merged;
        }

        int find(String text) {
            Integer number = made.get(text);
            if (number == null) {
                number = since.get(text);
            }
            if (number == null) {
                number = added.get(text);
            }
            return number == null ? -1 : number;
        }

        /** The number of a text added to this copy, or -1. */
        int added(String text) {
            Integer number = added.get(text);
            return number == null ? -1 : number;
        }

        /** Numbers a text this numbering does not hold. */
        int add(String text) {
            if (size == texts.length) {
                texts = Arrays.copyOf(texts, Math.max(16, 2 * size));
            }
            // The text is in place before its number can be found: whoever finds the number reads it there.
            texts[size] = text;
            added.put(text, size);
            return size++;
        }

        String text(int number) {
            return texts[number];
        }

        /**
         * Every number in its text's order: those from {@code known}, the order of the first texts, and the
         * texts added since, sorted (each text is unique) and merged in.
         */
        int[] inOrder(int[] known) {
            String[] all = texts;
            // Sorted as text, not as numbers through a comparator: a cold build sorts every text here.
            String[] rest = Arrays.copyOfRange(all, known.length, size);
            Arrays.sort(rest);
            int[] merged = new int[size];
            int from = 0;
            int at = 0;
            for (String next : rest) {
                while (from < known.length && all[known[from]].compareTo(next) < 0) {
                    merged[at++] = known[from++];
                }
                merged[at++] = find(next);
            }
            while (from < known.length) {
                merged[at++] = known[from++];
            }
            return merged;
        }

        String joined() {
            return String.join(" ", Arrays.asList(texts).subList(0, size));
        }
    }
}
