package dev.skillsite.search;

/**
 * Martin Porter's stemmer for English (1980), as his reference implementation has it, and one step more:
 * {@code snapshots} and {@code snapshot}, {@code evicting} and {@code eviction} meet at {@code snapshot} and
 * {@code evict}. The step more drops the {@code i} that Porter leaves of a final {@code y} from a stem of
 * five letters or more, so that {@code expiry} meets {@code expire} and {@code expiring} at {@code expir},
 * and {@code memory} meets {@code memories} at {@code memor}. Written out step by step, like its twin in
 * {@code search.js}: the site's search stems queries with that one, and a word the two stemmed differently
 * could never be found.
 */
final class PorterStemmer {
    private final char[] b;
    /** The end of the word as the steps have cut it so far ({@code k}), and the end of the stem a rule tests ({@code j}). */
    private int k;
    private int j;

    private PorterStemmer(String word) {
        b = word.toCharArray();
        k = b.length - 1;
    }

    /** The stem of a lower-case word of ASCII letters; words of one or two letters are their own stems. */
    static String stem(String word) {
        if (word.length() <= 2) {
            return word;
        }
        PorterStemmer s = new PorterStemmer(word);
        s.step1ab();
        if (s.k > 0) {
            s.step1c();
            s.step2();
            s.step3();
            s.step4();
            s.step5();
        }
        if (s.k >= 4 && s.b[s.k] == 'i') {
            s.k--;
        }
        return new String(s.b, 0, s.k + 1);
    }

    /** Whether the letter at {@code i} is a consonant: not a vowel, and {@code y} only after a vowel or first. */
    private boolean cons(int i) {
        return switch (b[i]) {
            case 'a', 'e', 'i', 'o', 'u' -> false;
            case 'y' -> i == 0 || !cons(i - 1);
            default -> true;
        };
    }

    /** How many vowel-consonant sequences the stem {@code b[0..j]} has: its measure. */
    private int m() {
        int n = 0;
        int i = 0;
        while (true) {
            if (i > j) {
                return n;
            }
            if (!cons(i)) {
                break;
            }
            i++;
        }
        i++;
        while (true) {
            while (true) {
                if (i > j) {
                    return n;
                }
                if (cons(i)) {
                    break;
                }
                i++;
            }
            i++;
            n++;
            while (true) {
                if (i > j) {
                    return n;
                }
                if (!cons(i)) {
                    break;
                }
                i++;
            }
            i++;
        }
    }

    private boolean vowelInStem() {
        for (int i = 0; i <= j; i++) {
            if (!cons(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean doubleConsonant(int i) {
        return i >= 1 && b[i] == b[i - 1] && cons(i);
    }

    /** Consonant-vowel-consonant ending at {@code i}, the last not w, x or y: {@code hop}, not {@code snow}. */
    private boolean cvc(int i) {
        if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
            return false;
        }
        return b[i] != 'w' && b[i] != 'x' && b[i] != 'y';
    }

    /** Whether the word ends in {@code s}; if so {@code j} marks the stem before it. */
    private boolean ends(String s) {
        int length = s.length();
        if (length > k + 1) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (b[k - length + 1 + i] != s.charAt(i)) {
                return false;
            }
        }
        j = k - length;
        return true;
    }

    /** Replaces what follows the stem with {@code s}, never longer than what it replaces. */
    private void setTo(String s) {
        int length = s.length();
        for (int i = 0; i < length; i++) {
            b[j + 1 + i] = s.charAt(i);
        }
        k = j + length;
    }

    private void r(String s) {
        if (m() > 0) {
            setTo(s);
        }
    }

    /** Plurals and -ed or -ing: caresses → caress, ponies → poni, meetings → meet, hopping → hop. */
    private void step1ab() {
        if (b[k] == 's') {
            if (ends("sses")) {
                k -= 2;
            } else if (ends("ies")) {
                setTo("i");
            } else if (b[k - 1] != 's') {
                k--;
            }
        }
        if (ends("eed")) {
            if (m() > 0) {
                k--;
            }
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            if (ends("at")) {
                setTo("ate");
            } else if (ends("bl")) {
                setTo("ble");
            } else if (ends("iz")) {
                setTo("ize");
            } else if (doubleConsonant(k)) {
                k--;
                char c = b[k];
                if (c == 'l' || c == 's' || c == 'z') {
                    k++;
                }
            } else if (m() == 1 && cvc(k)) {
                setTo("e");
            }
        }
    }

    /** A final y after a vowel in the stem becomes i: happy → happi. */
    private void step1c() {
        if (ends("y") && vowelInStem()) {
            b[k] = 'i';
        }
    }

    /** Double suffixes to single ones: relational → relate, digitizer → digitize. */
    private void step2() {
        switch (b[k - 1]) {
            case 'a' -> {
                if (ends("ational")) {
                    r("ate");
                } else if (ends("tional")) {
                    r("tion");
                }
            }
            case 'c' -> {
                if (ends("enci")) {
                    r("ence");
                } else if (ends("anci")) {
                    r("ance");
                }
            }
            case 'e' -> {
                if (ends("izer")) {
                    r("ize");
                }
            }
            case 'l' -> {
                if (ends("bli")) {
                    r("ble");
                } else if (ends("alli")) {
                    r("al");
                } else if (ends("entli")) {
                    r("ent");
                } else if (ends("eli")) {
                    r("e");
                } else if (ends("ousli")) {
                    r("ous");
                }
            }
            case 'o' -> {
                if (ends("ization")) {
                    r("ize");
                } else if (ends("ation")) {
                    r("ate");
                } else if (ends("ator")) {
                    r("ate");
                }
            }
            case 's' -> {
                if (ends("alism")) {
                    r("al");
                } else if (ends("iveness")) {
                    r("ive");
                } else if (ends("fulness")) {
                    r("ful");
                } else if (ends("ousness")) {
                    r("ous");
                }
            }
            case 't' -> {
                if (ends("aliti")) {
                    r("al");
                } else if (ends("iviti")) {
                    r("ive");
                } else if (ends("biliti")) {
                    r("ble");
                }
            }
            case 'g' -> {
                if (ends("logi")) {
                    r("log");
                }
            }
            default -> {
            }
        }
    }

    /** -ic-, -full, -ness and the like: electrical → electric, hopeful → hope. */
    private void step3() {
        switch (b[k]) {
            case 'e' -> {
                if (ends("icate")) {
                    r("ic");
                } else if (ends("ative")) {
                    r("");
                } else if (ends("alize")) {
                    r("al");
                }
            }
            case 'i' -> {
                if (ends("iciti")) {
                    r("ic");
                }
            }
            case 'l' -> {
                if (ends("ical")) {
                    r("ic");
                } else if (ends("ful")) {
                    r("");
                }
            }
            case 's' -> {
                if (ends("ness")) {
                    r("");
                }
            }
            default -> {
            }
        }
    }

    /** -ant, -ence and the like, from stems long enough to keep: adjustment → adjust. */
    private void step4() {
        boolean found = switch (b[k - 1]) {
            case 'a' -> ends("al");
            case 'c' -> ends("ance") || ends("ence");
            case 'e' -> ends("er");
            case 'i' -> ends("ic");
            case 'l' -> ends("able") || ends("ible");
            case 'n' -> ends("ant") || ends("ement") || ends("ment") || ends("ent");
            case 'o' -> (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't')) || ends("ou");
            case 's' -> ends("ism");
            case 't' -> ends("ate") || ends("iti");
            case 'u' -> ends("ous");
            case 'v' -> ends("ive");
            case 'z' -> ends("ize");
            default -> false;
        };
        if (found && m() > 1) {
            k = j;
        }
    }

    /** A final -e from a long stem, and -ll to -l: probate → probat, controll → control. */
    private void step5() {
        j = k;
        if (b[k] == 'e') {
            int a = m();
            if (a > 1 || (a == 1 && !cvc(k - 1))) {
                k--;
            }
        }
        if (b[k] == 'l' && doubleConsonant(k) && m() > 1) {
            k--;
        }
    }
}
