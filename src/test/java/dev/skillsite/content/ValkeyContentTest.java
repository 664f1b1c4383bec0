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
 * every routing line resolves; every topic closes with the line naming the Valkey source it was checked
 * against, and a topic that mentions 9.0 names the files and commit its 9.0 facts come from.
 */
class ValkeyContentTest {
    private static final Path CONTENT = Path.of("content");
    private static final Pattern TOPIC_LINK = Pattern.compile("\\]\\(([\\w./-]+\\.md)(#[\\w-]+)?\\)");
    private static final List<String> HEADINGS = List.of("## Source map", "## How it works", "## Invariants and pitfalls",
            "## Tests", "## Related");

    /** The first clause every closing line starts with, character for character. */
    static final String BASELINE = "Source baseline: Valkey unstable, January 2025 (commit 7699a3a)";
    /** The closing line: the baseline clause, then any number of {@code ; clause}s, then a full stop. */
    static final Pattern CLOSING_LINE = Pattern.compile(Pattern.quote(BASELINE) + "(?:; [^;]+)*\\.");
    /** A clause for 9.0 facts: at least one file (a name with an extension), then a commit of 7+ hex digits. */
    static final Pattern NINE_ZERO_CLAUSE = Pattern.compile(
            "9\\.0 facts marked \"9\\.0\\+\" from (?:.*\\s)?[\\w.-]+(?:/[\\w.-]+)*\\.\\w+(?:\\s.*)? at [0-9a-f]{7,40}\\b.*");
    /** "9.0" as a version: not part of a longer number such as 19.0 or 9.01. */
    static final Pattern MENTIONS_NINE_ZERO = Pattern.compile("(?<![\\d.])9\\.0(?!\\d)");

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

    @TestFactory
    Stream<DynamicTest> everyListedTopicEndsWithTheSourceBaselineLine() {
        return skill.topics().map(topic -> DynamicTest.dynamicTest(topic.source().toString(), () -> {
            Path file = CONTENT.resolve(topic.source());
            String last = closingLine(SourceFile.read(file).text());
            assertTrue(isClosingLine(last), file + ": the last non-blank line must be '" + BASELINE
                    + "', optional '; ...' clauses, and a final '.'; found: " + last);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTopicThatMentions90NamesTheFilesAndCommitOfIts90Facts() {
        return skill.topics().map(topic -> DynamicTest.dynamicTest(topic.source().toString(), () -> {
            Path file = CONTENT.resolve(topic.source());
            String text = SourceFile.read(file).text();
            if (MENTIONS_NINE_ZERO.matcher(text).find()) {
                String last = closingLine(text);
                assertTrue(hasNineZeroClause(last), file + " mentions 9.0, so its closing line needs a clause"
                        + " '9.0 facts marked \"9.0+\" from <files> at <commit>'; found: " + last);
            }
        }));
    }

    @Test
    void closingLineRuleAcceptsTheFormatsOfTheContentBrief() {
        assertTrue(isClosingLine(BASELINE + "."));
        String nineZero = BASELINE + "; 9.0 facts marked \"9.0+\" from src/vset.c and src/t_hash.c at 008734e.";
        assertTrue(isClosingLine(nineZero));
        assertTrue(hasNineZeroClause(nineZero));
        String twoTrees = BASELINE + "; 9.0 facts marked \"9.0+\" from src/cluster_migrateslots.c at 3f1a2b9;"
                + " 8.0 behaviour from valkey-io/valkey src/kvstore.h at 04d76d8.";
        assertTrue(isClosingLine(twoTrees));
        assertTrue(hasNineZeroClause(twoTrees));
    }

    @Test
    void closingLineRuleRejectsAnotherFirstClause() {
        assertFalse(isClosingLine("Source baseline: Valkey unstable, January 2025."));
        assertFalse(isClosingLine("Source baseline: Valkey unstable (commit 7699a3a)."));
        assertFalse(isClosingLine("Checked against " + BASELINE + "."));
    }

    @Test
    void closingLineRuleRejectsALineWithoutTheFinalFullStop() {
        assertFalse(isClosingLine(BASELINE));
        assertFalse(isClosingLine(BASELINE + "; 9.0 facts marked \"9.0+\" from src/vset.c at 008734e"));
    }

    @Test
    void closingLineRuleRejectsEmptyOrUnseparatedClauses() {
        assertFalse(isClosingLine(BASELINE + "; ."));
        assertFalse(isClosingLine(BASELINE + ", 9.0 facts marked \"9.0+\" from src/vset.c at 008734e."));
    }

    @Test
    void nineZeroClauseNeedsAFileAndACommitOfSevenHexDigits() {
        assertFalse(hasNineZeroClause(BASELINE + "; 9.0 facts marked \"9.0+\" from src/vset.c."));
        assertFalse(hasNineZeroClause(BASELINE + "; 9.0 facts marked \"9.0+\" from src/vset.c at 008734."));
        assertFalse(hasNineZeroClause(BASELINE + "; 9.0 facts marked \"9.0+\" from the release at 008734e."));
        assertFalse(hasNineZeroClause(BASELINE + "; 9.0 facts from src/vset.c at 008734e."));
        assertFalse(hasNineZeroClause(BASELINE + "."));
    }

    @Test
    void onlyAVersionNineZeroCountsAsAMentionOf90() {
        assertTrue(MENTIONS_NINE_ZERO.matcher("new in 9.0").find());
        assertTrue(MENTIONS_NINE_ZERO.matcher("9.0+: vset").find());
        assertTrue(MENTIONS_NINE_ZERO.matcher("says 9.0.5").find());
        assertFalse(MENTIONS_NINE_ZERO.matcher("ratio 19.0").find());
        assertFalse(MENTIONS_NINE_ZERO.matcher("version 9.01").find());
        assertFalse(MENTIONS_NINE_ZERO.matcher("8.1+ only").find());
    }

    /** The last non-blank line of a page, trimmed; empty for a blank page. */
    static String closingLine(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    static boolean isClosingLine(String line) {
        return CLOSING_LINE.matcher(line).matches();
    }

    /** True when the closing line is well formed and one of its clauses is a 9.0 clause. */
    static boolean hasNineZeroClause(String line) {
        if (!isClosingLine(line)) {
            return false;
        }
        String clauses = line.substring(BASELINE.length(), line.length() - 1);
        for (String clause : clauses.split("; ")) {
            if (NINE_ZERO_CLAUSE.matcher(clause).matches()) {
                return true;
            }
        }
        return false;
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
