package dev.skillsite.render;

import dev.skillsite.markdown.SearchWords;
import dev.skillsite.markdown.Vocabulary;
import dev.skillsite.search.SearchText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
    /** Runs of pages read in parallel: several per core, so that a core done early takes another. */
    private static final int RUNS = 32;

    /** A page as the index weighs it; {@code body} is null for a page without one (a section's page). */
    record Document(String title, List<String> headings, String description, List<String> router, SearchWords body) {
    }

    /**
     * What the index is made of: every term with its postings, in the terms' sorted order, and every word whose
     * term is among them, sorted (the words a query can match).
     */
    record Weights(List<SearchIndex.Postings> terms, List<String> words) {
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
     * A word leads straight to its term's running totals, its term found once ({@link SearchText#term}): a
     * body's word by its number in the vocabulary, a word of the other fields through a map. Terms and words
     * are sorted once, at the end.
     */
    Weights weights() {
        Terms terms = new Terms(vocabulary, inBodies());
        List<PageTerms> pages = read(terms);
        post(pages, terms.all());
        // The two sorts are most of what is left, and neither needs the other: the words are sorted on another core.
        CompletableFuture<List<String>> words = CompletableFuture.supplyAsync(terms::indexedWords);
        return new Weights(terms.indexedPostings(), words.join());
    }

    /** Which words of the vocabulary the documents' bodies use, by number. */
    private boolean[] inBodies() {
        boolean[] inBodies = new boolean[vocabulary.size()];
        documents.stream().filter(document -> document.body() != null).forEach(document -> document.body().markIn(inBodies));
        return inBodies;
    }

    /** Every document's terms, in order: in runs, each read on one core by a reader of its own that keeps its arrays. */
    private List<PageTerms> read(Terms terms) {
        int run = Math.max(1, (documents.size() + RUNS - 1) / RUNS);
        return IntStream.range(0, (documents.size() + run - 1) / run).parallel()
                .mapToObj(r -> documents.subList(r * run, Math.min(documents.size(), (r + 1) * run)).stream()
                        .map(new PageReader(terms)::read).toList())
                .flatMap(List::stream).toList();
    }

    /**
     * Gives each term its pages and what it weighs on each: how rare it is across the pages, and on each page
     * its count in each field against the field's average length. Pages are weighed on every core; then each
     * term's postings are laid down in page order.
     */
    private static void post(List<PageTerms> pages, Collection<Term> all) {
        int n = pages.size();
        double[] averageLength = new double[FIELDS];
        for (PageTerms page : pages) {
            for (Term t : page.terms()) {
                t.pages++;
            }
            for (int f = 0; f < FIELDS; f++) {
                averageLength[f] += page.lengths()[f] / (double) n;
            }
        }
        for (Term t : all) {
            t.idf = Math.log(1 + (n - t.pages + 0.5) / (t.pages + 0.5));
        }
        int[][] weights = IntStream.range(0, n).parallel().mapToObj(p -> weigh(pages.get(p), averageLength)).toArray(int[][]::new);
        for (int p = 0; p < n; p++) {
            Term[] terms = pages.get(p).terms();
            for (int i = 0; i < terms.length; i++) {
                if (weights[p][i] > 0) {
                    terms[i].post(p, weights[p][i]);
                }
            }
        }
    }

    /** What each term of the page weighs there, in the order of its terms; 0 for one that rounds to nothing. */
    private static int[] weigh(PageTerms page, double[] averageLength) {
        // How the field's length on this page tempers a count: the same for every term of the page.
        double[] lengthFactor = new double[FIELDS];
        for (int f = 0; f < FIELDS; f++) {
            double length = page.lengths()[f] / averageLength[f];
            lengthFactor[f] = SATURATION * (1 - LENGTH_WEIGHT[f] + LENGTH_WEIGHT[f] * length);
        }
        int[] counts = page.counts();
        int[] weights = new int[page.terms().length];
        for (int i = 0; i < weights.length; i++) {
            double score = 0;
            for (int f = 0; f < FIELDS; f++) {
                int count = counts[i * FIELDS + f];
                if (count > 0) {
                    score += BOOST[f] * count * (SATURATION + 1) / (count + lengthFactor[f]);
                }
            }
            weights[i] = Math.toIntExact(Math.round(SCALE * page.terms()[i].idf * score));
        }
        return weights;
    }

    /**
     * The terms of one weighing, found from the words that lead to them: a body's word by its number in the
     * vocabulary (every one the bodies use, found before the pages are read), any other field's word through
     * a map of the words met so far. Safe to use from several threads at once.
     */
    private static final class Terms {
        private final Vocabulary vocabulary;
        private final boolean[] inBodies;
        private final Map<String, Term> byText = new ConcurrentHashMap<>();
        private final Map<String, Term> byWord = new ConcurrentHashMap<>();
        private final Term[] byNumber;
        private final AtomicInteger numbers = new AtomicInteger();

        Terms(Vocabulary vocabulary, boolean[] inBodies) {
            this.vocabulary = vocabulary;
            this.inBodies = inBodies;
            this.byNumber = new Term[inBodies.length];
            IntStream.range(0, byNumber.length).parallel().filter(w -> inBodies[w])
                    .forEach(w -> byNumber[w] = term(vocabulary.term(w)));
        }

        /** The term of a body's word, by the word's number in the vocabulary. */
        Term ofBodyWord(int number) {
            return byNumber[number];
        }

        /** The term of a word of the title, headings, description or router. */
        Term ofWord(String word) {
            // A plain get first: computeIfAbsent locks its bin even when the key is there, as it mostly is.
            Term term = byWord.get(word);
            return term != null ? term : byWord.computeIfAbsent(word, this::termOf);
        }

        private Term termOf(String word) {
            return term(SearchText.term(word));
        }

        private Term term(String text) {
            Term term = byText.get(text);
            return term != null ? term : byText.computeIfAbsent(text, t -> new Term(t, numbers.getAndIncrement()));
        }

        /** How many terms there are so far, numbered from 0. */
        int count() {
            return numbers.get();
        }

        Collection<Term> all() {
            return byText.values();
        }

        /**
         * Every term some page weighs above nothing, with its postings, in the terms' sorted order: the terms of the
         * vocabulary's words in the order it keeps, with the few that only other fields' words lead to sorted here
         * and merged in.
         */
        List<SearchIndex.Postings> indexedPostings() {
            List<String> inVocabulary = new ArrayList<>();
            Set<Term> listed = new HashSet<>();
            for (String text : vocabulary.termsInOrder()) {
                Term term = byText.get(text);
                if (term != null) {
                    listed.add(term);
                    if (term.indexed()) {
                        inVocabulary.add(text);
                    }
                }
            }
            List<String> others = sorted(byText.values().stream().filter(t -> t.indexed() && !listed.contains(t)).map(t -> t.text));
            return merged(inVocabulary, others).parallelStream()
                    .map(byText::get).map(t -> new SearchIndex.Postings(t.text, t.postings())).toList();
        }

        /**
         * Every word whose term is indexed, sorted; a word of the other fields that a body uses too, once. The
         * bodies' words come in the vocabulary's order; the few that only other fields use are sorted here.
         */
        List<String> indexedWords() {
            List<String> inBodies = new ArrayList<>();
            for (int w : vocabulary.inTextOrder()) {
                if (this.inBodies[w] && byNumber[w].indexed()) {
                    inBodies.add(vocabulary.word(w));
                }
            }
            List<String> others = sorted(byWord.entrySet().stream().filter(w -> w.getValue().indexed()).map(Map.Entry::getKey)
                    .filter(w -> !inABody(w)));
            return merged(inBodies, others);
        }

        /** Whether a body uses the word. */
        private boolean inABody(String word) {
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

    /** A term's totals over the pages: how many pages have it, how rare that makes it, and its postings so far. */
    private static final class Term {
        private final String text;
        /** Numbers terms in the order they were met, so a page can keep its place for each in an array. */
        private final int number;
        private int pages;
        private double idf;
        /** Pairs of page number and weight, pages in order; turned into text once all are in. */
        private int[] postings = new int[4];
        private int size;

        Term(String text, int number) {
            this.text = text;
            this.number = number;
        }

        /** Whether some page weighs it above nothing: a term that rounds to nothing everywhere is left out. */
        boolean indexed() {
            return size > 0;
        }

        void post(int page, int weight) {
            if (size == postings.length) {
                postings = Arrays.copyOf(postings, 2 * size);
            }
            postings[size++] = page;
            postings[size++] = weight;
        }

        /** The postings as the index holds them: each page as the difference from the one before, then its weight. */
        String postings() {
            StringBuilder text = new StringBuilder(4 * size);
            for (int i = 0; i < size; i += 2) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(i == 0 ? postings[i] : postings[i] - postings[i - 2]).append(',').append(postings[i + 1]);
            }
            return text.toString();
        }
    }

    /**
     * One page's distinct terms, each with its count in every field ({@code counts}, {@value #FIELDS} a term:
     * title, headings, description, router, body), and each field's length in words.
     */
    private record PageTerms(Term[] terms, int[] counts, int[] lengths) {
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
        private Term[] terms = new Term[256];
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

        private void add(Term term, int field, int count) {
            int at = placeOf(term) * FIELDS + field; // first: it may grow the counts
            counts[at] += count;
        }

        /** The term's place among this page's terms, given it (with no counts yet) the first time the page meets it. */
        private int placeOf(Term term) {
            int number = term.number;
            if (number >= lastPage.length) {
                int length = Math.max(number + 1, 2 * lastPage.length);
                lastPage = Arrays.copyOf(lastPage, length);
                place = Arrays.copyOf(place, length);
            }
            if (lastPage[number] == page) {
                return place[number];
            }
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, 2 * size);
                counts = Arrays.copyOf(counts, 2 * size * FIELDS);
            }
            Arrays.fill(counts, size * FIELDS, (size + 1) * FIELDS, 0);
            terms[size] = term;
            lastPage[number] = page;
            place[number] = size;
            return size++;
        }
    }
}
