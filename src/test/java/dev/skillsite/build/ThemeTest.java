package dev.skillsite.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.skillsite.build.Builds.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in theme, and a project's own templates and assets laid over it file by file. */
class ThemeTest {
    @TempDir
    Path temp;

    @Test
    void aSkillBuildsFromAFolderThatHoldsNoTemplatesWithTheBuiltInTheme() throws IOException, InterruptedException {
        Path empty = Files.createDirectories(temp.resolve("anywhere"));
        Path out = temp.resolve("site");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.skillsite.cli.Main", "build",
                "--content", fixture("skills/files").toAbsolutePath().toString(), "--out", out.toString())
                .directory(empty.toFile()).redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, build.exitValue(), output);
        assertArrayEquals(Files.readAllBytes(Path.of("assets/css/site.css")), Files.readAllBytes(out.resolve("css/site.css")));
        assertTrue(Files.readString(out.resolve("index.html")).contains("Form Filling"));
        try (var left = Files.list(empty)) {
            assertEquals(0, left.count(), "nothing is written where the command runs");
        }
    }

    @Test
    void aProjectTemplateReplacesItsBuiltInNamesakeOnly() throws IOException {
        Path project = projectWithNotFoundPage("<h1>Lost in ${content.site.title}</h1><a href=\"${content.rootpath}index.html\">home</a>");
        Path out = buildMinimalWith(project);
        assertTrue(Files.readString(out.resolve("404.html")).contains("<h1>Lost in Tiny Skill</h1>"));
        assertTrue(Files.readString(out.resolve("index.html")).contains("class=\"site-nav\""), "the other templates are built in");
    }

    @Test
    void aProjectTemplateReadsJBakesConfigurationAsConfigOnEveryPage() throws IOException {
        Path project = projectWithNotFoundPage("<h1>Lost</h1><p>Ask ${config.team_name} at ${config.site_host}</p>");
        Files.writeString(project.resolve("jbake.properties"), "site.host=https://example.org/docs\nteam.name=Docs Team\n");
        Path out = buildMinimalWith(project);
        assertTrue(Files.readString(out.resolve("404.html")).contains("<p>Ask Docs Team at https://example.org/docs</p>"));
    }

    @Test
    void aProjectAssetReplacesItsBuiltInNamesakeAndAddsToTheRest() throws IOException {
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("assets/css"));
        Files.writeString(project.resolve("assets/css/site.css"), "body { color: #111; }\n");
        Files.writeString(project.resolve("assets/css/extra.css"), "main { margin: 0; }\n");
        Path out = buildMinimalWith(project);
        assertEquals("body { color: #111; }\n", Files.readString(out.resolve("css/site.css")));
        assertTrue(Files.isRegularFile(out.resolve("css/extra.css")));
        assertArrayEquals(Files.readAllBytes(Path.of("assets/js/site.js")), Files.readAllBytes(out.resolve("js/site.js")));
        assertFalse(Files.exists(temp.resolve(".site.theme")), "the assembled theme goes with the build");
    }

    @Test
    void withoutConfigurationInlineCodeStaysCode() throws IOException {
        Path project = Files.createDirectories(temp.resolve("bare"));
        Path out = temp.resolve("site");
        new SiteBuild().run(new BuildOptions(fixture("skills/seed"), out, project, "", "/", true));
        String page = Files.readString(out.resolve("architecture/event-loop.html"));
        assertTrue(page.contains("<code>src/architecture.c</code>"), "no link to any repository");
        assertFalse(page.contains("github.com"));
    }

    @Test
    void aSkillFileOnTheThemesPathIsAnErrorNamingBoth() throws IOException {
        Path skill = dev.skillsite.TestFolders.copy(fixture("skills/no-router"), temp.resolve("skill"));
        Files.createDirectories(skill.resolve("css"));
        Files.writeString(skill.resolve("css/site.css"), "/* the skill's own */\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.skillsite.skill.ProblemException.class,
                () -> new SiteBuild().run(new BuildOptions(skill, temp.resolve("site"), Builds.PROJECT, "", "/", true)));
        String message = e.problems().get(0).message();
        assertTrue(message.contains("css/site.css") && message.contains("theme") && message.contains("skill's file"), message);
    }

    @Test
    void assemblingAgainRewritesOnlyTheFilesThatChangedAndDeletesTheOnesGone() throws IOException {
        Path project = projectWithNotFoundPage("<h1>Lost</h1>");
        Path folder = temp.resolve(".site.theme");
        Theme.assemble(project, folder);
        Path layout = folder.resolve("templates/layout.ftl");
        FileTime longAgo = FileTime.fromMillis(0);
        Files.setLastModifiedTime(layout, longAgo);
        Files.writeString(folder.resolve("templates/stale.ftl"), "<#-- another theme's -->");
        Files.createDirectories(folder.resolve("assets/old"));
        Files.writeString(folder.resolve("assets/old/gone.css"), "p {}");
        Files.writeString(project.resolve("templates/notfound.ftl"), "<h1>Gone</h1>");

        Theme.assemble(project, folder);

        assertEquals(longAgo, Files.getLastModifiedTime(layout), "a file with the same bytes is not written again");
        assertEquals("<h1>Gone</h1>", Files.readString(folder.resolve("templates/notfound.ftl")));
        assertFalse(Files.exists(folder.resolve("templates/stale.ftl")));
        assertFalse(Files.exists(folder.resolve("assets/old")), "a folder left with nothing of the theme goes too");
        assertArrayEquals(Files.readAllBytes(Path.of("templates/topic.ftl")), Files.readAllBytes(folder.resolve("templates/topic.ftl")));
    }

    @Test
    void aPreviewsBuildLeavesItsAssembledThemeForTheNextOne() {
        SiteBuild preview = SiteBuild.deferring();
        preview.run(new BuildOptions(fixture("skills/minimal"), temp.resolve("site"), Builds.PROJECT, "", "/", true));
        preview.finish();
        assertTrue(Files.isRegularFile(temp.resolve(".site.theme/templates/layout.ftl")));
    }


    /** A project whose one template is a 404 page with {@code main} inside its {@code <main>}. */
    private Path projectWithNotFoundPage(String main) throws IOException {
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/notfound.ftl"), "<#ftl output_format=\"HTML\"><!DOCTYPE html>"
                + "<html lang=\"en\"><head><title>Lost</title></head><body><main>" + main + "</main></body></html>\n");
        return project;
    }

    /** The minimal fixture skill built with {@code project}; the site folder. */
    private Path buildMinimalWith(Path project) {
        Path out = temp.resolve("site");
        new SiteBuild().run(new BuildOptions(fixture("skills/minimal"), out, project, "", "/", true));
        return out;
    }
}
