package dev.skillsite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How text becomes what search matches, at build time here and at query time in {@code search.js}, which
 * does the same step for step: {@code src/test/resources/search/text.tsv} holds the cases both are tested
 * against. A run is letters, digits and underscores, joined by single hyphens ({@code list-max-listpack-size});
 * a word is a run lower-cased, and a run of ASCII digits and underscores alone, or of one character, is
 * none. A code name is also split into its parts, so that {@code beforeSleep} is the words
 * {@code beforesleep}, {@code before} and {@code sleep}, {@code OBJ_ENCODING_EMBSTR} is
 * {@code obj_encoding_embstr}, {@code obj}, {@code encoding} and {@code embstr}, and a config name is
 * found whole or by its parts.
 * English words too common to tell pages apart ({@link #STOP_WORDS}) are no words. A word's term, what the
 * index is keyed by, is its Porter stem when it is plain English letters.
 */
public final class SearchText {
    /** The words a question is made of rather than what it asks about: "how does the event loop sleep". */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does",
            "for", "from", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "my", "of", "on", "or", "so",
            "than", "that", "the", "their", "then", "there", "these", "this", "to", "was", "were", "what", "when", "where",
            "which", "while", "who", "why", "will", "with", "you", "your");

    private SearchText() {
    }

    /** The words of a text in order: each run whole, then its parts when it has more than one. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        forEachWord(text, words::add);
        return words;
    }

    /** Gives each word of a text to {@code words}, in order, without building a list. */
    public static void forEachWord(String text, Consumer<String> words) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int start = i;
            while (i < length) {
                int c = text.codePointAt(i);
                if (isWordCharacter(c)) {
                    i += Character.charCount(c);
                } else if (c == '-' && i > start && i + 1 < length && isWordCharacter(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (i > start) {
                run(text.substring(start, i), words);
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
    }

    /** The term a word is indexed and looked up by: its stem when it is lower-case ASCII letters only. */
    public static String term(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return word;
            }
        }
        return PorterStemmer.stem(word);
    }

    private static void run(String run, Consumer<String> words) {
        word(run, words);
        if (mayHaveParts(run)) {
            List<String> parts = parts(run);
            if (parts.size() > 1) {
                parts.forEach(part -> word(part, words));
            }
        }
    }

    /** Whether a run may be cut into parts: false for lower-case ASCII letters alone, most runs of prose. */
    private static boolean mayHaveParts(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c < 'a' || c > 'z') {
                return true;
            }
        }
        return false;
    }

    private static void word(String text, Consumer<String> words) {
        if (isWord(text)) {
            String word = text.toLowerCase(Locale.ROOT);
            if (!STOP_WORDS.contains(word)) {
                words.accept(word);
            }
        }
    }

    /** At least two characters, not all ASCII digits, underscores and hyphens. */
    private static boolean isWord(String run) {
        if (run.codePointCount(0, run.length()) < 2) {
            return false;
        }
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c != '_' && c != '-' && (c < '0' || c > '9')) {
                return true;
            }
        }
        return false;
    }

    /**
     * A run cut at underscores and hyphens, before an upper-case letter that follows a lower-case one
     * ({@code before|Sleep}), before the last of several upper-case letters when a lower-case one follows
     * ({@code ACL|Set}), and between letters and digits ({@code RESP|3}).
     */
    private static List<String> parts(String run) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < run.length(); ) {
            int c = run.codePointAt(i);
            int width = Character.charCount(c);
            if (c == '_' || c == '-') {
                if (i > start) {
                    parts.add(run.substring(start, i));
                }
                start = i + width;
            } else if (i > start && cut(run.codePointBefore(i), c, i + width < run.length() ? run.codePointAt(i + width) : -1)) {
                parts.add(run.substring(start, i));
                start = i;
            }
            i += width;
        }
        if (start < run.length()) {
            parts.add(run.substring(start));
        }
        return parts;
    }

    /** @param next the character after {@code c}, -1 at the end of the run */
    private static boolean cut(int previous, int c, int next) {
        if (isDigit(previous) != isDigit(c)) {
            return true;
        }
        if (!isUpper(c)) {
            return false;
        }
        return isLower(previous) || (isUpper(previous) && next >= 0 && isLower(next));
    }

    private static boolean isUpper(int c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    private static boolean isDigit(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** A letter that is not upper-case, or a number that is not a digit: what may precede an upper-case cut. */
    private static boolean isLower(int c) {
        return c != '_' && c != '-' && !isUpper(c) && !isDigit(c);
    }

    /** {@code \p{L}}, {@code \p{N}} or {@code _}, as java.util.regex and JavaScript's {@code /[\p{L}\p{N}_]/u} read them. */
    private static boolean isWordCharacter(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
