package dev.skillsite.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** One query of the relevance set ({@code search/queries.tsv}): what a reader types, and the page they expect first. */
record RelevanceQuery(String text, String expected) {
    static List<RelevanceQuery> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    String[] fields = line.split("\t");
                    if (fields.length != 2) {
                        throw new IllegalArgumentException(file + ": not 'query TAB page': " + line);
                    }
                    return new RelevanceQuery(fields[0], fields[1]);
                }).toList();
    }

    /**
     * How a ranking did over the set: the share of queries whose expected page came first, came in the top three,
     * and the mean reciprocal rank (1 for first, 1/2 for second, 0 when not listed).
     */
    record Figures(int queries, double top1, double top3, double mrr) {
        /** @param ranks the expected page's place for each query, from 1; 0 when it was not listed */
        static Figures of(List<Integer> ranks) {
            double n = ranks.size();
            return new Figures(ranks.size(), ranks.stream().filter(r -> r == 1).count() / n,
                    ranks.stream().filter(r -> r >= 1 && r <= 3).count() / n,
                    ranks.stream().mapToDouble(r -> r == 0 ? 0 : 1.0 / r).sum() / n);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d queries: top-1 %.1f%%, top-3 %.1f%%, MRR %.3f", queries, top1 * 100, top3 * 100, mrr);
        }
    }
}
