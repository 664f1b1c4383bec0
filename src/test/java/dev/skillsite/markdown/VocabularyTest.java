package dev.skillsite.markdown;

import dev.skillsite.search.SearchText;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The vocabulary keeps, from build to build, the words' order and their terms' order, which the search index lists them in. */
class VocabularyTest {
    private static final String FIRST = "ziplist listpack quicklist encoding encoded encodes hashtable rehashing rehash";
    private static final String LATER = "aardvark listpacks zset encodings skiplist";

    @Test
    void givesItsWordsInTextOrderAndTheirDistinctTermsInOrder() {
        Vocabulary vocabulary = Vocabulary.EMPTY.extended();
        SearchWords.of(FIRST, vocabulary);
        assertOrdered(vocabulary);
    }

    @Test
    void aCopyOfAStoredVocabularyMergesTheWordsAddedSinceIntoTheOrderItKept() throws Exception {
        Vocabulary first = Vocabulary.EMPTY.extended();
        SearchWords.of(FIRST, first);
        Vocabulary stored = copy(first);
        Vocabulary next = stored.extended();
        SearchWords.of(LATER, next);

        assertOrdered(stored);
        assertOrdered(next);
        assertOrdered(copy(next).extended());
    }

    @Test
    void aStoredVocabularyKeepsEachWordsTerm() throws Exception {
        Vocabulary first = Vocabulary.EMPTY.extended();
        SearchWords.of(FIRST, first);
        Vocabulary stored = copy(first);
        for (int i = 0; i < stored.size(); i++) {
            assertEquals(SearchText.term(stored.word(i)), stored.term(i), stored.word(i));
        }
    }

    /** The orders equal those of sorting every word and every term afresh. */
    private static void assertOrdered(Vocabulary vocabulary) {
        String[] words = new String[vocabulary.size()];
        TreeSet<String> terms = new TreeSet<>();
        for (int i = 0; i < words.length; i++) {
            words[i] = vocabulary.word(i);
            terms.add(SearchText.term(words[i]));
        }
        Arrays.sort(words);
        assertEquals(List.of(words), Arrays.stream(vocabulary.inTextOrder()).mapToObj(vocabulary::word).toList());
        assertEquals(List.copyOf(terms), vocabulary.termsInOrder());
    }

    private static Vocabulary copy(Vocabulary vocabulary) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(vocabulary);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Vocabulary) in.readObject();
        }
    }
}
