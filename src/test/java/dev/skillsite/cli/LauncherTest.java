package dev.skillsite.cli;

import dev.skillsite.TestFolders;
import dev.skillsite.build.BuildOptions;
import dev.skillsite.build.SiteBuild;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    private static CommandLine.ParseResult parse(List<String> args) {
        return new Main(System.out, System.err).commandLine().parseArgs(args.toArray(String[]::new));
    }

    private static long inputBytes(List<String> args) {
        return Launcher.inputBytes(parse(args));
    }

    private Optional<List<String>> command(List<String> jvm, String... args) {
        return Launcher.command(JAVA, jvm, jar, List.of(args), MACHINE, false);
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
        assertTrue(command.contains("-D" + Launcher.HAND_BACK_ABOVE + "=" + Launcher.LARGEST_INPUT), "it hands back what is too large for it");
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
                new Launcher.Memory(6L << 30, false), false).orElseThrow();
        assertTrue(command.stream().noneMatch(o -> o.contains("HugePages")), command.toString());
    }

    @Test
    void onAMachineOfLittleMemoryTheHeapStartsAtHalfTheLargestItMayGrowTo() {
        List<String> command = Launcher.command(JAVA, List.of("-jar", jar.toString(), "build"), jar, List.of("build"),
                new Launcher.Memory(512L << 20, true), false).orElseThrow();
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
    void aCallerWhoChoosesTheCollectorForALargeBuildKeepsThisJvm() {
        assertTrue(Launcher.command(JAVA, List.of("-XX:+UseG1GC", "-jar", jar.toString()), jar, List.of("build"), MACHINE, true).isEmpty(),
                "nothing is left to choose for it");
    }

    @Test
    void aCallerWhoChoosesTheCompilerOrAttachesADebuggerKeepsThisJvm() {
        assertTrue(command(List.of("-XX:TieredStopAtLevel=4", "-jar", jar.toString(), "build"), "build").isEmpty());
        assertTrue(command(List.of("-agentlib:jdwp=transport=dt_socket", "-jar", jar.toString(), "build"), "build").isEmpty());
    }

    @Test
    void theClientCompilersJvmHandsBackABuildOfMoreMarkdownThanItsLimit() throws IOException {
        Path content = Files.createDirectories(temp.resolve("skill/reference"));
        Files.writeString(content.resolve("a.md"), "# A\n\n" + "text ".repeat(100));
        List<String> build = List.of("build", "--content", temp.resolve("skill").toString());
        assertEquals(505, inputBytes(build));
        assertTrue(Launcher.handsBack(parse(build), 500L));
        assertFalse(Launcher.handsBack(parse(build), 505L), "up to the limit it builds");
        assertFalse(Launcher.handsBack(parse(build), null), "a JVM started with no limit keeps what it is given");
    }

    @Test
    void aJvmGivenALimitHandsBackALargerBuildBeforeDoingAnything() throws IOException {
        Path content = TestFolders.copy(Path.of("src/test/resources/skills/minimal"), temp.resolve("skill"));
        Path site = temp.resolve("site");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setProperty(Launcher.HAND_BACK_ABOVE, "10");
        try {
            assertEquals(Launcher.HANDED_BACK, new Main(stream, stream).run("build", "--content", content.toString(), "--out", site.toString()));
        } finally {
            System.clearProperty(Launcher.HAND_BACK_ABOVE);
        }
        assertFalse(Files.exists(site), "nothing built");
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "nothing said");
    }

    @Test
    void aJvmGivenALimitBuildsWhatIsWithinIt() throws IOException {
        Path content = TestFolders.copy(Path.of("src/test/resources/skills/minimal"), temp.resolve("skill"));
        Path site = temp.resolve("site");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        System.setProperty(Launcher.HAND_BACK_ABOVE, String.valueOf(Launcher.LARGEST_INPUT));
        try {
            assertEquals(Main.OK, new Main(quiet, quiet).run("build", "--content", content.toString(), "--out", site.toString()));
        } finally {
            System.clearProperty(Launcher.HAND_BACK_ABOVE);
        }
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void aBuildHandedBackRunsWithBothCompilersAndTheCollector() {
        List<String> large = Launcher.command(JAVA, List.of("-jar", jar.toString()), jar, List.of("build"), MACHINE, true).orElseThrow();
        assertTrue(large.contains("-XX:+UseParallelGC"), "a large build still gets the collector");
        assertTrue(large.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-XX:SharedArchiveFile")
                || o.startsWith("-D" + Launcher.HAND_BACK_ABOVE)), "and both compilers, for good: " + large);
    }

    /** Such a build parses the edited pages again and takes every other one from the cache, however large the skill. */
    @Test
    void anIncrementalBuildCountsOnlyTheMarkdownChangedSinceTheLastBuild() throws IOException {
        Path content = TestFolders.copy(Path.of("src/test/resources/skills/minimal"), temp.resolve("skill"));
        Path site = temp.resolve("site");
        new SiteBuild().run(BuildOptions.defaults().withContent(content).withOut(site));
        FileTime built = SiteBuild.cachesWritten(site).orElseThrow();
        long all = 0;
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(built.toMillis() - 60_000));
                all += Files.size(file);
            }
        }
        Path edited = content.resolve("references/alpha-two.md");
        Files.writeString(edited, "\nOne more line.\n", StandardOpenOption.APPEND);
        Files.setLastModifiedTime(edited, FileTime.fromMillis(built.toMillis() + 60_000));
        List<String> build = List.of("build", "--content", content.toString(), "--out", site.toString());

        assertEquals(Files.size(edited), inputBytes(build));
        assertEquals(all + "\nOne more line.\n".length(), inputBytes(List.of("build", "--clean", "--content",
                content.toString(), "--out", site.toString())), "a clean build parses everything");
        assertEquals(all + "\nOne more line.\n".length(), inputBytes(List.of("build", "--content",
                content.toString(), "--out", temp.resolve("elsewhere").toString())), "so does a build with no caches to start from");
    }

    @Test
    void aCheckCountsTheHtmlOfTheFolderItChecks() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>hi</p>");
        Files.writeString(site.resolve("notes.md"), "not counted");
        assertEquals(9, inputBytes(List.of("check", "--format", "json", site.toString())));
    }

    @Test
    void aJvmStartedWithoutDashJarIsNotRelaunched() {
        assertTrue(command(List.of("-cp", jar.toString(), "dev.skillsite.cli.Main", "build"), "build").isEmpty());
    }
}
