package dev.skillsite.skill;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteResolverTest {
    private final Skill seed = new SkillParser().parse(Path.of("src/test/resources/skills/seed"));

    private final Skill loose = new SkillParser().parse(Path.of("src/test/resources/skills/loose-router"));

    private static String resolved(Skill skill, int route) {
        return skill.routes().get(route).targets().stream().map(RouteResolverTest::describe).toList().toString();
    }

    private String resolved(int route) {
        return resolved(seed, route);
    }

    /** "Section[topic, topic]", a topic that resolved to nothing in quotes; "**skill**"; "text?" for what resolved to nothing. */
    private static String describe(Route.Target target) {
        if (target instanceof Route.InSection in) {
            return in.section().title() + in.topics().stream()
                    .map(m -> m.topic() == null ? "'" + m.name() + "'" : m.topic().name()).toList();
        }
        return target instanceof Route.OtherSkill skill ? "**" + skill.name() + "**" : target.text() + "?";
    }

    private List<String> warnings(int line) {
        return loose.warnings().stream().filter(w -> w.line() == line).map(Problem::message).toList();
    }

    @Test
    void resolvesAllTwentyFiveSeedRoutes() {
        assertEquals(25, seed.routes().size());
        seed.routes().forEach(r -> assertTrue(!r.targets().isEmpty(), r.task()));
        long targets = seed.routes().stream().mapToLong(r -> r.targets().size()).sum();
        assertEquals(35, targets);
    }

    @Test
    void matchesAnExactSectionTitle() {
        assertEquals("[Security[acl, tls]]", resolved(9));
    }

    @Test
    void matchesTheReferenceFilePrefixOfAnotherSection() {
        // "Testing (ci-pipeline)": ci-pipeline lives in Build & Test, in testing-ci-pipeline.md
        assertEquals("[Build & Test[ci-pipeline], Build & Test[sanitizers]]", resolved(8));
    }

    @Test
    void matchesAShortenedSectionTitle() {
        assertEquals("[Memory Management[eviction]]", resolved(3));
        assertEquals("[Configuration[expiry]]", resolved(17));
        assertEquals("[Valkey-Specific Subsystems[rdma, transport-layer]]", resolved(22));
    }

    @Test
    void resolvesAWholeSectionWithoutTopics() {
        assertEquals("[Replication[], Cluster[failover], Sentinel[]]", resolved(10));
    }

    @Test
    void aTargetThatMatchesNoSectionStaysTextWithAWarningNamingTheClosestSections() {
        Skill skill = new SkillParser().parse(Path.of("src/test/resources/bad/unresolvable-route"));
        Problem warning = skill.warnings().get(0);
        assertEquals(14, warning.line());
        assertTrue(warning.file().endsWith("SKILL.md"));
        assertTrue(warning.message().contains("\"Gamma\" matches no section; closest: \"Beta\""), warning.message());
        assertEquals("[Gamma (zeta)?]", resolved(skill, 1));
    }

    @Test
    void anUnknownTopicStaysTextWithAWarningNamingTheClosestTopics() {
        Skill skill = new SkillParser().parse(Path.of("src/test/resources/bad/unknown-route-topic"));
        assertEquals(List.of(13), skill.warnings().stream().map(Problem::line).toList());
        assertTrue(skill.warnings().get(0).message().contains("no topic \"too\"; closest: \"two\""), skill.warnings().get(0).message());
    }

    @Test
    void aTopicNamedByTheStartOfItsNameIsLinkedWithAWarning() {
        assertEquals("[Patterns[queues-streams]]", resolved(loose, 0));
        assertTrue(warnings(10).get(0).contains("linked to \"queues-streams\""), warnings(10).toString());
    }

    @Test
    void aBoldTargetNamesAnotherSkillWithAWarningWhenTheBuildDoesNotHoldIt() {
        assertEquals("[**glide-mq**]", resolved(loose, 1));
        assertEquals(List.of(), warnings(11), "the skill alone cannot tell");
        List<Problem> warnings = SkillSet.read(Path.of("src/test/resources/skills/loose-router")).warnings();
        assertEquals(List.of(11), warnings.stream().map(Problem::line).toList());
        assertTrue(warnings.get(0).message().contains("names the skill \"glide-mq\""), warnings.toString());
    }

    @Test
    void aMisspeltSectionWhoseTopicsResolveIsLinkedWithAWarning() {
        assertEquals("[Storage[snapshots]]", resolved(loose, 2));
        assertTrue(warnings(12).get(0).contains("\"Frobnication\" matches no section; its topics are in \"Storage\""),
                warnings(12).toString());
    }

    @Test
    void aLineWithoutTargetsOrWithUnknownOnesStaysText() {
        assertEquals("[Nowhere?]", resolved(loose, 3));
        assertEquals("Read the patterns first", loose.routes().get(4).task());
        assertEquals(List.of(), loose.routes().get(4).targets());
        assertEquals(1, warnings(13).size());
        assertEquals(1, warnings(14).size());
    }

    @Test
    void anArrowMayBeWrittenAsOneCharacter() {
        assertEquals("[Patterns[queues-streams], Storage[]]", resolved(loose, 5));
        assertEquals(List.of(), warnings(15));
    }

    @Test
    void splitsTargetsOnlyOnCommasOutsideParentheses() {
        assertEquals(List.of("A (x, y)", "B", "C (z)"), RouteResolver.splitTopLevel("A (x, y), B, C (z)"));
    }
}
