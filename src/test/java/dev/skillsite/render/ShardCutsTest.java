package dev.skillsite.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs of sorted words cut into shards where the words themselves say, as the search index's words and terms are. */
class ShardCutsTest {
    private static final ShardCuts CUTS = new ShardCuts(4_000);

    /** Sorted, distinct, made-up words of three to twelve letters. */
    private static List<String> words(int count, long seed) {
        Random random = new Random(seed);
        TreeSet<String> words = new TreeSet<>();
        while (words.size() < count) {
            StringBuilder word = new StringBuilder();
            for (int letters = 3 + random.nextInt(10); letters > 0; letters--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words.add(word.toString());
        }
        return new ArrayList<>(words);
    }

    /** Each shard's words, joined as the index writes them. */
    private static List<String> shards(List<String> words) {
        return CUTS.shards(words.size(), words::get, i -> words.get(i).length() + 1,
                (number, from, to) -> String.join(" ", words.subList(from, to)));
    }

    @Test
    void everyWordIsInOneShardInOrder() {
        List<String> words = words(20_000, 1);

        assertEquals(String.join(" ", words), String.join(" ", shards(words)));
    }

    @Test
    void shardsHoldAboutTheTargetAndStayWithinItsBounds() {
        List<String> shards = shards(words(50_000, 2));
        long characters = 0;
        for (int i = 0; i < shards.size(); i++) {
            characters += shards.get(i).length() + 1;
            assertTrue(shards.get(i).length() + 1 <= 4 * CUTS.target() + 13, "shard " + i + ": " + shards.get(i).length());
            if (i < shards.size() - 1) {
                assertTrue(shards.get(i).length() + 1 >= CUTS.target() / 4, "shard " + i + ": " + shards.get(i).length());
            }
        }
        double average = characters / (double) shards.size();
        assertTrue(average > 0.8 * CUTS.target() && average < 1.2 * CUTS.target(), "an average shard of " + average);
    }

    /** What a preview's rebuild, and a reader's browser cache, gain: a word added changes its own shard alone. */
    @Test
    void aWordAddedOrDroppedChangesOnlyTheShardsBesideIt() {
        List<String> words = words(50_000, 3);
        List<String> before = shards(words);
        for (int at : new int[] {10, 12_345, 30_000, 49_990}) {
            List<String> added = new ArrayList<>(words);
            added.add(at, words.get(at - 1) + "a"); // sorts between its neighbours
            List<String> dropped = new ArrayList<>(words);
            dropped.remove(at);

            assertTrue(changed(before, shards(added)) <= 2, "a word added at " + at);
            assertTrue(changed(before, shards(dropped)) <= 2, "a word dropped at " + at);
        }
    }

    /** How many shards of {@code after} are not shards of {@code before}. */
    private static long changed(List<String> before, List<String> after) {
        TreeSet<String> old = new TreeSet<>(before);
        return after.stream().filter(shard -> !old.contains(shard)).count();
    }

    @Test
    void theSameWordsAreCutTheSameWay() {
        assertEquals(CUTS.ends(5_000, words(5_000, 4)::get, i -> 7), CUTS.ends(5_000, words(5_000, 4)::get, i -> 7));
    }

    @Test
    void noWordsNoShards() {
        assertEquals(List.of(), CUTS.ends(0, i -> "", i -> 1));
    }

    @Test
    void aTargetTooSmallToQuarterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ShardCuts(3));
    }
}
