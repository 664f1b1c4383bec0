package dev.skillsite.cache;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class CacheKeyTest {
    record Page(String path, List<String> headings, int words) {
    }

    record OtherPage(String path, List<String> headings, int words) {
    }

    /** A value that vouches for its own key: its other components are not walked. */
    record KeyedPage(String path, List<String> headings, String key) implements Keyed {
    }

    @Test
    void equalValuesMadeSeparatelyHaveOneKey() {
        Page one = new Page(new String("a/b.html"), new ArrayList<>(List.of("Intro", "Details")), 120);
        Page two = new Page("a/b.html", List.of("Intro", "Details"), 120);

        assertEquals(CacheKey.of(one, "templates"), CacheKey.of(two, "templates"));
    }

    @Test
    void keyedTextIsKnownByItsKeyNotByItsText() {
        assertEquals(CacheKey.of(KeyedText.of("k1", "<p>one</p>")), CacheKey.of(KeyedText.of("k1", "<p>two</p>")));
        assertNotEquals(CacheKey.of(KeyedText.of("k1", "<p>one</p>")), CacheKey.of(KeyedText.of("k2", "<p>one</p>")));
        assertNotEquals(CacheKey.of(KeyedText.of("k1", "")), CacheKey.of("k1"));
    }

    @Test
    void keyingTextMadeOnDemandDoesNotMakeIt() {
        KeyedText copy = KeyedText.of("k1", () -> fail("the text was made for its key"));
        assertEquals(CacheKey.of(KeyedText.of("k1", "")), CacheKey.of(copy));
    }

    @Test
    void aKeyedValueIsKnownByItsKeyNotByItsParts() {
        assertEquals(CacheKey.of(new KeyedPage("a.html", List.of("One"), "k1")), CacheKey.of(new KeyedPage("b.html", List.of(), "k1")));
        assertNotEquals(CacheKey.of(new KeyedPage("a.html", List.of("One"), "k1")), CacheKey.of(new KeyedPage("a.html", List.of("One"), "k2")));
        assertEquals(CacheKey.of(new KeyedPage("a.html", List.of(), "k1")), CacheKey.of(KeyedText.of("k1", "text")));
    }

    @Test
    void numbersAreKeyedWithTheirRuns() {
        assertEquals(CacheKey.of(new int[] {1, 2, 3}), CacheKey.of(new int[] {1, 2, 3}));
        assertNotEquals(CacheKey.of(new int[] {1, 2, 3}), CacheKey.of(new int[] {1, 3, 2}));
        assertNotEquals(CacheKey.of(new int[] {1, 2}, new int[] {3}), CacheKey.of(new int[] {1}, new int[] {2, 3}));
        assertNotEquals(CacheKey.of((Object) new int[] {1}), CacheKey.of(List.of(1)));
        int[] many = new int[1_000];
        String key = CacheKey.of((Object) many);
        many[999] = 1;
        assertNotEquals(key, CacheKey.of((Object) many), "a change past the buffer's first fill");
    }

    /** Numbers go through the block a run at a time, from wherever the values before them left it. */
    @Test
    void aChangeAnywhereInALongRunOfNumbersIsANewKeyWhateverCameBefore() {
        int[] numbers = new int[2_000];
        Arrays.setAll(numbers, i -> i * 7919);
        for (String before : List.of("", "a", "ab", "abc")) {
            String key = CacheKey.of(before, numbers);
            assertEquals(key, CacheKey.of(before, numbers.clone()));
            for (int at : new int[] {0, 252, 253, 254, 255, 256, 507, 508, 1_999}) {
                int[] changed = numbers.clone();
                changed[at] ^= 1 << (at % 32);
                assertNotEquals(key, CacheKey.of(before, changed), "after \"" + before + "\", a change at " + at);
            }
        }
    }

    @Test
    void aKeyIsSixteenHexDigits() {
        assertTrue(CacheKey.of("anything").matches("[0-9a-f]{16}"), CacheKey.of("anything"));
    }

    @Test
    void valuesSplitDifferentlyHaveDifferentKeys() {
        assertNotEquals(CacheKey.of(List.of("a,b")), CacheKey.of(List.of("a", "b")));
        assertNotEquals(CacheKey.of("ab", "c"), CacheKey.of("a", "bc"));
        assertNotEquals(CacheKey.of(List.of(List.of("a"), List.of())), CacheKey.of(List.of(List.of(), List.of("a"))));
    }

    @Test
    void valuesOfDifferentTypesHaveDifferentKeys() {
        assertNotEquals(CacheKey.of("1"), CacheKey.of(1));
        assertNotEquals(CacheKey.of("null"), CacheKey.of((Object) null));
        assertNotEquals(CacheKey.of("a/b"), CacheKey.of(Path.of("a/b")));
        assertNotEquals(CacheKey.of(true), CacheKey.of("T"));
        assertNotEquals(CacheKey.of(new Page("p", List.of(), 1)), CacheKey.of(new OtherPage("p", List.of(), 1)));
    }

    @Test
    void everyComponentOfARecordCounts() {
        String key = CacheKey.of(new Page("p", List.of("h"), 1));

        assertNotEquals(key, CacheKey.of(new Page("q", List.of("h"), 1)));
        assertNotEquals(key, CacheKey.of(new Page("p", List.of("H"), 1)));
        assertNotEquals(key, CacheKey.of(new Page("p", List.of("h"), 2)));
    }

    @Test
    void aListsOrderCountsButASetsOrMapsDoesNot() {
        assertNotEquals(CacheKey.of(List.of("a", "b")), CacheKey.of(List.of("b", "a")));
        assertEquals(CacheKey.of(new LinkedHashSet<>(List.of("a", "b", "c"))), CacheKey.of(new LinkedHashSet<>(List.of("c", "a", "b"))));
        assertEquals(CacheKey.of(new LinkedHashSet<>(List.of(new Page("a", List.of(), 1), new Page("b", List.of(), 2)))),
                CacheKey.of(new LinkedHashSet<>(List.of(new Page("b", List.of(), 2), new Page("a", List.of(), 1)))));
        Map<String, Integer> forward = new LinkedHashMap<>();
        forward.put("a", 1);
        forward.put("b", 2);
        Map<String, Integer> backward = new LinkedHashMap<>();
        backward.put("b", 2);
        backward.put("a", 1);
        assertEquals(CacheKey.of(forward), CacheKey.of(backward));
        assertNotEquals(CacheKey.of(forward), CacheKey.of(Map.of("a", 2, "b", 1)));
    }

    /** A page's body is hashed past the buffer small values gather in: a change anywhere in it is a new key. */
    @Test
    void aOneCharacterChangeAnywhereInALongTextIsANewKey() {
        char[] text = new char[20_000];
        Arrays.fill(text, 'x');
        String key = CacheKey.of("before", new String(text), "after");
        Set<String> keys = new LinkedHashSet<>();
        for (int at : new int[] {0, 1_023, 1_024, 10_000, 19_999}) {
            char[] changed = text.clone();
            changed[at] = 'y';
            keys.add(CacheKey.of("before", new String(changed), "after"));
        }

        assertEquals(5, keys.size(), "each change a key of its own");
        assertTrue(!keys.contains(key), "no change keyed as the original");
    }

    /** Two bytes swapped keep a plain sum the same; neither checksum is fooled by it. */
    @Test
    void swappedBytesAreANewKey() {
        assertNotEquals(CacheKey.of(new byte[] {1, 2, 3, 4}), CacheKey.of(new byte[] {1, 3, 2, 4}));
        assertNotEquals(CacheKey.of("listpack-max"), CacheKey.of("listpack-mxa"));
    }

    @Test
    void textBeyondAsciiIsKeyedByEveryCharacter() {
        assertNotEquals(CacheKey.of("caf\u00e9"), CacheKey.of("cafe"));
        assertNotEquals(CacheKey.of("\u00e9"), CacheKey.of("\u00c3\u00a9"), "not the same as its UTF-8 bytes read as Latin-1");
        assertNotEquals(CacheKey.of("\u20ac1"), CacheKey.of("\u20ac2"));
        assertNotEquals(CacheKey.of("\ud83d\ude00"), CacheKey.of("\ud83d\ude01"));
    }

    @Test
    void everyCharacterIsKeyedAsItself() {
        Set<String> keys = new java.util.HashSet<>();
        int strings = 0;
        for (int c = 0; c < 0x10000; c++) {
            if (!Character.isSurrogate((char) c)) {
                keys.add(CacheKey.of("a" + (char) c));
                strings++;
            }
        }
        for (int point = 0x10000; point <= 0x10ffff; point += 0x3ff) {
            keys.add(CacheKey.of("a" + Character.toString(point)));
            strings++;
        }

        assertEquals(strings, keys.size());
    }

    /** A change anywhere in a non-ASCII text, short or long, is a new key. */
    @Test
    void aChangeInANonAsciiTextIsANewKeyShortOrLong() {
        for (int length : new int[] {200, 256, 257, 2_000}) {
            for (char wide : new char[] {'\u00e9', '\u20ac'}) {
                char[] text = new char[length];
                Arrays.fill(text, wide);
                String key = CacheKey.of(new String(text));
                for (int at : new int[] {0, length / 2, length - 1}) {
                    char[] changed = text.clone();
                    changed[at] = 'x';
                    assertNotEquals(key, CacheKey.of(new String(changed)), length + " chars, a change at " + at);
                }
            }
        }
        assertNotEquals(CacheKey.of("\ud83d\ude00".repeat(200)), CacheKey.of("\ud83d\ude01".repeat(200)));
    }

    /** A key is made while another is being made when a value's own key is made as it is read, or a map's entries are keyed. */
    @Test
    void aKeyMadeWhileAnotherIsBeingMadeLeavesBothAsTheyWouldBeAlone() {
        Keyed keyedOnDemand = () -> CacheKey.of("inner", List.of("x", "y"));
        Map<String, Page> map = Map.of("a", new Page("a.html", List.of("A"), 1), "b", new Page("b.html", List.of(), 2));
        String inner = CacheKey.of("inner", List.of("x", "y"));
        String outer = CacheKey.of("before", keyedOnDemand, map, "after");

        assertEquals(inner, keyedOnDemand.key());
        assertEquals(outer, CacheKey.of("before", KeyedText.of(inner, ""), map, "after"));
        assertEquals(outer, CacheKey.of("before", keyedOnDemand, map, "after"));
    }

    @Test
    void keysMadeOnManyThreadsAtOnceAreThoseMadeOnOne() {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            pages.add(new Page("page-" + i + ".html", List.of("Heading " + i, "\u00c9t\u00e9 " + i), i));
        }
        List<String> alone = pages.stream().map(CacheKey::of).toList();

        assertEquals(alone, pages.parallelStream().map(CacheKey::of).toList());
    }

    @Test
    void valuesFoundTheSameHaveOneKey() {
        List<Object> last = List.of("templates", new Page(new String("a/b.html"), new ArrayList<>(List.of("Intro")), 120),
                KeyedText.of("k1", "<p>one</p>"), Set.of("x", "y"));
        List<Object> made = Arrays.asList("templates", new Page("a/b.html", List.of("Intro"), 120), KeyedText.of("k1", "<p>two</p>"),
                new LinkedHashSet<>(List.of("y", "x")));

        assertTrue(CacheKey.same(last, made));
        assertEquals(CacheKey.of(last.toArray()), CacheKey.of(made.toArray()));
    }

    @Test
    void valuesThatDifferAnywhereAreNotTheSame() {
        List<Object> last = List.of("templates", new Page("a/b.html", List.of("Intro"), 120));

        assertFalse(CacheKey.same(last, List.of("templates", new Page("a/b.html", List.of("Intro"), 121))));
        assertFalse(CacheKey.same(last, List.of("templates", new Page("a/b.html", List.of("Intro", "More"), 120))));
        assertFalse(CacheKey.same(last, List.of("other", new Page("a/b.html", List.of("Intro"), 120))));
        assertFalse(CacheKey.same(last, List.of("templates")));
        assertFalse(CacheKey.same(last, Arrays.asList("templates", null)));
    }

    /** Told apart where their keys are equal (a number's type): never the same where the keys differ. */
    @Test
    void valuesOfDifferentTypesAreNotTheSameEvenWhereTheirKeysAre() {
        assertEquals(CacheKey.of(1), CacheKey.of(1L));
        assertFalse(CacheKey.same(List.of(1), List.of(1L)));
        assertFalse(CacheKey.same(List.of(new Page("p", List.of(), 1)), List.of(new OtherPage("p", List.of(), 1))));
    }

    @Test
    void aKeyedValueIsFoundTheSameByItsKeyAlone() {
        assertTrue(CacheKey.same(List.of(new KeyedPage("a.html", List.of("One"), "k1")), List.of(new KeyedPage("b.html", List.of(), "k1"))));
        assertFalse(CacheKey.same(List.of(new KeyedPage("a.html", List.of("One"), "k1")), List.of(new KeyedPage("a.html", List.of("One"), "k2"))));
        assertTrue(CacheKey.same(List.of(KeyedText.of("k1", "one")), List.of(KeyedText.of("k1", () -> fail("the text was made to compare it")))));
    }

    @Test
    void aValueWithNoEncodingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CacheKey.of(new Object()));
    }
}
