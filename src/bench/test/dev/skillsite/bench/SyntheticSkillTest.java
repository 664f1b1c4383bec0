package dev.skillsite.bench;

import dev.skillsite.build.BuildOptions;
import dev.skillsite.build.BuildResult;
import dev.skillsite.build.SiteBuild;
import dev.skillsite.skill.Skill;
import dev.skillsite.skill.SkillParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's input: deterministic, the size asked for, shaped as the issue asks, and a clean build. */
class SyntheticSkillTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#]+\\.md)(#[^)]*)?\\)");

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        new SyntheticSkill(120, 7).write(temp.resolve("a"));
        new SyntheticSkill(120, 7).write(temp.resolve("b"));
        Map<String, byte[]> a = files(temp.resolve("a"));
        Map<String, byte[]> b = files(temp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void anotherSeedWritesAnotherSkill() {
        assertNotEquals(new SyntheticSkill(50, 1).skillFile(), new SyntheticSkill(50, 2).skillFile());
        assertNotEquals(new SyntheticSkill(50, 1).page(3), new SyntheticSkill(50, 2).page(3));
    }

    @Test
    void writesTheRequestedNumberOfTopicPagesAllListedInTheRouter() throws IOException {
        for (int n : new int[] {2, 37, 400}) {
            Path root = temp.resolve("n" + n);
            new SyntheticSkill(n, 42).write(root);
            try (Stream<Path> files = Files.list(root.resolve("reference"))) {
                assertEquals(n, files.filter(f -> f.toString().endsWith(".md")).count());
            }
            Skill skill = new SkillParser().parse(root);
            assertEquals(n, skill.topics().count());
            assertTrue(skill.warnings().isEmpty(), skill.warnings().toString());
            assertFalse(skill.routes().isEmpty());
        }
    }

    @Test
    void pagesAreAboutAHundredLinesWithTablesCodeAndThreeToEightCrossLinks() {
        SyntheticSkill skill = new SyntheticSkill(200, 42);
        for (int i = 0; i < skill.pages(); i++) {
            String page = skill.page(i);
            long lines = page.lines().count();
            assertTrue(lines >= 80 && lines <= 130, "page " + i + " has " + lines + " lines");
            assertTrue(page.startsWith("# "), "title first");
            assertTrue(page.contains("\n```c\n"), "fenced C code");
            assertTrue(page.contains("\n|---|---|---|---|\n"), "a GFM table");
            assertTrue(page.contains("\n## Related\n"));
            Matcher links = LINK.matcher(page);
            int count = 0;
            while (links.find()) {
                count++;
            }
            assertTrue(count >= 3 && count <= 8, "page " + i + " has " + count + " cross-links");
        }
    }

    @Test
    void aSmallSkillBuildsWithNoBrokenLinks() {
        Path content = temp.resolve("skill");
        new SyntheticSkill(30, 42).write(content);
        BuildResult result = new SiteBuild().run(new BuildOptions(content, temp.resolve("site"), Path.of("."), "", "/", true));
        assertEquals(30, result.topics());
        assertTrue(result.check().findings().isEmpty(), result.check().text());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        assertTrue(result.check().links() > 30 * 3, "links checked: " + result.check().links());
        assertTrue(Files.isRegularFile(temp.resolve("site/index.html")));
    }

    @Test
    void writesHugoAndMkDocsSitesOfTheSameMarkdown() throws IOException {
        Path content = temp.resolve("skill");
        SyntheticSkill skill = new SyntheticSkill(12, 42);
        skill.write(content);
        ForeignSites.writeHugo(content, temp.resolve("hugo"), Path.of("."));
        ForeignSites.writeMkDocs(content, temp.resolve("mkdocs"), Path.of("."));
        try (Stream<Path> walk = Files.walk(temp.resolve("hugo/content"))) {
            assertEquals(12, walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("_")).count());
        }
        assertTrue(Files.isRegularFile(temp.resolve("hugo/hugo.toml")));
        assertTrue(Files.isRegularFile(temp.resolve("hugo/layouts/_default/_markup/render-link.html")));
        String mkdocs = Files.readString(temp.resolve("mkdocs/mkdocs.yml"));
        assertEquals(13, mkdocs.lines().filter(l -> l.contains(".md\"") || l.contains("SKILL.md")).count(), mkdocs);
        try (Stream<Path> files = Files.list(content.resolve("reference"))) {
            for (Path file : files.toList()) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(temp.resolve("mkdocs/docs/reference").resolve(file.getFileName())));
            }
        }
    }

    @Test
    void benchmarkOptionsReadBothSpellings() {
        Benchmark.Options options = Benchmark.Options.parse("--sizes=100,1_000", "--repeat", "2", "--hugo", "false", "--profile", "--tool-timeout=60");
        assertEquals(java.util.List.of(100, 1000), options.sizes());
        assertEquals(2, options.repeat());
        assertFalse(options.hugo());
        assertTrue(options.mkdocs());
        assertTrue(options.profile());
        assertEquals(60, options.toolTimeout());
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
