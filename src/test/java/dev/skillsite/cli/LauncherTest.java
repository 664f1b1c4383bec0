package dev.skillsite.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When {@code java -jar skillsite.jar} hands its command to a second JVM, and with what. */
class LauncherTest {
    private static final String JAVA = "/usr/lib/jvm/java/bin/java";
    /** A machine whose JVMs get 6 GiB of heap at most by default, and whose kernel offers huge pages. */
    private static final Launcher.Memory MACHINE = new Launcher.Memory(6L << 30, true);

    @TempDir
    Path temp;
    Path jar;
    Path archive;

    @BeforeEach
    void jarWithAnArchiveMadeAfterIt() throws IOException {
        jar = Files.writeString(temp.resolve("skillsite.jar"), "jar");
        archive = Files.writeString(temp.resolve(Launcher.ARCHIVE), "archive");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2026-01-01T00:00:05Z")));
    }

    private Optional<List<String>> command(List<String> jvm, String... args) {
        return Launcher.command(JAVA, jvm, jar, List.of(args), MACHINE);
    }

    @Test
    void aBuildRunsInAJvmWithTheClientCompilerTheArchiveAndTheParallelCollector() {
        List<String> command = command(List.of("-Xmx2g", "-jar", jar.toString(), "build", "--out", "site"),
                "build", "--out", "site").orElseThrow();
        assertEquals(JAVA, command.get(0));
        assertEquals("-Xmx2g", command.get(1), "the caller's JVM options come along");
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"));
        assertTrue(command.contains("-XX:SharedArchiveFile=" + archive));
        assertTrue(command.contains("-XX:+UseParallelGC"));
        assertTrue(command.contains("-Xmn" + Launcher.YOUNG_GENERATION));
        assertTrue(command.contains("-D" + Launcher.RELAUNCHED + "=true"), "the second JVM must not relaunch again");
        assertTrue(command.contains(Launcher.NO_PERF_DATA));
        assertEquals(List.of(Main.class.getName(), "build", "--out", "site"), command.subList(command.size() - 4, command.size()));
    }

    @Test
    void theBuildsHeapStartsLargeAndInHugePagesWhereTheKernelOffersThem() {
        List<String> command = command(List.of("-jar", jar.toString(), "build"), "build").orElseThrow();
        assertTrue(command.contains("-Xms" + Launcher.HEAP_START_MIB + "m"), command.toString());
        assertTrue(command.contains("-XX:+UseTransparentHugePages"));
    }

    @Test
    void noHugePagesWhereTheKernelOffersNone() {
        List<String> command = Launcher.command(JAVA, List.of("-jar", jar.toString(), "build"), jar, List.of("build"),
                new Launcher.Memory(6L << 30, false)).orElseThrow();
        assertTrue(command.stream().noneMatch(o -> o.contains("HugePages")), command.toString());
    }

    @Test
    void onAMachineOfLittleMemoryTheHeapStartsAtHalfTheLargestItMayGrowTo() {
        List<String> command = Launcher.command(JAVA, List.of("-jar", jar.toString(), "build"), jar, List.of("build"),
                new Launcher.Memory(512L << 20, true)).orElseThrow();
        assertTrue(command.contains("-Xms256m"), command.toString());
    }

    @Test
    void aCallerWhoSizesTheHeapOrChoosesItsPagesKeepsThatChoice() {
        for (String choice : List.of("-Xmx512m", "-Xms2g", "-XX:MaxRAMPercentage=50", "-XX:InitialHeapSize=300m")) {
            List<String> command = command(List.of(choice, "-jar", jar.toString(), "build"), "build").orElseThrow();
            assertTrue(command.stream().noneMatch(o -> o.startsWith("-Xms") && !o.equals(choice)), command.toString());
            assertTrue(command.contains("-XX:+UseTransparentHugePages"), "the pages are still its to choose");
        }
        for (String choice : List.of("-XX:-UseTransparentHugePages", "-XX:+UseLargePages")) {
            List<String> command = command(List.of(choice, "-jar", jar.toString(), "build"), "build").orElseThrow();
            assertTrue(command.stream().noneMatch(o -> o.equals("-XX:+UseTransparentHugePages")), command.toString());
            assertTrue(command.contains("-Xms" + Launcher.HEAP_START_MIB + "m"));
        }
    }

    @Test
    void aCallerWhoWantsPerformanceCountersKeepsThem() {
        List<String> command = command(List.of("-XX:+UsePerfData", "-jar", jar.toString(), "build"), "build").orElseThrow();
        assertTrue(command.contains("-XX:+UsePerfData"));
        assertFalse(command.contains(Launcher.NO_PERF_DATA), command.toString());
    }

    @Test
    void aCheckIsRelaunchedToo() {
        assertTrue(command(List.of("-jar", jar.toString(), "check", "site"), "check", "site").isPresent());
    }

    @Test
    void thePreviewServerStaysInThisJvm() {
        assertTrue(command(List.of("-jar", jar.toString(), "serve"), "serve").isEmpty());
    }

    @Test
    void withoutAnArchiveTheBuildGetsTheCollectorAndBothCompilers() throws IOException {
        Files.delete(archive);
        List<String> command = command(List.of("-jar", jar.toString(), "build"), "build").orElseThrow();
        assertTrue(command.contains("-XX:+UseParallelGC"));
        assertTrue(command.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-XX:SharedArchiveFile")),
                command.toString());
    }

    @Test
    void anArchiveOlderThanTheJarIsNotUsed() throws IOException {
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        List<String> command = command(List.of("-jar", jar.toString(), "build"), "build").orElseThrow();
        assertTrue(command.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile")), command.toString());
    }

    @Test
    void aCallerWhoChoosesTheCollectorOrTheYoungGenerationKeepsThatChoice() {
        for (String choice : List.of("-XX:+UseG1GC", "-XX:+UseSerialGC", "-Xmn256m", "-XX:NewSize=32m", "-XX:MaxNewSize=1g")) {
            List<String> command = command(List.of(choice, "-jar", jar.toString(), "build"), "build").orElseThrow();
            assertTrue(command.contains(choice));
            assertTrue(command.stream().noneMatch(o -> o.equals("-XX:+UseParallelGC") || o.equals("-Xmn" + Launcher.YOUNG_GENERATION)
                    || o.startsWith("-Xms") || o.contains("HugePages")), "nor its heap and pages: " + command);
            assertTrue(command.contains("-XX:SharedArchiveFile=" + archive), "the archive still pays");
        }
    }

    @Test
    void aCallerWhoChoosesTheCollectorWithNoArchiveBesideTheJarKeepsThisJvm() throws IOException {
        Files.delete(archive);
        assertTrue(Launcher.command(JAVA, List.of("-XX:+UseG1GC", "-jar", jar.toString()), jar, List.of("build"), MACHINE).isEmpty(),
                "nothing is left to choose for it");
    }

    @Test
    void aCallerWhoChoosesTheCompilerOrAttachesADebuggerKeepsThisJvm() {
        assertTrue(command(List.of("-XX:TieredStopAtLevel=4", "-jar", jar.toString(), "build"), "build").isEmpty());
        assertTrue(command(List.of("-agentlib:jdwp=transport=dt_socket", "-jar", jar.toString(), "build"), "build").isEmpty());
    }

    @Test
    void aJvmStartedWithoutDashJarIsNotRelaunched() {
        assertTrue(command(List.of("-cp", jar.toString(), "dev.skillsite.cli.Main", "build"), "build").isEmpty());
    }
}
