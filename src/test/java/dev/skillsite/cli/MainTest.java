package dev.skillsite.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @TempDir
    Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildsASkillAndPrintsASummary() {
        int status = main.run("build", "--content", "src/test/resources/skills/minimal", "--out", temp.resolve("site").toString());
        assertEquals(0, status, errors());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Built 7 pages (3 topics in 2 sections)"), out.toString());
        assertTrue(Files.isRegularFile(temp.resolve("site/index.html")));
    }

    @Test
    void badInputExitsWithOneAndOneLinePerErrorWithoutAStackTrace() {
        int status = main.run("build", "--content", "src/test/resources/bad/broken-link", "--out", temp.resolve("site").toString());
        assertEquals(1, status);
        String[] lines = errors().split("\n");
        assertEquals(2, lines.length, errors());
        assertTrue(lines[0].matches(".*references/beta-three.md:7: error: .*alpha-tow.md.*"), lines[0]);
        assertFalse(errors().contains("\tat "), "stack trace printed");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, main.run("build", "--colour"));
        assertEquals(2, main.run("frobnicate"));
        assertEquals(2, main.run());
        assertTrue(errors().contains("Usage:"));
    }

    @Test
    void everyCommandExplainsItselfWithHelpAndExitsWithZero() {
        for (String command : new String[] {"build", "check", "serve"}) {
            out.reset();
            assertEquals(0, main.run(command, "--help"), command);
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: skillsite " + command), out.toString());
        }
    }

    @Test
    void anOptionACommandChecksOnceReadIsBadUsageToo() {
        assertEquals(2, main.run("serve", "--port", "70000"));
        assertTrue(errors().contains("--port takes a port number from 0 to 65535"), errors());
    }

    @Test
    void checkExitsWithZeroOnACleanSite() {
        main.run("build", "--content", "src/test/resources/skills/minimal", "--out", temp.resolve("site").toString());
        // Served under the path of this repository's site.host, as the 404 page's links say.
        assertEquals(0, main.run("check", temp.resolve("site").toString(), "--base-path", "/skillsite/"), out.toString());
    }
}
