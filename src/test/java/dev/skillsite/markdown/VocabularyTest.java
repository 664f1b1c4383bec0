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
            assertEquals(SearchText.term(stored.word(i)), stored.term(stored.termOf(i)), stored.word(i));
        }
    }

    @Test
    void copiesOfCopiesFindEveryWordAndTermUnderTheNumberItWasGiven() {
        Vocabulary first = Vocabulary.EMPTY.extended();
        SearchWords.of(FIRST, first);
        Vocabulary second = first.extended();
        SearchWords.of(LATER, second);
        Vocabulary third = second.extended();
        SearchWords.of("zipmap intset ziplist", third);
        Vocabulary fourth = third.extended();

        assertNumbered(first);
        assertNumbered(fourth);
        assertEquals(first.word(0), fourth.word(0));
        assertOrdered(fourth);
    }

    @Test
    void keepingSomeWordsKeepsTheirTermsAndOnlyThose() {
        Vocabulary vocabulary = Vocabulary.EMPTY.extended();
        SearchWords.of(FIRST + " " + LATER, vocabulary);
        boolean[] kept = new boolean[vocabulary.size()];
        for (int i = 0; i < kept.length; i += 2) {
            kept[i] = true;
        }
        int[] renumbered = new int[kept.length];
        Vocabulary left = vocabulary.keeping(kept, renumbered);

        for (int i = 0; i < kept.length; i++) {
            assertEquals(kept[i] ? vocabulary.word(i) : null, renumbered[i] < 0 ? null : left.word(renumbered[i]));
        }
        assertNumbered(left);
        assertEquals(Arrays.stream(left.termsInOrder()).mapToObj(left::term).toList(),
                Arrays.stream(left.inTextOrder()).mapToObj(w -> SearchText.term(left.word(w))).distinct().sorted().toList());
        assertOrdered(left.extended());
    }

    /** Every word is found under its number, with its own term, which is found under its number too. */
    private static void assertNumbered(Vocabulary vocabulary) {
        for (int i = 0; i < vocabulary.size(); i++) {
            String word = vocabulary.word(i);
            assertEquals(i, vocabulary.find(word), word);
            String term = vocabulary.term(vocabulary.termOf(i));
            assertEquals(SearchText.term(word), term, word);
            assertEquals(vocabulary.termOf(i), vocabulary.findTerm(term), term);
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
        assertEquals(List.copyOf(terms), Arrays.stream(vocabulary.termsInOrder()).mapToObj(vocabulary::term).toList());
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
