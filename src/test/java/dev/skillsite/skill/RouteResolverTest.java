package dev.skillsite.skill;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteResolverTest {
    private final Skill seed = new SkillParser().parse(Path.of("src/test/resources/skills/seed"));

    private String resolved(int route) {
        return seed.routes().get(route).targets().stream()
                .map(t -> t.section().title() + t.topics().stream().map(Topic::name).toList())
                .toList().toString();
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
    void reportsAnUnknownTargetWithLineAndClosestSections() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> new SkillParser().parse(Path.of("src/test/resources/bad/unresolvable-route")));
        Problem problem = e.problems().get(0);
        assertEquals(14, problem.line());
        assertTrue(problem.file().endsWith("SKILL.md"));
        assertTrue(problem.message().contains("\"Gamma\" matches no section; closest: \"Beta\""), problem.message());
    }

    @Test
    void reportsAnUnknownTopicWithTheClosestTopicNames() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> new SkillParser().parse(Path.of("src/test/resources/bad/unknown-route-topic")));
        assertEquals(List.of(13), e.problems().stream().map(Problem::line).toList());
        assertTrue(e.problems().get(0).message().contains("no topic \"too\"; closest: \"two\""), e.problems().get(0).message());
    }

    @Test
    void splitsTargetsOnlyOnCommasOutsideParentheses() {
        assertEquals(List.of("A (x, y)", "B", "C (z)"), RouteResolver.splitTopLevel("A (x, y), B, C (z)"));
    }
}
