package dev.skillsite.skill;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugsTest {
    @Test
    void aPathSegmentIsTheTitleInLowerCaseAsciiWithDashesBetweenWords() {
        assertEquals("build-test", Slugs.of("Build & Test"));
        assertEquals("pub-sub", Slugs.of("Pub/Sub"));
        assertEquals("donnees-ete", Slugs.of("Données Été"));
        assertEquals("section", Slugs.of("---"));
    }

    @Test
    void theShortCutForNamesThatAreAlreadySlugsGivesWhatTheLongWayGives() {
        List<String> names = List.of("event-loop", "io-threads", "a", "x1", "rdb", "Event-Loop", "-lead", "trail-", "double--dash",
                "Build & Test", "Pub/Sub", "Valkey-Specific", "Données Été", "  spaced  out ", "---", "", "under_score", "tab\tname",
                "ǅemal", "ﬁle", "42", "a-b-c-d", "Section 12 Topic 7: the cache line");
        for (String name : names) {
            assertEquals(longWay(name), Slugs.of(name), name);
        }
    }

    /** The rule written plainly, without the short cut. */
    private static String longWay(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "section" : slug;
    }
}
