package dev.skillsite.bench;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.skillsite.skill.LineIndex;
import dev.skillsite.skill.Slugs;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The performance fixes in the skill model answer exactly what the code they replaced answered. */
class SkillFixesTest {
    @Test
    void lineIndexAnswersEveryOffsetAsFlexmarkDoes() {
        Parser parser = Parser.builder(new MutableDataSet()).build();
        for (String text : new String[] {"", "a", "\n", "# T\n\ntext\n", "a\r\nb\r\n\r\nc", "a\rb\r\rc\n", "x\n\ny\r\n\rz"}) {
            Document document = parser.parse(text);
            LineIndex index = LineIndex.of(text);
            for (int offset = 0; offset < text.length(); offset++) {
                assertEquals(document.getLineNumber(offset), index.lineOf(offset),
                        "offset " + offset + " of " + text.replace("\r", "\\r").replace("\n", "\\n"));
            }
        }
    }

    @Test
    void slugsTakeTheirShortCutOnlyWhereTheLongWayGivesTheSame() {
        List<String> names = List.of("event-loop", "io-threads", "a", "x1", "rdb", "Event-Loop", "-lead", "trail-", "double--dash",
                "Build & Test", "Pub/Sub", "Valkey-Specific", "Données Été", "  spaced  out ", "---", "", "under_score", "tab\tname",
                "ǅemal", "ﬁle", "42", "a-b-c-d");
        for (String name : names) {
            assertEquals(original(name), Slugs.of(name), name);
        }
        SyntheticSkill skill = new SyntheticSkill(300, 3);
        for (int i = 0; i < skill.pages(); i++) {
            String title = skill.page(i).lines().findFirst().orElseThrow().substring(2);
            assertEquals(original(title), Slugs.of(title), title);
        }
    }

    /** Slugs.of as it was before the short cut. */
    private static String original(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "section" : slug;
    }
}
