package dev.skillsite.build;

import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.skillsite.build.Builds.build;
import static dev.skillsite.build.Builds.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each bad input gives one clear error naming file and line, and leaves the previous output alone. What
 * leaves a usable site is a warning instead, naming file and line the same way, and an error with --strict.
 */
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

    /** The one warning a build of the fixture gives; with --strict, the same, as an error that publishes nothing. */
    private Problem warning(String fixture) throws IOException {
        BuildResult result = build(fixture("bad/" + fixture), temp.resolve("lenient"));
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        Problem warning = result.warnings().get(0);
        assertTrue(!warning.isError(), warning.toString());
        Path out = temp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("previous.html"), "the last good build");
        ProblemException strict = assertThrows(ProblemException.class, () -> new SiteBuild().run(
                new BuildOptions(fixture("bad/" + fixture), out, Builds.PROJECT, "", "", true, true)));
        assertEquals(List.of(warning.asError()), strict.problems());
        assertEquals("the last good build", Files.readString(out.resolve("previous.html")), "previous output damaged");
        return warning;
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
        assertProblem(failure("missing-reference"), "SKILL.md", 38, "references/beta-three.md, which is not a file of the skill");
    }

    @Test
    void twoTopicsWithTheSameNameInASection() throws IOException {
        assertProblem(failure("duplicate-topic"), "SKILL.md", 33, "topic \"two\" appears twice");
    }

    @Test
    void routingTargetThatMatchesNoSectionIsAWarning() throws IOException {
        assertProblem(warning("unresolvable-route"), "SKILL.md", 14, "\"Gamma\" matches no section");
    }

    @Test
    void emptyTopicFileIsAWarning() throws IOException {
        assertProblem(warning("empty-reference"), "references/beta-three.md", 1, "empty file");
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
    void topicWithoutTitleIsAWarningAndTakesItsName() throws IOException {
        assertProblem(warning("no-title"), "references/beta-three.md", 1, "no '# Title' heading");
        assertTrue(Files.readString(temp.resolve("lenient/beta/three.html")).contains("<h1>three</h1>"));
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
    void aMarkdownFileNoSectionListsIsAPageAtItsOwnPathWithoutAWarning() throws IOException {
        BuildResult result = build(fixture("bad/unlisted-reference"), temp.resolve("site"));
        assertEquals(List.of(), result.warnings());
        assertTrue(Files.isRegularFile(temp.resolve("site/references/alpha-extra.html")));
        assertTrue(Files.readString(temp.resolve("site/index.html")).contains("href=\"references/alpha-extra.html\""));
    }
}
