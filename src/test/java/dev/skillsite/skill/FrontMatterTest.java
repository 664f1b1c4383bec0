package dev.skillsite.skill;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SKILL.md's front matter against the Agent Skills specification: outside it is a warning at the key's line. */
class FrontMatterTest {
    @TempDir
    Path temp;

    /** Parses a skill in a folder of this name; {@code inRepository} makes it one of several, known by its folder. */
    private Skill parse(String frontMatter, String folderName, boolean inRepository) throws IOException {
        Path skill = Files.createDirectories(temp.resolve(folderName));
        Files.writeString(skill.resolve("SKILL.md"), frontMatter + "\n# A Skill\n\nWhat it does.\n");
        return new SkillParser().parse(temp, Path.of(folderName), inRepository);
    }

    private Skill parse(String frontMatter, String folderName) throws IOException {
        return parse(frontMatter, folderName == null ? "skill" : folderName, folderName != null);
    }

    private List<String> warnings(String frontMatter) throws IOException {
        return parse(frontMatter, null).warnings().stream().map(w -> w.line() + ": " + w.message()).toList();
    }

    @Test
    void aSkillWithinTheSpecificationHasNoWarning() throws IOException {
        assertEquals(List.of(), warnings("---\nname: pdf-forms\ndescription: Fills PDF forms.\ncompatibility: Python 3.10+\n"
                + "metadata:\n  version: \"1.0\"\n---"));
    }

    @Test
    void aNameOutsideTheRulesIsAWarningAtItsLine() throws IOException {
        for (String name : List.of("PDF-Forms", "-pdf", "pdf-", "pdf--forms", "a".repeat(65))) {
            List<String> warnings = warnings("---\ndescription: Fills PDF forms.\nname: " + name + "\n---");
            assertEquals(1, warnings.size(), name);
            assertTrue(warnings.get(0).startsWith("3: 'name' should be 1 to 64 lowercase letters"), warnings.get(0));
        }
    }

    @Test
    void aNameThatIsNotItsFoldersIsAWarningWhereTheBuildKnowsSkillsByFolder() throws IOException {
        String frontMatter = "---\nname: pdf-forms\ndescription: Fills PDF forms.\n---";
        assertEquals(List.of(), parse(frontMatter, null).warnings());
        Problem warning = parse(frontMatter, "forms").warnings().get(0);
        assertTrue(warning.message().contains("the skill's folder is \"forms\""), warning.message());
    }

    @Test
    void aDescriptionOrCompatibilityOfTheWrongLengthIsAWarning() throws IOException {
        assertTrue(warnings("---\nname: a\n---").get(0).contains("'description' should have 1 to 1024 characters (has 0)"));
        assertTrue(warnings("---\nname: a\ndescription: x\ncompatibility: " + "y".repeat(501) + "\n---").get(0)
                .startsWith("4: 'compatibility' should have 1 to 500 characters (has 501)"));
    }

    @Test
    void metadataMustMapKeysToStrings() throws IOException {
        assertTrue(warnings("---\nname: a\ndescription: x\nmetadata:\n  version: 1.0\n---").get(0)
                .startsWith("4: 'metadata' should map keys to strings"));
    }

    @Test
    void aSkillWithoutFrontMatterBuildsWithAWarning() throws IOException {
        Path skill = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(skill.resolve("SKILL.md"), "# Plain\n\nNo front matter.\n");
        Skill parsed = new SkillParser().parse(skill);
        assertEquals("Plain", parsed.title());
        assertTrue(parsed.warnings().get(0).message().startsWith("no YAML front matter"));
    }

    @Test
    void frontMatterThatIsNotYamlCannotBeReadAndIsAnError() {
        ProblemException e = assertThrows(ProblemException.class, () -> parse("---\nname: [unclosed\n---", null));
        assertTrue(e.problems().get(0).message().contains("not valid YAML"));
    }

    @Test
    void theVersionMayStandInMetadataAsTheSpecificationPutsIt() throws IOException {
        assertEquals("2.1", parse("---\nname: a\ndescription: x\nmetadata:\n  version: \"2.1\"\n---", null).metadata().version());
    }
}
