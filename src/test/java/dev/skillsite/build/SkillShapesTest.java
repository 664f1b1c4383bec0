package dev.skillsite.build;

import dev.skillsite.TestFolders;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.skillsite.build.Builds.build;
import static dev.skillsite.build.Builds.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Skills in the shapes the Agent Skills layout allows, each a fixture under src/test/resources/skills:
 * markdown beside SKILL.md and in folders, scripts and assets ({@code files}); no router at all
 * ({@code no-router}); a router in a loose dialect ({@code loose-router}).
 */
class SkillShapesTest {
    @TempDir
    static Path temp;
    static Path files;
    static BuildResult filesBuild;
    static Path noRouter;

    @BeforeAll
    static void buildTheShapes() {
        files = temp.resolve("files");
        filesBuild = build(fixture("skills/files"), files);
        noRouter = temp.resolve("no-router");
        build(fixture("skills/no-router"), noRouter);
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    @Test
    void everyMarkdownFileIsAPageAtItsOwnPathAndRouterTopicsKeepTheirSectionPages() {
        for (String path : List.of("forms.html", "editing.html", "agents/grader.html", "references/fields.html",
                "guides/filling.html")) {
            assertTrue(Files.isRegularFile(files.resolve(path)), path);
        }
        assertFalse(Files.exists(files.resolve("references/filling.html")), "a listed topic has one page, in its section");
    }

    @Test
    void everyOtherFileIsPublishedByteForByte() throws IOException {
        for (String path : List.of("scripts/fill.py", "scripts/check.sh", "assets/images/logo.png", "assets/fonts/inter.woff2",
                "LICENSE.txt", "templates/blank.txt")) {
            assertArrayEquals(Files.readAllBytes(fixture("skills/files").resolve(path)), Files.readAllBytes(files.resolve(path)), path);
        }
    }

    @Test
    void textFilesGetAPageThatShowsThemAndBinaryFilesDoNot() throws IOException {
        Document script = page(files, "scripts/fill.py.html");
        assertEquals("fill.py", script.selectFirst("h1").text());
        assertTrue(script.selectFirst("pre code.language-py").text().contains("def fill(form, values):"));
        assertEquals("../scripts/fill.py", script.selectFirst("a[download]").attr("href"));
        assertTrue(Files.isRegularFile(files.resolve("LICENSE.txt.html")));
        assertFalse(Files.exists(files.resolve("assets/images/logo.png.html")));
        assertFalse(Files.exists(files.resolve("assets/fonts/inter.woff2.html")));
    }

    @Test
    void linksToFilesLeadToTheirPagesAndImagesToTheFilesThemselves() throws IOException {
        Document forms = page(files, "forms.html");
        assertFalse(forms.select("a[href=references/fields.html#text-fields]").isEmpty());
        assertFalse(forms.select("a[href=agents/grader.html]").isEmpty());
        assertEquals("assets/images/logo.png", forms.selectFirst("article img").attr("src"));
        Document filling = page(files, "guides/filling.html");
        assertFalse(filling.select("a[href=../scripts/fill.py.html]").isEmpty(), "from the topic's page, not its source's folder");
        assertEquals("../assets/images/logo.png", page(files, "agents/grader.html").selectFirst("article img").attr("src"));
        assertFalse(page(files, "index.html").select("a[href=editing.html]").isEmpty(), "SKILL.md's own links, on the landing page");
    }

    @Test
    void hiddenFilesAndFoldersAreNotPublished() {
        assertFalse(Files.exists(files.resolve(".claude-plugin")));
    }

    @Test
    void pagesNoSectionListsAreInTheNavigationByFolderWithTheirTitles() throws IOException {
        Document landing = page(files, "index.html");
        List<String> folders = landing.select(".site-nav .folder").eachText();
        assertEquals(List.of("agents/", "references/", "scripts/", "templates/"), folders);
        List<String> top = landing.select(".site-nav .folder-items").first().select("a").eachText();
        assertEquals(List.of("LICENSE.txt", "Editing a Filled Form", "Forms"), top);
        assertTrue(landing.select(".site-nav a[href=references/fields.html]").text().contains("Field Reference"));
    }

    @Test
    void theAgentFilesListEveryPageAndFile() throws IOException {
        String llms = Files.readString(files.resolve("llms.txt"));
        assertTrue(llms.contains("- [Forms](forms.md)"), llms);
        assertTrue(llms.contains("- [fill.py](scripts/fill.py)"), llms);
        assertTrue(Files.readString(files.resolve("forms.md")).contains("[the grader](agents/grader.md)"));
        assertTrue(Files.readString(files.resolve("llms-full.txt")).contains("# Editing a Filled Form"));
    }

    @Test
    void aSkillWithoutARouterShowsItsProseAndItsPages() throws IOException {
        Document landing = page(noRouter, "index.html");
        assertTrue(landing.select("article.landing").text().contains("Formulas stay formulas"), "the prose before the first section");
        assertTrue(landing.select("table.routes").isEmpty(), "no routing table without routes");
        assertFalse(landing.select("a[href=charts.html#kinds-of-chart]").isEmpty());
        assertEquals(List.of("Charts", "Workbook Reference"), landing.select(".site-nav .folder-items a").eachText());
    }

    @Test
    void aLooseRouterBuildsWithAWarningPerLineItCouldNotFullyResolve() throws IOException {
        BuildResult result = build(fixture("skills/loose-router"), temp.resolve("loose"));
        assertEquals(List.of(10, 11, 12, 13, 14), result.warnings().stream().map(Problem::line).toList());
        assertTrue(result.warnings().stream().allMatch(w -> w.file().endsWith("SKILL.md")));
        Document landing = page(temp.resolve("loose"), "index.html");
        assertFalse(landing.select("table.routes a[href=patterns/queues-streams.html]").isEmpty());
        assertTrue(landing.select("table.routes").text().contains("glide-mq"), "a skill this build does not hold stays text");
    }

    @Test
    void strictTurnsTheWarningsIntoErrorsAndPublishesNothing() {
        Path out = temp.resolve("loose-strict");
        ProblemException e = assertThrows(ProblemException.class, () -> new SiteBuild().run(
                new BuildOptions(fixture("skills/loose-router"), out, Builds.PROJECT, "", "", true, true)));
        assertEquals(5, e.problems().size());
        assertTrue(e.problems().stream().allMatch(Problem::isError));
        assertFalse(Files.exists(out));
    }

    @Test
    void aDescriptionOverTheLimitIsAWarningAtItsLine() {
        BuildResult result = build(fixture("bad/long-description"), temp.resolve("long"));
        Problem warning = result.warnings().get(0);
        assertEquals(3, warning.line());
        assertTrue(warning.message().contains("1 to 1024 characters (has 1119)"), warning.message());
    }

    /** The build's one problem: at {@code file}, with no line, saying {@code says}. */
    private static void assertOneErrorAt(ProblemException e, Path file, String says) {
        assertEquals(List.of(file + ":0"), e.problems().stream().map(p -> p.file() + ":" + p.line()).toList());
        assertTrue(e.problems().get(0).message().contains(says), e.problems().get(0).message());
    }

    @Test
    void aSymbolicLinkedFolderOutOfTheSkillIsAnErrorAndNotWalked() throws IOException {
        Path skill = TestFolders.copy(fixture("skills/files"), temp.resolve("folder-linked-skill"));
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.md"), "# Secret\n\nNot part of the skill.\n");
        Path link = Files.createSymbolicLink(skill.resolve("references/elsewhere"), outside);

        ProblemException e = assertThrows(ProblemException.class, () -> build(skill, temp.resolve("folder-linked-site")));

        assertOneErrorAt(e, link, "outside the skill folder");
    }

    @Test
    void aSymbolicLinkToNothingIsAnError() throws IOException {
        Path skill = TestFolders.copy(fixture("skills/files"), temp.resolve("dangling-skill"));
        Path link = Files.createSymbolicLink(skill.resolve("references/gone.md"), temp.resolve("no-such-file.md"));

        ProblemException e = assertThrows(ProblemException.class, () -> build(skill, temp.resolve("dangling-site")));

        assertOneErrorAt(e, link, "a symbolic link to nothing");
    }

    @Test
    void aSymbolicLinkWithinTheSkillIsPublishedAsTheFileItLeadsTo() throws IOException {
        Path skill = TestFolders.copy(fixture("skills/files"), temp.resolve("inner-linked-skill"));
        Files.createSymbolicLink(skill.resolve("scripts/fill-again.py"), skill.resolve("scripts/fill.py"));
        Path out = temp.resolve("inner-linked-site");

        build(skill, out);

        assertEquals(Files.readString(skill.resolve("scripts/fill.py")), Files.readString(out.resolve("scripts/fill-again.py")));
    }

    @Test
    void aSymbolicLinkOutOfTheSkillIsAnErrorAndNothingIsPublished() throws IOException {
        Path skill = TestFolders.copy(fixture("skills/files"), temp.resolve("linked-skill"));
        Path outside = Files.writeString(temp.resolve("secret.md"), "# Secret\n\nNot part of the skill.\n");
        Path link = Files.createSymbolicLink(skill.resolve("references/notes.md"), outside);
        Path out = temp.resolve("linked-site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("previous.html"), "the last good build");

        ProblemException e = assertThrows(ProblemException.class, () -> build(skill, out));

        assertOneErrorAt(e, link, "outside the skill folder");
        assertEquals("the last good build", Files.readString(out.resolve("previous.html")));
    }

    @Test
    void aLinkOutOfTheSkillFolderIsAnErrorAtItsLine() throws IOException {
        Path skill = TestFolders.copy(fixture("skills/no-router"), temp.resolve("climbing"));
        Files.writeString(skill.resolve("charts.md"), "# Charts\n\nSee [the secret](../../secret.md).\n\n## Kinds of chart\n");

        ProblemException e = assertThrows(ProblemException.class, () -> build(skill, temp.resolve("climbing-site")));

        Problem problem = e.problems().get(0);
        assertEquals(skill.resolve("charts.md") + ":3", problem.file() + ":" + problem.line());
        assertTrue(problem.message().contains("leads out of the skill folder"), problem.message());
    }

    @Test
    void aMissingImageIsAnErrorAtItsMarkdownLineBeforeAnythingIsRendered() throws IOException {
        Path skill = TestFolders.copy(fixture("skills/no-router"), temp.resolve("imageless"));
        Files.writeString(skill.resolve("charts.md"), "# Charts\n\n![a bar chart](img/bars.png)\n\n## Kinds of chart\n");

        ProblemException e = assertThrows(ProblemException.class, () -> build(skill, temp.resolve("imageless-site")));

        assertEquals(skill.resolve("charts.md") + ":3", e.problems().get(0).file() + ":" + e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("img/bars.png is not a file of this skill"), e.problems().get(0).message());
    }

    @Test
    void anEditedScriptIsShownAndPublishedAgainAsACleanBuildWould() throws IOException {
        Path skill = TestFolders.copy(fixture("skills/files"), temp.resolve("edited"));
        Path site = temp.resolve("edited-site");
        build(skill, site);
        Files.writeString(skill.resolve("scripts/check.sh"), Files.readString(skill.resolve("scripts/check.sh")) + "echo done\n");
        CacheHits hits = build(skill, site).cacheHits();
        assertEquals(hits.topics(), hits.topicsCached(), "no markdown changed");
        assertTrue(Files.readString(site.resolve("scripts/check.sh")).endsWith("echo done\n"));
        assertTrue(page(site, "scripts/check.sh.html").text().contains("echo done"));
        Path clean = temp.resolve("edited-clean");
        new SiteBuild().run(new BuildOptions(skill, clean, Builds.PROJECT, "", "/", false));
        var expected = Builds.files(clean);
        var actual = Builds.files(site);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    @Test
    void theSkillsOwnFaviconIsUsedWhenItShipsOne() throws IOException {
        assertEquals("img/favicon.svg", page(files, "index.html").selectFirst("link[rel=icon]").attr("href"));
        Path skill = TestFolders.copy(fixture("skills/no-router"), temp.resolve("iconic"));
        Files.writeString(skill.resolve("favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        build(skill, temp.resolve("iconic-site"));
        assertEquals("favicon.svg", page(temp.resolve("iconic-site"), "charts.html").selectFirst("link[rel=icon]").attr("href"));
    }
}
