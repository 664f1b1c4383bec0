package dev.skillsite.markdown;

import dev.skillsite.cache.Changes;
import dev.skillsite.cache.StoredPart;
import dev.skillsite.site.SitePath;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The markdown stage's cache: its pages' search words as numbers in one vocabulary, its entries as a whole and the changes since. */
class TopicCacheTest {
    @Test
    void keepsTheBuildsVocabularyWhileMostOfItsWordsAreUsed() {
        Vocabulary vocabulary = Vocabulary.EMPTY.extended();
        Map<String, TopicCache.Entry> entries = Map.of("a.md", entry("a", "ziplist listpack ziplist", vocabulary));
        SearchWords.of("quicklist", vocabulary); // a word of a page since edited

        TopicCache cache = TopicCache.of(entries, Map.of(), vocabulary, TopicCache.EMPTY);

        assertSame(vocabulary, cache.vocabulary());
        assertEquals(Map.of("ziplist", 2, "listpack", 1), words(cache.entry("a.md"), cache.vocabulary()));
    }

    @Test
    void keepsOnlyTheWordsItsEntriesUseOnceTheOthersAreMost() {
        Vocabulary vocabulary = Vocabulary.EMPTY.extended();
        SearchWords.of("quicklist intset hashtable skiplist", vocabulary);
        Map<String, TopicCache.Entry> entries = Map.of(
                "a.md", entry("a", "listpack ziplist ziplist", vocabulary),
                "b.md", entry("b", "ziplist dict", vocabulary));

        TopicCache cache = TopicCache.of(entries, Map.of(), vocabulary, TopicCache.EMPTY);

        assertEquals(3, cache.vocabulary().size());
        assertEquals(Map.of("listpack", 1, "ziplist", 2), words(cache.entry("a.md"), cache.vocabulary()));
        assertEquals(Map.of("ziplist", 1, "dict", 1), words(cache.entry("b.md"), cache.vocabulary()));
    }

    @Test
    void aCacheReadBackNumbersItsWordsAsWritten() throws IOException, ClassNotFoundException {
        Vocabulary vocabulary = Vocabulary.EMPTY.extended();
        TopicCache cache = TopicCache.of(Map.of("a.md", entry("a", "listpack ziplist ziplist", vocabulary)), Map.of(), vocabulary, TopicCache.EMPTY);

        TopicCache read = (TopicCache) copy(cache);

        assertEquals(Map.of("listpack", 1, "ziplist", 2), words(read.entry("a.md"), read.vocabulary()));
    }

    @Test
    void anEntryReadBackHoldsEveryFieldAsWritten() throws IOException, ClassNotFoundException {
        Vocabulary vocabulary = Vocabulary.EMPTY.extended();
        TopicCache.Entry entry = new TopicCache.Entry("key", List.of("data/ziplist.md", "data/listpack.md"), "targets",
                "Ziplist — the old encoding", "A compact list", "<h1>Ziplist</h1>".getBytes(UTF_8),
                List.of(new Heading(1, "Ziplist", "ziplist", 1), new Heading(2, "Entries ≠ nodes", "entries-nodes", 7)),
                Set.of(new SitePath("data/listpack.html"), new SitePath("index.html")), SearchWords.of("ziplist entries", vocabulary),
                List.of(new MarkdownCopy.Span(3, 20, new SitePath("data/listpack.html"), null, "entries"),
                        new MarkdownCopy.Span(30, 41, null, new SitePath("src/ziplist.c"), null)),
                List.of(new TopicCache.Warning(9, "a link to nothing")));

        TopicCache.Entry read = (TopicCache.Entry) copy(entry);

        assertEquals(List.of(entry.key(), entry.consulted(), entry.targetsKey(), entry.title(), entry.summary(), entry.headings(),
                        entry.linksTo(), entry.markdownLinks(), entry.warnings()),
                List.of(read.key(), read.consulted(), read.targetsKey(), read.title(), read.summary(), read.headings(),
                        read.linksTo(), read.markdownLinks(), read.warnings()));
        assertArrayEquals(entry.html(), read.html());
        assertEquals(words(entry, vocabulary), words(read, vocabulary));
    }

    @Test
    void refusesAnEntryWithAWordOutsideItsVocabulary() {
        Vocabulary larger = Vocabulary.EMPTY.extended();
        TopicCache.Entry entry = entry("a", "listpack ziplist", larger);
        Vocabulary smaller = Vocabulary.EMPTY.extended();
        SearchWords.of("listpack", smaller);

        assertThrows(IllegalArgumentException.class, () -> new TopicCache(new StoredPart<>(Map.of("a.md", entry)), Changes.none(), Map.of(), smaller));
    }

    @Test
    void aLaterBuildKeepsTheWholeAndHoldsWhatChangedSinceBesideIt() {
        Vocabulary vocabulary = Vocabulary.EMPTY.extended();
        Map<String, TopicCache.Entry> first = sixteen(vocabulary);
        TopicCache whole = TopicCache.of(first, Map.of(), vocabulary, TopicCache.EMPTY);
        assertEquals(first, whole.base().value());

        Map<String, TopicCache.Entry> second = new HashMap<>(first);
        TopicCache.Entry edited = entry("k0 edited", "listpack", vocabulary);
        second.put("0.md", edited);
        second.remove("1.md");
        TopicCache next = TopicCache.of(second, Map.of(), vocabulary, whole);

        assertSame(whole.base(), next.base(), "the whole is kept, to be linked rather than written again");
        assertEquals(Map.of("0.md", edited), next.changes().changed());
        assertEquals(Set.of("1.md"), next.changes().removed());
        assertSame(edited, next.entry("0.md"));
        assertNull(next.entry("1.md"));
        assertSame(first.get("2.md"), next.entry("2.md"));
    }

    @Test
    void changesComingToMoreThanAnEighthOfTheWholeMakeANewWhole() {
        Vocabulary vocabulary = Vocabulary.EMPTY.extended();
        Map<String, TopicCache.Entry> entries = sixteen(vocabulary);
        TopicCache whole = TopicCache.of(entries, Map.of(), vocabulary, TopicCache.EMPTY);
        entries.put("0.md", entry("k0 edited", "listpack", vocabulary));
        entries.put("1.md", entry("k1 edited", "listpack", vocabulary));
        TopicCache two = TopicCache.of(entries, Map.of(), vocabulary, whole);
        entries.put("2.md", entry("k2 edited", "listpack", vocabulary));
        TopicCache three = TopicCache.of(entries, Map.of(), vocabulary, two);

        assertSame(whole.base(), two.base(), "two changes of 16 are an eighth");
        assertNotSame(whole.base(), three.base());
        assertEquals(entries, three.base().value());
        assertEquals(Map.of(), three.changes().changed());
    }

    @Test
    void theEmptyVocabularyEveryBuildStartsFromTakesNoWords() {
        assertThrows(IllegalStateException.class, () -> SearchWords.of("listpack", Vocabulary.EMPTY));
        assertEquals(0, Vocabulary.EMPTY.size());
    }

    /** Sixteen entries, 0.md to 15.md, for a whole whose eighth is two. */
    private static Map<String, TopicCache.Entry> sixteen(Vocabulary vocabulary) {
        Map<String, TopicCache.Entry> entries = new HashMap<>();
        for (int i = 0; i < 16; i++) {
            entries.put(i + ".md", entry("k" + i, "listpack ziplist", vocabulary));
        }
        return entries;
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
