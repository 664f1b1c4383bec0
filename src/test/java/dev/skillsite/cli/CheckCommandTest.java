package dev.skillsite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code skillsite check} as a script sees it: its exit status (0 clean, 1 broken links, 2 bad
 * usage) and its output, from a JVM of its own so that System.exit is the real one.
 */
class CheckCommandTest {

    private record Run(int status, String out, String err) {
    }

    @Test
    void aCleanFolderExitsWithZero() throws Exception {
        Run run = check(Path.of("src/test/resources/check/clean").toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("0 errors, 0 warnings"), run.out());
    }

    @Test
    void aBrokenLinkExitsWithOneAndAJsonReport() throws Exception {
        Run run = check(Path.of("src/test/resources/check/missing-file").toString(), "--format", "json");

        assertEquals(1, run.status(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(1, report.get("errors").asInt(), run.out());
        assertEquals("missing_file", report.get("findings").get(0).get("kind").asText(), run.out());
    }

    @Test
    void anUnknownOptionOrFormatOrFolderIsBadUsageWithTwo() throws Exception {
        String clean = Path.of("src/test/resources/check/clean").toString();

        assertEquals(2, check(clean, "--fast").status());
        assertEquals(2, check(clean, "--format", "xml").status());
        assertEquals(2, check(clean, "--cache", "x.tsv").status()); // a cache only goes with --external
        assertEquals(2, check(clean + "/no-such-folder").status());
    }

    private static Run check(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.skillsite.cli.Main", "check"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        // Output is small; reading stdout to the end before stderr cannot block on a full pipe here.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("skillsite check did not finish");
        }
        return new Run(process.exitValue(), out, err);
    }
}
