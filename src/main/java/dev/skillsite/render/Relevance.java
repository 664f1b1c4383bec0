package dev.skillsite.render;

import dev.skillsite.markdown.SearchWords;
import dev.skillsite.search.SearchText;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
    record Weights(List<SearchIndex.Postings> terms, List<String> words) {
    }

    private final List<Document> documents;

    private Relevance(List<Document> documents) {
        this.documents = documents;
    }

    static Relevance of(List<Document> documents) {
        return new Relevance(List.copyOf(documents));
    }

    /**
     * Every term with its postings, pairs of page number (as the difference from the previous page's) and
     * weight, comma-separated, pages in the order of the documents; and the words that lead to them. Each page
     * is read once, on every core, into its terms with their counts per field; then the pages are weighed in
     * order. A word leads straight to its term's running totals, its term found once ({@link SearchText#term});
     * terms and words are sorted once, at the end.
     */
    Weights weights() {
        Map<String, Term> byTerm = new ConcurrentHashMap<>();
        Map<String, Term> byWord = new ConcurrentHashMap<>();
        // A plain get first: computeIfAbsent locks its bin even when the word is there, as it mostly is.
        Function<String, Term> lookUp = word -> {
            Term term = byWord.get(word);
            return term != null ? term : byWord.computeIfAbsent(word, w -> byTerm.computeIfAbsent(SearchText.term(w), Term::new));
        };
        List<PageTerms> pages = documents.parallelStream().map(document -> PageTerms.of(document, lookUp)).toList();
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
        for (Term t : byTerm.values()) {
            t.idf = Math.log(1 + (n - t.pages + 0.5) / (t.pages + 0.5));
        }
        for (int p = 0; p < n; p++) {
            PageTerms page = pages.get(p);
            for (int i = 0; i < page.terms().length; i++) {
                double score = 0;
                for (int f = 0; f < FIELDS; f++) {
                    int count = page.counts()[i * FIELDS + f];
                    if (count > 0) {
                        double length = page.lengths()[f] / averageLength[f];
                        score += BOOST[f] * count * (SATURATION + 1)
                                / (count + SATURATION * (1 - LENGTH_WEIGHT[f] + LENGTH_WEIGHT[f] * length));
                    }
                }
                long weight = Math.round(SCALE * page.terms()[i].idf * score);
                if (weight > 0) {
                    page.terms()[i].post(p, weight);
                }
            }
        }
        // The two sorts are most of what is left, and neither needs the other: the words are sorted on another core.
        CompletableFuture<List<String>> words = CompletableFuture.supplyAsync(() -> sorted(byWord.entrySet().stream()
                .filter(w -> w.getValue().indexed()).map(Map.Entry::getKey)));
        List<SearchIndex.Postings> terms = sorted(byTerm.values().stream().filter(Term::indexed).map(t -> t.text)).stream()
                .map(byTerm::get).map(t -> new SearchIndex.Postings(t.text, t.postings.toString())).toList();
        return new Weights(terms, words.join());
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
        private final StringBuilder postings = new StringBuilder();
        private int pages;
        private double idf;
        private int lastPage = -1;

        Term(String text) {
            this.text = text;
        }

        /** Whether some page weighs it above nothing: a term that rounds to nothing everywhere is left out. */
        boolean indexed() {
            return lastPage >= 0;
        }

        void post(int page, long weight) {
            if (lastPage >= 0) {
                postings.append(',');
            }
            postings.append(lastPage < 0 ? page : page - lastPage).append(',').append(weight);
            lastPage = page;
        }
    }

    /**
     * One page's distinct terms, each with its count in every field ({@code counts}, {@value #FIELDS} a term:
     * title, headings, description, router, body), and each field's length in words.
     */
    private record PageTerms(Term[] terms, int[] counts, int[] lengths) {
        static PageTerms of(Document document, Function<String, Term> lookUp) {
            Map<Term, int[]> counts = new HashMap<>(document.body() == null ? 64 : 2 * document.body().distinct() + 64);
            int[] lengths = new int[FIELDS];
            lengths[0] = count(document.title(), 0, counts, lookUp);
            for (String heading : document.headings()) {
                lengths[1] += count(heading, 1, counts, lookUp);
            }
            lengths[2] = count(document.description(), 2, counts, lookUp);
            for (String words : document.router()) {
                lengths[3] += count(words, 3, counts, lookUp);
            }
            if (document.body() != null) {
                document.body().forEach((word, count) -> counts.computeIfAbsent(lookUp.apply(word), k -> new int[FIELDS])[BODY_FIELD] += count);
                lengths[BODY_FIELD] = document.body().total();
            }
            Term[] terms = counts.keySet().toArray(Term[]::new);
            int[] flat = new int[terms.length * FIELDS];
            for (int i = 0; i < terms.length; i++) {
                System.arraycopy(counts.get(terms[i]), 0, flat, i * FIELDS, FIELDS);
            }
            return new PageTerms(terms, flat, lengths);
        }

        private static int count(String text, int field, Map<Term, int[]> counts, Function<String, Term> lookUp) {
            int[] words = {0};
            SearchText.forEachWord(text, word -> {
                counts.computeIfAbsent(lookUp.apply(word), k -> new int[FIELDS])[field]++;
                words[0]++;
            });
            return words[0];
        }
    }
}
