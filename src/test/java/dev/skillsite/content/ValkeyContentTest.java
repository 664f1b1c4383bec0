package dev.skillsite.content;

import dev.skillsite.skill.Route;
import dev.skillsite.skill.Skill;
import dev.skillsite.skill.SkillParser;
import dev.skillsite.skill.SourceFile;
import dev.skillsite.skill.Topic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Valkey reference itself meets the page format of shared/CONTENT.md: every topic the router lists
 * exists, has a title, a source map naming Valkey source files, and links to at least two other topics;
 * every routing line resolves.
 */
class ValkeyContentTest {
    private static final Path CONTENT = Path.of("content");
    private static final Pattern TOPIC_LINK = Pattern.compile("\\]\\(([\\w./-]+\\.md)(#[\\w-]+)?\\)");
    private static final List<String> HEADINGS = List.of("## Source map", "## How it works", "## Invariants and pitfalls",
            "## Tests", "## Related");

    private final Skill skill = new SkillParser().parse(CONTENT);

    @TestFactory
    Stream<DynamicTest> everyListedTopicFollowsThePageFormat() {
        return skill.topics().map(topic -> DynamicTest.dynamicTest(topic.source().toString(), () -> checkTopic(topic)));
    }

    private static void checkTopic(Topic topic) {
        Path file = CONTENT.resolve(topic.source());
        assertTrue(Files.isRegularFile(file), "missing " + file);
        String text = SourceFile.read(file).text();
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).startsWith("# "), file + " must open with a '# ' title");
        int at = 0;
        for (String heading : HEADINGS) {
            int found = lines.indexOf(heading);
            assertTrue(found > at, file + ": '" + heading + "' missing or out of order");
            at = found;
        }
        String sourceMap = text.substring(text.indexOf("## Source map"), text.indexOf("## How it works"));
        assertTrue(sourceMap.contains("`src/"), file + ": the source map names no src/ file");
        Matcher links = TOPIC_LINK.matcher(text);
        long others = links.results().map(m -> m.group(1)).filter(l -> !l.equals(topic.source().getFileName().toString())).distinct().count();
        assertTrue(others >= 2, file + " links to " + others + " other topics; at least two are needed");
        assertTrue(lines.size() >= 60 && lines.size() <= 200, file + " has " + lines.size() + " lines; 60 to 200 expected");
    }

    @Test
    void everyRoutingLineResolvesToAtLeastOneSection() {
        assertFalse(skill.routes().isEmpty());
        for (Route route : skill.routes()) {
            assertFalse(route.targets().isEmpty(), route.task());
        }
    }

    @Test
    void routerCoversTheSeedEighteenSectionsSixtyFourTopicsAndTwentyFiveRoutes() {
        assertEquals(18, skill.sections().size());
        assertEquals(64, skill.topics().count());
        assertEquals(25, skill.routes().size());
        assertTrue(skill.warnings().isEmpty(), skill.warnings().toString());
    }

    @Test
    void frontMatterHasTheSkillsNameAndADescriptionOfAtMost1024Characters() {
        assertEquals("valkey-dev", skill.metadata().name());
        assertTrue(skill.metadata().description().length() <= 1024);
        assertFalse(skill.metadata().version().isBlank());
        assertFalse(skill.metadata().argumentHint().isBlank());
    }
}
