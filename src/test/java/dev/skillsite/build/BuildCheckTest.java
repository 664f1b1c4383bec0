package dev.skillsite.build;

import dev.skillsite.TestFolders;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build's own link check: a broken link fails the build, named at the file a person edits, the
 * markdown line for a link written in markdown and the template for a link a template wrote.
 */
class BuildCheckTest {
    private static final Path SKILL = Path.of("src/test/resources/check/skill");

    @TempDir
    Path temp;

    @Test
    void aBrokenImageInMarkdownFailsTheBuildAtItsMarkdownLine() {
        ProblemException failure = assertThrows(ProblemException.class, () -> build(Path.of(".")));

        Problem problem = failure.problems().get(0);
        assertEquals(List.of(SKILL.resolve("reference/diagrams.md") + ":5"), where(failure.problems()));
        assertTrue(problem.message().startsWith("missing file: pages/event-loop.svg does not exist (/pages/event-loop.svg, in "), problem.message());
        assertFalse(Files.exists(temp.resolve("site")), "a failed build must leave no site");
    }

    @Test
    void aBrokenLinkInATemplateNamesTheTemplateOnceForAllItsPages() throws IOException {
        Path project = temp.resolve("project");
        TestFolders.copy(Path.of("templates"), project.resolve("templates"));
        TestFolders.copy(Path.of("assets"), project.resolve("assets"));
        Files.copy(Path.of("src/test/resources/check/project-template").resolve("broken-topic.ftl"), project.resolve("templates/broken-topic.ftl"));
        Files.writeString(project.resolve("jbake.properties"), Files.readString(Path.of("jbake.properties"))
                + "\ntemplate.topic.file=broken-topic.ftl\n");

        ProblemException failure = assertThrows(ProblemException.class, () -> build(project));

        assertEquals(List.of(SKILL.resolve("reference/diagrams.md") + ":5", project.resolve("templates/broken-topic.ftl") + ":0"),
                where(failure.problems()));
        String message = failure.problems().get(1).message();
        assertTrue(message.startsWith("missing file: changelog.html does not exist (../changelog.html, in "), message);
        assertTrue(message.endsWith(" and 1 more page); the link comes from this template or one it imports"), message);
    }

    private void build(Path project) {
        new SiteBuild().run(new BuildOptions(SKILL, temp.resolve("site"), project, "", "/", true));
    }

    private static List<String> where(List<Problem> problems) {
        return problems.stream().map(p -> p.file() + ":" + p.line()).toList();
    }
}
