package dev.skillsite.markdown;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a page that search can match. Taken once per topic file while it is rendered, so a
 * build that reuses the topic reuses its words too: splitting text was the largest cost of the index.
 */
final class SearchWords {
    private SearchWords() {
    }

    /**
     * The distinct words of a text, lower case, in order of first use: runs of at least two letters, digits
     * or underscores ({@code [\p{L}\p{N}_]{2,}}, counted in code points), except runs of ASCII digits and
     * underscores alone. Written out rather than matched with a regular expression: at 10,000 pages the
     * expression was the largest cost of the index.
     */
    static List<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int start = i;
            int codePoints = 0;
            boolean number = true;
            while (i < length) {
                int c = text.codePointAt(i);
                if (!isWordCharacter(c)) {
                    break;
                }
                number &= (c >= '0' && c <= '9') || c == '_';
                codePoints++;
                i += Character.charCount(c);
            }
            if (codePoints >= 2 && !number) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
            if (i == start) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return List.copyOf(words);
    }

    /** {@code \p{L}}, {@code \p{N}} or {@code _}, as java.util.regex reads them (by Character.getType). */
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
