package dev.skillsite.skill;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names for sections: "Build &amp; Test" becomes {@code build-test}, "Pub/Sub" {@code pub-sub}. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+|-+$)");

    private Slugs() {
    }

    public static String of(String title) {
        if (isSlug(title)) {
            return title; // what every topic name in a router already is: nothing to normalise
        }
        String ascii = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(SEPARATORS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "section" : slug;
    }

    /** Lower-case letters and digits in runs joined by single dashes: its own slug. */
    private static boolean isSlug(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == '-' || text.charAt(length - 1) == '-') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && (c != '-' || text.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }
}
