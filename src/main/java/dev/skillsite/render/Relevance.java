package dev.skillsite.render;

import dev.skillsite.markdown.SearchWords;
import dev.skillsite.search.SearchText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

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

    private final List<Document> documents;
    private final UnaryOperator<String> term;

    private Relevance(List<Document> documents, UnaryOperator<String> term) {
        this.documents = documents;
        this.term = term;
    }

    /** @param term a word's term, {@link SearchText#term}, which the caller may remember per word */
    static Relevance of(List<Document> documents, UnaryOperator<String> term) {
        return new Relevance(List.copyOf(documents), term);
    }

    /**
     * Every term with its postings: pairs of page number (as the difference from the previous page's) and
     * weight, comma-separated, pages in the order of the documents. Two passes over the pages, rather than
     * keeping every page's counts between them: at 10,000 pages those counts would be a large part of the heap.
     */
    TreeMap<String, StringBuilder> postings() {
        Map<String, Integer> pagesWithTerm = new HashMap<>();
        double[] averageLength = new double[FIELDS];
        for (Document document : documents) {
            Fields fields = fields(document);
            fields.all().keySet().forEach(t -> pagesWithTerm.merge(t, 1, Integer::sum));
            for (int f = 0; f < FIELDS; f++) {
                averageLength[f] += fields.lengths[f] / (double) documents.size();
            }
        }
        TreeMap<String, StringBuilder> postings = new TreeMap<>();
        Map<String, Integer> lastPage = new HashMap<>();
        int n = documents.size();
        for (int page = 0; page < n; page++) {
            Fields fields = fields(documents.get(page));
            for (Map.Entry<String, int[]> entry : fields.all().entrySet()) {
                String t = entry.getKey();
                double score = 0;
                for (int f = 0; f < FIELDS; f++) {
                    int count = entry.getValue()[f];
                    if (count > 0) {
                        double length = fields.lengths[f] / averageLength[f];
                        score += BOOST[f] * count * (SATURATION + 1)
                                / (count + SATURATION * (1 - LENGTH_WEIGHT[f] + LENGTH_WEIGHT[f] * length));
                    }
                }
                int df = pagesWithTerm.get(t);
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                long weight = Math.round(SCALE * idf * score);
                if (weight > 0) {
                    StringBuilder list = postings.computeIfAbsent(t, k -> new StringBuilder());
                    Integer last = lastPage.put(t, page);
                    if (list.length() > 0) {
                        list.append(',');
                    }
                    list.append(last == null ? page : page - last).append(',').append(weight);
                }
            }
        }
        return postings;
    }

    /** One page's term counts per field (title, headings, description, router, body) and each field's length in words. */
    private record Fields(Map<String, int[]> all, int[] lengths) {
    }

    private Fields fields(Document document) {
        Map<String, int[]> counts = new HashMap<>();
        int[] lengths = new int[FIELDS];
        lengths[0] = count(document.title(), 0, counts);
        for (String heading : document.headings()) {
            lengths[1] += count(heading, 1, counts);
        }
        lengths[2] = count(document.description(), 2, counts);
        for (String words : document.router()) {
            lengths[3] += count(words, 3, counts);
        }
        if (document.body() != null) {
            document.body().forEach((word, count) -> counts.computeIfAbsent(term.apply(word), k -> new int[FIELDS])[BODY_FIELD] += count);
            lengths[BODY_FIELD] = document.body().total();
        }
        return new Fields(counts, lengths);
    }

    private int count(String text, int field, Map<String, int[]> counts) {
        int[] words = {0};
        SearchText.forEachWord(text, word -> {
            counts.computeIfAbsent(term.apply(word), k -> new int[FIELDS])[field]++;
            words[0]++;
        });
        return words[0];
    }
}
