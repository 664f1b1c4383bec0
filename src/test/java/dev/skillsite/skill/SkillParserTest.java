package dev.skillsite.skill;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkillParserTest {
    private static final Path SEED = Path.of("src/test/resources/skills/seed");
    private static final Path MINIMAL = Path.of("src/test/resources/skills/minimal");

    private final Skill seed = new SkillParser().parse(SEED);

    @Test
    void readsTheFrontMatterKeepingUnknownKeysAsMetadata() {
        Skill minimal = new SkillParser().parse(MINIMAL);
        assertEquals("tiny", minimal.metadata().name());
        assertEquals("A two-section skill used by the tests.", minimal.metadata().description());
        assertEquals("0.1.0", minimal.metadata().version());
        assertEquals("[topic]", minimal.metadata().argumentHint());
        assertEquals("MIT", minimal.metadata().extra().get("license"));
    }

    @Test
    void takesTheTitleFromTheFirstLevelOneHeading() {
        assertEquals("Valkey Contributor Reference", seed.title());
    }

    @Test
    void findsTheEighteenSectionsOfTheSeedInOrder() {
        List<String> titles = seed.sections().stream().map(Section::title).toList();
        assertEquals(18, titles.size());
        assertEquals("Architecture", titles.get(0));
        assertEquals("Contributing", titles.get(17));
        assertEquals("build-test", seed.sections().get(16).slug());
        assertEquals("pub-sub", seed.sections().get(10).slug());
    }

    @Test
    void findsTheSixtyFourTopicsWithTheirDescriptionsAndFiles() {
        assertEquals(64, seed.topics().count());
        Topic eventLoop = seed.sections().get(0).topic("event-loop").orElseThrow();
        assertEquals(Path.of("reference/architecture-event-loop.md"), eventLoop.source());
        assertEquals("architecture/event-loop.html", eventLoop.page().path());
        assertTrue(eventLoop.description().startsWith("The ae reactor"), eventLoop.description());
    }

    @Test
    void keepsProsePassagesWithTheLineTheirBodyStartsOn() {
        List<String> headings = seed.passages().stream().map(Passage::heading).toList();
        assertEquals(List.of("Quick Start", "Critical Rules"), headings);
        Passage rules = seed.passages().get(1);
        assertTrue(rules.markdown().contains("1. Sign off every commit"));
        String line = SourceFile.read(SEED.resolve("SKILL.md")).text().lines().toList().get(rules.firstLine() - 1);
        assertEquals("## Critical Rules", line);
    }

    @Test
    void readsEveryRoutingLine() {
        assertEquals(25, seed.routes().size());
        Route first = seed.routes().get(0);
        assertEquals("Building or compiling the server", first.task());
        assertEquals(16, first.line());
    }

    @Test
    void acceptsAReferencesFolderAsWellAsReference() {
        Skill minimal = new SkillParser().parse(MINIMAL);
        assertEquals(Path.of("references/alpha-one.md"), minimal.sections().get(0).topics().get(0).source());
    }

    @Test
    void describesATopicByItsTableCellAsPlainText() {
        Skill minimal = new SkillParser().parse(MINIMAL);
        assertEquals("The second topic, with code", minimal.sections().get(0).topics().get(1).description());
    }

    @Test
    void aParserGivesTheSkillItReadBeforeWhileSkillMdAndTheFilesAreUnchanged(@TempDir Path temp) throws IOException {
        Path skill = copyOfMinimal(temp);
        SkillParser parser = new SkillParser();
        Skill first = parser.parse(skill);

        assertSame(first, parser.parse(skill));
        assertNotSame(first, new SkillParser().parse(skill), "a new parser reads the files");
    }

    @Test
    void aParserReadsSkillMdAgainOnceItChanges(@TempDir Path temp) throws IOException {
        Path skill = copyOfMinimal(temp);
        SkillParser parser = new SkillParser();
        parser.parse(skill);
        Path skillFile = skill.resolve(Skill.SKILL_FILE);
        Files.writeString(skillFile, Files.readString(skillFile).replace("# Tiny Skill", "# Renamed Skill"));

        assertEquals("Renamed Skill", parser.parse(skill).title());
    }

    @Test
    void aParserReadsTheSkillAgainOnceAFileIsAdded(@TempDir Path temp) throws IOException {
        Path skill = copyOfMinimal(temp);
        SkillParser parser = new SkillParser();
        parser.parse(skill);
        Files.writeString(skill.resolve("notes.txt"), "later\n");

        assertEquals(List.of(Path.of("notes.txt")), parser.parse(skill).files().stream().map(SkillFile::source).toList());
    }

    @Test
    void aParserListsTheSkillFolderAgainOnlyOnceAFolderItListedSaysItChanged(@TempDir Path temp) throws IOException {
        Path skill = copyOfMinimal(temp);
        SkillParser parser = new SkillParser();
        parser.parse(skill);
        FileTime listed = addDocumentKeepingItsFolderTime(skill);
        assertEquals(List.of(), documents(parser.parse(skill)), "the folder says it is as it was: not listed again");

        Files.setLastModifiedTime(skill.resolve("references"), FileTime.fromMillis(listed.toMillis() + 1_000));
        assertEquals(List.of(Path.of("references/gamma-four.md")), documents(parser.parse(skill)));
    }

    @Test
    void aParserListsTheSkillFolderAgainOnceAWatcherSawAFileAddedWhateverTheFolderSays(@TempDir Path temp) throws IOException {
        Path skill = copyOfMinimal(temp);
        SkillParser parser = new SkillParser();
        parser.parse(skill);
        addDocumentKeepingItsFolderTime(skill);
        parser.forget(List.of(skill.resolve("references/gamma-four.md")));

        assertEquals(List.of(Path.of("references/gamma-four.md")), documents(parser.parse(skill)));
    }

    @Test
    void aParserListsAgainASkillFolderWithASymbolicLinkEveryTime(@TempDir Path temp) throws IOException {
        Path skill = copyOfMinimal(temp);
        Files.createSymbolicLink(skill.resolve("references/alpha-first.md"), Path.of("alpha-one.md"));
        SkillParser parser = new SkillParser();
        parser.parse(skill);
        addDocumentKeepingItsFolderTime(skill);

        assertTrue(documents(parser.parse(skill)).contains(Path.of("references/gamma-four.md")),
                "a link's target may change while its folder stays as it was");
    }

    @Test
    void aParserListsTheSkillFolderAgainOnceAnotherSkillsFolderInItLosesItsSkillMd(@TempDir Path temp) throws IOException {
        Path skill = copyOfMinimal(temp);
        Path inner = Files.createDirectories(skill.resolve("inner"));
        Files.writeString(inner.resolve(Skill.SKILL_FILE), "---\nname: inner\ndescription: Another skill.\n---\n\n# Inner\n");
        Files.writeString(inner.resolve("notes.md"), "# Notes\n");
        SkillParser parser = new SkillParser();
        assertEquals(List.of(), documents(parser.parse(temp, Path.of("minimal"), true)), "the inner skill's notes are its own");
        FileTime listed = Files.getLastModifiedTime(inner);
        Files.delete(inner.resolve(Skill.SKILL_FILE));
        Files.setLastModifiedTime(inner, FileTime.fromMillis(listed.toMillis() + 1_000));

        assertEquals(List.of(Path.of("minimal/inner/notes.md")), documents(parser.parse(temp, Path.of("minimal"), true)));
    }

    @Test
    void aParserReportsAnErrorInFilesItReadWellBefore(@TempDir Path temp) throws IOException {
        Path skill = copyOfMinimal(temp);
        SkillParser parser = new SkillParser();
        parser.parse(skill);
        Files.delete(skill.resolve("references/alpha-one.md"));

        assertThrows(ProblemException.class, () -> parser.parse(skill));
    }

    /**
     * Adds {@code references/gamma-four.md}, which no section lists, and puts its folder's time back, as a write
     * within one tick of the file system's clock would leave it; returns that time.
     */
    private static FileTime addDocumentKeepingItsFolderTime(Path skill) throws IOException {
        Path references = skill.resolve("references");
        FileTime listed = Files.getLastModifiedTime(references);
        Files.writeString(references.resolve("gamma-four.md"), "# Gamma four\n");
        Files.setLastModifiedTime(references, listed);
        return listed;
    }

    /** The documents no section lists, by file. */
    private static List<Path> documents(Skill skill) {
        return skill.documents().stream().map(Topic::source).toList();
    }

    private static Path copyOfMinimal(Path temp) throws IOException {
        Path skill = temp.resolve("minimal");
        PathUtils.copyDirectory(MINIMAL, skill);
        return skill;
    }
}
