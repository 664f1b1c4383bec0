package dev.skillsite.build;

import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.skillsite.build.Builds.build;
import static dev.skillsite.build.Builds.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each bad input gives one clear error naming file and line, and leaves the previous output alone. */
class BadInputTest {
    @TempDir
    Path temp;

    private Problem failure(String fixture) throws IOException {
        Path out = temp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("previous.html"), "the last good build");
        ProblemException e = assertThrows(ProblemException.class, () -> build(fixture("bad/" + fixture), out));
        assertEquals("the last good build", Files.readString(out.resolve("previous.html")), "previous output damaged");
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(1, files.count(), "a staging folder was left behind");
        }
        return e.problems().get(0);
    }

    private static void assertProblem(Problem problem, String file, int line, String words) {
        assertTrue(problem.file().toString().replace('\\', '/').endsWith(file), problem.toString());
        assertEquals(line, problem.line(), problem.toString());
        assertTrue(problem.message().contains(words), problem.toString());
    }

    @Test
    void missingSkillFile() throws IOException {
        assertProblem(failure("missing-skill-file"), "missing-skill-file/SKILL.md", 0, "no SKILL.md");
    }

    @Test
    void frontMatterThatIsNotYaml() throws IOException {
        assertProblem(failure("invalid-yaml"), "invalid-yaml/SKILL.md", 5, "not valid YAML");
    }

    @Test
    void tableRowLinkingToAMissingReferenceFile() throws IOException {
        assertProblem(failure("missing-reference"), "SKILL.md", 38, "references/beta-three.md, which does not exist");
    }

    @Test
    void twoTopicsWithTheSameNameInASection() throws IOException {
        assertProblem(failure("duplicate-topic"), "SKILL.md", 33, "topic \"two\" appears twice");
    }

    @Test
    void routingTargetThatMatchesNoSection() throws IOException {
        assertProblem(failure("unresolvable-route"), "SKILL.md", 14, "\"Gamma\" matches no section");
    }

    @Test
    void emptyReferenceFile() throws IOException {
        assertProblem(failure("empty-reference"), "references/beta-three.md", 1, "empty reference file");
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        assertProblem(failure("not-utf8"), "references/beta-three.md", 11, "not UTF-8");
    }

    @Test
    void linkToAMissingMarkdownFile() throws IOException {
        assertProblem(failure("broken-link"), "references/beta-three.md", 7, "alpha-tow.md");
    }

    @Test
    void linkToAMissingHeading() throws IOException {
        assertProblem(failure("missing-heading"), "references/alpha-two.md", 7, "no heading with id #detail");
    }

    @Test
    void topicWithoutTitle() throws IOException {
        assertProblem(failure("no-title"), "references/beta-three.md", 1, "no '# Title' heading");
    }

    @Test
    void templateThatDoesNotParse() throws IOException {
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("templates"));
        try (Stream<Path> templates = Files.list(Path.of("templates"))) {
            for (Path t : templates.toList()) {
                Files.copy(t, project.resolve("templates").resolve(t.getFileName()));
            }
        }
        Files.writeString(project.resolve("templates/section.ftl"), "<#ftl output_format=\"HTML\">\n<p>\n<#if>\n");
        Path out = temp.resolve("site");
        ProblemException e = assertThrows(ProblemException.class,
                () -> new SiteBuild().run(new BuildOptions(fixture("skills/minimal"), out, project, "", "/", true)));
        assertProblem(e.problems().get(0), "templates/section.ftl", 3, "template");
    }

    @Test
    void unlistedReferenceFileIsBuiltUnderOtherWithAWarning() throws IOException {
        BuildResult result = build(fixture("bad/unlisted-reference"), temp.resolve("site"));
        assertEquals(1, result.warnings().size());
        assertProblem(result.warnings().get(0), "references/alpha-extra.md", 0, "built under \"Other\"");
        assertTrue(Files.isRegularFile(temp.resolve("site/other/alpha-extra.html")));
    }
}
