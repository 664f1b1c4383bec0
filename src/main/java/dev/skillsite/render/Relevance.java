package dev.skillsite.render;

import dev.skillsite.cache.CacheKey;
import dev.skillsite.markdown.SearchWords;
import dev.skillsite.markdown.Vocabulary;
import dev.skillsite.search.SearchText;
import dev.skillsite.work.Cores;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * How much a term weighs on a page, computed once at build time so that a query only adds weights up. Each
 * field of a page is scored on its own by BM25 (the term's count set against the field's length on that page
 * over its average, saturating so that the tenth use of a word adds less than the second, times how rare
 * the term is across pages, its inverse document frequency) and the fields' scores are summed with boosts,
 * as lunr does: the title ({@value #TITLE}), the h2/h3 headings ({@value #HEADINGS}), the description
 * ({@value #DESCRIPTION}), the router's words for the page ({@value #ROUTER}: the topic's name and the tasks
 * that lead to it, the skill's own words for what the page is for) and the body ({@value #BODY}, every word of the page). Scored field by field, a
 * word in the title counts even on a page whose body says it fifty times, as every page about it does. A
 * word every page uses tells pages apart no better than a stop word and weighs next to nothing. Weights
 * are whole numbers, ten to a point of BM25; one that rounds to nothing is left out of the index.
 */
final class Relevance {
    static final double TITLE = 5;
    static final double HEADINGS = 1.5;
    static final double DESCRIPTION = 1.5;
    static final double ROUTER = 1.5;
    static final double BODY = 1;
    private static final double[] BOOST = {TITLE, HEADINGS, DESCRIPTION, ROUTER, BODY};
    private static final int FIELDS = BOOST.length;
    private static final int BODY_FIELD = FIELDS - 1;
    /** How much a field's length matters (BM25's b): a long title dilutes a word less than a long body does. */
    private static final double[] LENGTH_WEIGHT = {0.3, 0.4, 0.5, 0.5, 0.75};
    /** How fast repeated uses stop adding weight (BM25's k1). */
    private static final double SATURATION = 1.2;
    private static final double SCALE = 10;

    /** A page as the index weighs it; {@code body} is null for a page without one (a section's page). */
    record Document(String title, List<String> headings, String description, List<String> router, SearchWords body) {
    }

    /**
     * What the index is made of: every term with its postings, in the terms' sorted order, and every word whose
     * term is among them, sorted (the words a query can match).
     */
    record Weights(IndexedTerms terms, List<String> words) {
    }

    /**
     * Every term some page weighs above nothing, in sorted order, with its postings as numbers: the {@code i}th
     * term's pairs of page number and weight lie from {@code 2 * start[i]} to {@code 2 * start[i + 1]} of
     * {@code pairs}, pages in order. A run of them is keyed from the numbers, and their postings are made text
     * only for the runs that are written: after one edit most of the index is what the last build wrote.
     */
    record IndexedTerms(List<String> texts, int[] start, int[] pairs) {
        int size() {
            return texts.size();
        }

        String term(int i) {
            return texts.get(i);
        }

        /** The term's postings as the index holds them: each page as the difference from the one before, then its weight. */
        String postings(int i) {
            StringBuilder text = new StringBuilder(8 * (start[i + 1] - start[i]));
            int previous = 0;
            for (int at = 2 * start[i]; at < 2 * start[i + 1]; at += 2) {
                if (text.length() > 0) {
                    text.append(',');
                }
                text.append(pairs[at] - previous).append(',').append(pairs[at + 1]);
                previous = pairs[at];
            }
            return text.toString();
        }

        /** The length of {@link #postings}, without making it. */
        int postingsLength(int i) {
            int length = 0;
            int previous = 0;
            for (int at = 2 * start[i]; at < 2 * start[i + 1]; at += 2) {
                length += (at > 2 * start[i] ? 1 : 0) + digits(pairs[at] - previous) + 1 + digits(pairs[at + 1]);
                previous = pairs[at];
            }
            return length;
        }

        /** The key of the terms from {@code from} to {@code to} with their postings. */
        String key(int from, int to) {
            int[] counts = new int[to - from];
            for (int i = from; i < to; i++) {
                counts[i - from] = start[i + 1] - start[i];
            }
            return CacheKey.of(texts.subList(from, to), counts, Arrays.copyOfRange(pairs, 2 * start[from], 2 * start[to]));
        }

        private static int digits(int n) {
            int digits = 1;
            for (int rest = n; rest >= 10; rest /= 10) {
                digits++;
            }
            return digits;
        }
    }

    private final List<Document> documents;
    private final Vocabulary vocabulary;

    private Relevance(List<Document> documents, Vocabulary vocabulary) {
        this.documents = documents;
        this.vocabulary = vocabulary;
    }

    /** @param vocabulary what the documents' bodies are numbered in */
    static Relevance of(List<Document> documents, Vocabulary vocabulary) {
        return new Relevance(List.copyOf(documents), vocabulary);
    }

    /**
     * Every term with its postings, pairs of page number (as the difference from the previous page's) and
     * weight, comma-separated, pages in the order of the documents; and the words that lead to them. Each page
     * is read once, on every core, into its terms with their counts per field; then the pages are weighed.
     * Terms are numbers: a body's word leads to its term's number through the vocabulary, a word of the other
     * fields through a map; a term's totals are array slots. Both lists come out in the vocabulary's orders,
     * with the few terms and words only other fields use sorted and merged in.
     */
    Weights weights() {
        Terms terms = new Terms(vocabulary);
        List<PageTerms> pages = read(terms);
        Postings postings = Postings.of(pages, terms.count());
        // Neither list needs the other: the words are listed on another core.
        CompletableFuture<List<String>> words = CompletableFuture.supplyAsync(() -> terms.indexedWords(inBodies(), postings));
        return new Weights(terms.indexed(postings), words.join());
    }

    /** Which words of the vocabulary the documents' bodies use, by number. */
    private boolean[] inBodies() {
        boolean[] inBodies = new boolean[vocabulary.size()];
        documents.stream().filter(document -> document.body() != null).forEach(document -> document.body().markIn(inBodies));
        return inBodies;
    }

    /** Every document's terms, in order, read on every core: each thread by a reader of its own that keeps its arrays. */
    private List<PageTerms> read(Terms terms) {
        return Cores.mapPerThread(documents.size(), () -> {
            PageReader reader = new PageReader(terms);
            return i -> reader.read(documents.get(i));
        });
    }

    /**
     * Each term's pages and what it weighs on each, by term number: {@code pairs} holds page number and weight
     * for the term numbered {@code t} from {@code 2 * start[t]} to {@code 2 * start[t + 1]}, pages in order.
     */
    private record Postings(int[] start, int[] pairs) {
        /**
         * Weighs every page's terms: how rare each term is across the pages, and on each page its count in each
         * field against the field's average length. Pages are weighed on every core; then each term's postings
         * are laid down in page order.
         */
        static Postings of(List<PageTerms> pages, int termCount) {
            int n = pages.size();
            int[] pagesWith = new int[termCount];
            double[] averageLength = new double[FIELDS];
            for (PageTerms page : pages) {
                for (int t : page.terms()) {
                    pagesWith[t]++;
                }
                for (int f = 0; f < FIELDS; f++) {
                    averageLength[f] += page.lengths()[f] / (double) n;
                }
            }
            double[] idf = new double[termCount];
            for (int t = 0; t < termCount; t++) {
                idf[t] = Math.log(1 + (n - pagesWith[t] + 0.5) / (pagesWith[t] + 0.5));
            }
            List<int[]> weights = Cores.map(n, p -> weigh(pages.get(p), averageLength, idf));
            int[] start = new int[termCount + 1];
            for (int p = 0; p < n; p++) {
                int[] terms = pages.get(p).terms();
                for (int i = 0; i < terms.length; i++) {
                    if (weights.get(p)[i] > 0) {
                        start[terms[i] + 1]++;
                    }
                }
            }
            for (int t = 0; t < termCount; t++) {
                start[t + 1] += start[t];
            }
            int[] next = Arrays.copyOf(start, termCount);
            int[] pairs = new int[2 * start[termCount]];
            for (int p = 0; p < n; p++) {
                int[] terms = pages.get(p).terms();
                for (int i = 0; i < terms.length; i++) {
                    if (weights.get(p)[i] > 0) {
                        int at = 2 * next[terms[i]]++;
                        pairs[at] = p;
                        pairs[at + 1] = weights.get(p)[i];
                    }
                }
            }
            return new Postings(start, pairs);
        }

        /** Whether some page weighs the term above nothing: a term that rounds to nothing everywhere is left out. */
        boolean indexed(int term) {
            return start[term + 1] > start[term];
        }
    }

    /** What each term of the page weighs there, in the order of its terms; 0 for one that rounds to nothing. */
    private static int[] weigh(PageTerms page, double[] averageLength, double[] idf) {
        // How the field's length on this page tempers a count: the same for every term of the page.
        double[] lengthFactor = new double[FIELDS];
        for (int f = 0; f < FIELDS; f++) {
            double length = page.lengths()[f] / averageLength[f];
            lengthFactor[f] = SATURATION * (1 - LENGTH_WEIGHT[f] + LENGTH_WEIGHT[f] * length);
        }
        int[] counts = page.counts();
        int[] terms = page.terms();
        int[] weights = new int[terms.length];
        for (int i = 0; i < weights.length; i++) {
            double score = 0;
            for (int f = 0; f < FIELDS; f++) {
                int count = counts[i * FIELDS + f];
                if (count > 0) {
                    score += BOOST[f] * count * (SATURATION + 1) / (count + lengthFactor[f]);
                }
            }
            weights[i] = Math.toIntExact(Math.round(SCALE * idf[terms[i]] * score));
        }
        return weights;
    }

    /**
     * The terms of one weighing, by number: the vocabulary's terms under their own numbers, which a body's word
     * leads to through the vocabulary; then the few terms only words of the other fields have, numbered on from
     * there as they are met. A word of the title, headings, description or router finds its term through a map
     * of the words met so far. Safe to use from several threads at once.
     */
    private static final class Terms {
        private final Vocabulary vocabulary;
        private final int inVocabulary;
        private final Map<String, Integer> byWord = new ConcurrentHashMap<>();
        /** The terms no word of the vocabulary has, numbered from {@code inVocabulary} on. */
        private final Map<String, Integer> others = new ConcurrentHashMap<>();
        private final List<String> otherTexts = new ArrayList<>();

        Terms(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
            this.inVocabulary = vocabulary.termCount();
        }

        /** The term of a body's word, by the word's number in the vocabulary. */
        int ofBodyWord(int number) {
            return vocabulary.termOf(number);
        }

        /** The term of a word of the title, headings, description or router. */
        int ofWord(String word) {
            // A plain get first: computeIfAbsent locks its bin even when the key is there, as it mostly is.
            Integer term = byWord.get(word);
            return term != null ? term : byWord.computeIfAbsent(word, this::termOf);
        }

        private int termOf(String word) {
            // Most words of titles and headings are words of some body too, whose term the vocabulary knows: no stemming.
            int known = vocabulary.find(word);
            if (known >= 0) {
                return vocabulary.termOf(known);
            }
            String text = SearchText.term(word);
            int number = vocabulary.findTerm(text);
            return number >= 0 ? number : others.computeIfAbsent(text, this::numberOther);
        }

        private int numberOther(String text) {
            synchronized (otherTexts) {
                otherTexts.add(text);
                return inVocabulary + otherTexts.size() - 1;
            }
        }

        private String text(int term) {
            if (term < inVocabulary) {
                return vocabulary.term(term);
            }
            synchronized (otherTexts) {
                return otherTexts.get(term - inVocabulary);
            }
        }

        /** How many terms there are so far, numbered from 0. */
        int count() {
            synchronized (otherTexts) {
                return inVocabulary + otherTexts.size();
            }
        }

        /** Every term some page weighs above nothing, with its postings, in the terms' sorted order. */
        IndexedTerms indexed(Postings postings) {
            int[] inOrder = IntStream.of(vocabulary.termsInOrder()).filter(postings::indexed).toArray();
            List<String> rest = sorted(IntStream.range(inVocabulary, count()).filter(postings::indexed).mapToObj(this::text));
            int[] merged = new int[inOrder.length + rest.size()];
            int i = 0;
            int at = 0;
            for (String next : rest) {
                while (i < inOrder.length && vocabulary.term(inOrder[i]).compareTo(next) < 0) {
                    merged[at++] = inOrder[i++];
                }
                merged[at++] = others.get(next);
            }
            System.arraycopy(inOrder, i, merged, at, inOrder.length - i);
            List<String> texts = new ArrayList<>(merged.length);
            int[] start = new int[merged.length + 1];
            int[] pairs = new int[postings.pairs().length];
            for (at = 0; at < merged.length; at++) {
                int term = merged[at];
                texts.add(text(term));
                int from = 2 * postings.start()[term];
                int length = 2 * postings.start()[term + 1] - from;
                System.arraycopy(postings.pairs(), from, pairs, 2 * start[at], length);
                start[at + 1] = start[at] + length / 2;
            }
            return new IndexedTerms(texts, start, pairs);
        }

        /**
         * Every word whose term is indexed, sorted; a word of the other fields that a body uses too, once. The
         * bodies' words come in the vocabulary's order; the few that only other fields use are sorted here.
         */
        List<String> indexedWords(boolean[] inBodies, Postings postings) {
            List<String> ofBodies = new ArrayList<>();
            for (int w : vocabulary.inTextOrder()) {
                if (inBodies[w] && postings.indexed(vocabulary.termOf(w))) {
                    ofBodies.add(vocabulary.word(w));
                }
            }
            List<String> rest = sorted(byWord.entrySet().stream().filter(w -> postings.indexed(w.getValue())).map(Map.Entry::getKey)
                    .filter(w -> !inABody(w, inBodies)));
            return merged(ofBodies, rest);
        }

        /** Whether a body uses the word. */
        private boolean inABody(String word, boolean[] inBodies) {
            int number = vocabulary.find(word);
            return number >= 0 && inBodies[number];
        }
    }

    /** Two sorted lists of distinct strings, none in both, as one. */
    private static List<String> merged(List<String> a, List<String> b) {
        List<String> merged = new ArrayList<>(a.size() + b.size());
        int i = 0;
        for (String next : b) {
            while (i < a.size() && a.get(i).compareTo(next) < 0) {
                merged.add(a.get(i++));
            }
            merged.add(next);
        }
        merged.addAll(a.subList(i, a.size()));
        return merged;
    }

    /** Strings sorted as an array: compared directly, not through a comparator. */
    private static List<String> sorted(Stream<String> strings) {
        String[] array = strings.toArray(String[]::new);
        Arrays.sort(array);
        return Arrays.asList(array);
    }

    /**
     * One page's distinct terms by number, each with its count in every field ({@code counts}, {@value #FIELDS}
     * a term: title, headings, description, router, body), and each field's length in words.
     */
    private record PageTerms(int[] terms, int[] counts, int[] lengths) {
    }

    /**
     * Reads pages into their terms, one page at a time, on one thread. A page has hundreds of words: its terms
     * are gathered in arrays this reader keeps from page to page, each term's place in them found by the
     * term's number, rather than in a map and an array of counts per term and page.
     */
    private static final class PageReader {
        private final Terms found;
        /** For each term number: the page it was last met on, as this reader counts pages, and its place there. */
        private int[] lastPage;
        private int[] place;
        private int page;
        private int[] terms = new int[256];
        private int[] counts = new int[256 * FIELDS];
        private int size;

        /** @param found the terms: the arrays by term number start as long as there are terms so far, and grow little */
        PageReader(Terms found) {
            this.found = found;
            this.lastPage = new int[found.count() + 1024];
            this.place = new int[found.count() + 1024];
        }

        PageTerms read(Document document) {
            page++;
            size = 0;
            int[] lengths = new int[FIELDS];
            lengths[0] = count(document.title(), 0);
            for (String heading : document.headings()) {
                lengths[1] += count(heading, 1);
            }
            lengths[2] = count(document.description(), 2);
            for (String words : document.router()) {
                lengths[3] += count(words, 3);
            }
            if (document.body() != null) {
                SearchWords body = document.body();
                for (int i = 0; i < body.distinct(); i++) {
                    add(found.ofBodyWord(body.word(i)), BODY_FIELD, body.count(i));
                }
                lengths[BODY_FIELD] = document.body().total();
            }
            return new PageTerms(Arrays.copyOf(terms, size), Arrays.copyOf(counts, size * FIELDS), lengths);
        }

        private int count(String text, int field) {
            int[] words = {0};
            SearchText.forEachWord(text, word -> {
                add(found.ofWord(word), field, 1);
                words[0]++;
            });
            return words[0];
        }

        private void add(int term, int field, int count) {
            int at = placeOf(term) * FIELDS + field; // first: it may grow the counts
            counts[at] += count;
        }

        /** The term's place among this page's terms, given it (with no counts yet) the first time the page meets it. */
        private int placeOf(int term) {
            if (term >= lastPage.length) {
                int length = Math.max(term + 1, 2 * lastPage.length);
                lastPage = Arrays.copyOf(lastPage, length);
                place = Arrays.copyOf(place, length);
            }
            if (lastPage[term] == page) {
                return place[term];
            }
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, 2 * size);
                counts = Arrays.copyOf(counts, 2 * size * FIELDS);
            }
            Arrays.fill(counts, size * FIELDS, (size + 1) * FIELDS, 0);
            terms[size] = term;
            lastPage[term] = page;
            place[term] = size;
            return size++;
        }
    }
}
