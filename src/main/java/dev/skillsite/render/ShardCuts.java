package dev.skillsite.render;

import dev.skillsite.work.Cores;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Where a sorted run of entries (the index's words, its terms with their postings) is cut into shards of about
 * {@code target} characters. Each entry decides by itself whether a shard ends after it: its hash picks it with
 * a chance in proportion to its length. Cut at fixed sizes instead, one word added early in the alphabet would
 * move every later cut and change every later shard; cut by content, an entry added or dropped moves only the
 * cuts beside it, so the other shards keep their bytes from one build to the next (a preview rewrites one file,
 * not all of them, and a reader's browser keeps the rest cached). A shard is never cut before a quarter of the
 * target, nor allowed past four times it.
 *
 * @param target the characters a shard holds on average
 */
record ShardCuts(int target) {
    ShardCuts {
        if (target < 4) {
            throw new IllegalArgumentException("a shard of " + target + " characters");
        }
    }

    /**
     * Where each shard ends: the index after its last entry, in order, the last one {@code count}.
     *
     * @param entry  the entry at an index, whose hash decides
     * @param length the characters the entry at an index adds to its shard
     */
    List<Integer> ends(int count, IntFunction<String> entry, IntUnaryOperator length) {
        int least = target / 4;
        // Past the least size, cuts come at one per (target - least) characters: shards of target on average.
        int spread = target - least;
        List<Integer> ends = new ArrayList<>();
        long characters = 0;
        for (int i = 0; i < count; i++) {
            int added = length.applyAsInt(i);
            characters += added;
            boolean picked = characters >= least && Integer.toUnsignedLong(mix(entry.apply(i).hashCode())) % spread < added;
            if (picked || characters >= 4L * target || i == count - 1) {
                ends.add(i + 1);
                characters = 0;
            }
        }
        return ends;
    }

    /** A shard made of the entries from {@code from} to {@code to}, the {@code number}th of its run. */
    interface Shard<T> {
        T of(int number, int from, int to);
    }

    /**
     * The shards of a run, in order, each made by {@code shard} of the entries between two of its {@link #ends}, on
     * every core: a shard is made from its entries alone (its key, its text), and at 10,000 pages the index's terms
     * are most of a million.
     */
    <T> List<T> shards(int count, IntFunction<String> entry, IntUnaryOperator length, Shard<T> shard) {
        List<Integer> ends = ends(count, entry, length);
        return Cores.map(ends.size(), number -> shard.of(number, number == 0 ? 0 : ends.get(number - 1), ends.get(number)));
    }

    /** MurmurHash3's finish: every bit of the string's hash moves every bit of the result, so similar words differ. */
    private static int mix(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
