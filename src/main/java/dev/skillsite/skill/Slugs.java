package dev.skillsite.skill;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe names for sections: "Build &amp; Test" becomes {@code build-test}, "Pub/Sub" {@code pub-sub}. */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "section" : slug;
    }
}
