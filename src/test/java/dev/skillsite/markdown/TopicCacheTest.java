package dev.skillsite.markdown;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The markdown stage's cache keeps its pages' search words as numbers in one vocabulary. */
class TopicCacheTest {
    @Test
    void keepsTheBuildsVocabularyWhileMostOfItsWordsAreUsed() {
        Vocabulary vocabulary = Vocabulary.EMPTY.extended();
        Map<String, TopicCache.Entry> entries = Map.of("a.md", entry("a", "ziplist listpack ziplist", vocabulary));
        SearchWords.of("quicklist", vocabulary); // a word of a page since edited

        TopicCache cache = TopicCache.of(entries, Map.of(), vocabulary);

        assertSame(vocabulary, cache.vocabulary());
        assertEquals(Map.of("ziplist", 2, "listpack", 1), words(cache.entries().get("a.md"), cache.vocabulary()));
    }

    @Test
    void keepsOnlyTheWordsItsEntriesUseOnceTheOthersAreMost() {
        Vocabulary vocabulary = Vocabulary.EMPTY.extended();
        SearchWords.of("quicklist intset hashtable skiplist", vocabulary);
        Map<String, TopicCache.Entry> entries = Map.of(
                "a.md", entry("a", "listpack ziplist ziplist", vocabulary),
                "b.md", entry("b", "ziplist dict", vocabulary));

        TopicCache cache = TopicCache.of(entries, Map.of(), vocabulary);

        assertEquals(3, cache.vocabulary().size());
        assertEquals(Map.of("listpack", 1, "ziplist", 2), words(cache.entries().get("a.md"), cache.vocabulary()));
        assertEquals(Map.of("ziplist", 1, "dict", 1), words(cache.entries().get("b.md"), cache.vocabulary()));
    }

    @Test
    void aCacheReadBackNumbersItsWordsAsWritten() throws IOException, ClassNotFoundException {
        Vocabulary vocabulary = Vocabulary.EMPTY.extended();
        TopicCache cache = TopicCache.of(Map.of("a.md", entry("a", "listpack ziplist ziplist", vocabulary)), Map.of(), vocabulary);

        TopicCache read = (TopicCache) copy(cache);

        assertEquals(Map.of("listpack", 1, "ziplist", 2), words(read.entries().get("a.md"), read.vocabulary()));
    }

    @Test
    void refusesAnEntryWithAWordOutsideItsVocabulary() {
        Vocabulary larger = Vocabulary.EMPTY.extended();
        TopicCache.Entry entry = entry("a", "listpack ziplist", larger);
        Vocabulary smaller = Vocabulary.EMPTY.extended();
        SearchWords.of("listpack", smaller);

        assertThrows(IllegalArgumentException.class, () -> new TopicCache(Map.of("a.md", entry), Map.of(), smaller));
    }

    @Test
    void theEmptyVocabularyEveryBuildStartsFromTakesNoWords() {
        assertThrows(IllegalStateException.class, () -> SearchWords.of("listpack", Vocabulary.EMPTY));
        assertEquals(0, Vocabulary.EMPTY.size());
    }

    private static TopicCache.Entry entry(String key, String text, Vocabulary vocabulary) {
        return new TopicCache.Entry(key, List.of(), "", key, "", ("<p>" + text + "</p>").getBytes(UTF_8), List.of(), Set.of(),
                SearchWords.of(text, vocabulary), List.of(), List.of());
    }

    private static Map<String, Integer> words(TopicCache.Entry entry, Vocabulary vocabulary) {
        Map<String, Integer> words = new TreeMap<>();
        SearchWords searchWords = entry.words();
        for (int i = 0; i < searchWords.distinct(); i++) {
            words.put(vocabulary.word(searchWords.word(i)), searchWords.count(i));
        }
        return words;
    }

    private static Object copy(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
