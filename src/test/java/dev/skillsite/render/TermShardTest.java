package dev.skillsite.render;

import dev.skillsite.render.Relevance.IndexedTerms;
import dev.skillsite.render.SearchIndex.Postings;
import dev.skillsite.render.SearchIndex.TermShard;
import dev.skillsite.site.SitePath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A shard of the index's terms as numbers: its postings made text as it is written, its key made of the
 * numbers, so that a build keys every shard without writing the text of any.
 */
class TermShardTest {
    private static final SitePath PATH = new SitePath("search-index/terms-0.js");

    /** Terms "evict" (pages 0 and 12) and "expire" (page 3), with weights of one, two and three digits. */
    private static IndexedTerms twoTerms() {
        return new IndexedTerms(List.of("evict", "expire"), new int[] {0, 2, 3}, new int[] {0, 7, 12, 105, 3, 40});
    }

    @Test
    void postingsAreEachPageAsTheDifferenceFromTheOneBeforeThenItsWeight() {
        TermShard shard = TermShard.of(PATH, twoTerms(), 0, 2);

        assertEquals(List.of(new Postings("evict", "0,7,12,105"), new Postings("expire", "3,40")), List.copyOf(shard.terms()));
    }

    @Test
    void thePostingsLengthIsThatOfTheirText() {
        int[] pairs = {0, 1, 9, 9, 10, 10, 99, 99, 100, 100, 10_000, 123_456};
        IndexedTerms terms = new IndexedTerms(List.of("t"), new int[] {0, pairs.length / 2}, pairs);

        assertEquals(terms.postings(0).length(), terms.postingsLength(0), terms.postings(0));
    }

    @Test
    void aRunOfTermsHasTheSameKeyWhereverItLiesAmongTheTerms() {
        IndexedTerms alone = twoTerms();
        IndexedTerms after = new IndexedTerms(List.of("cache", "evict", "expire"), new int[] {0, 1, 3, 4},
                new int[] {5, 2, 0, 7, 12, 105, 3, 40});

        assertEquals(TermShard.of(PATH, alone, 0, 2).key(), TermShard.of(PATH, after, 1, 3).key());
    }

    @Test
    void aChangedTermWeightPageOrSplitBetweenTermsIsANewKey() {
        String key = TermShard.of(PATH, twoTerms(), 0, 2).key();
        List<IndexedTerms> changed = List.of(
                new IndexedTerms(List.of("evict", "expiry"), new int[] {0, 2, 3}, new int[] {0, 7, 12, 105, 3, 40}),
                new IndexedTerms(List.of("evict", "expire"), new int[] {0, 2, 3}, new int[] {0, 7, 12, 106, 3, 40}),
                new IndexedTerms(List.of("evict", "expire"), new int[] {0, 2, 3}, new int[] {0, 7, 11, 105, 3, 40}),
                new IndexedTerms(List.of("evict", "expire"), new int[] {0, 1, 3}, new int[] {0, 7, 12, 105, 3, 40}));

        for (IndexedTerms terms : changed) {
            assertNotEquals(key, TermShard.of(PATH, terms, 0, 2).key(), terms.texts() + " " + List.of(terms.start()));
        }
    }
}
