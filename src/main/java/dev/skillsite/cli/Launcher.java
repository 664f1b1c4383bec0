package dev.skillsite.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The jar's entry point. A build lives seconds, and the JVM's defaults are made for servers that run for
 * days: the G1 collector lets the heap grow to several times what a build holds, and every page of memory
 * touched for the first time costs the kernel a fault; the optimising compiler, on a small machine, spends
 * much of a build compiling code the build has finished with; loading and verifying the classes of
 * flexmark, FreeMarker, jsoup and JBake costs most of a second more. So {@code java -jar skillsite.jar
 * build} (or {@code check}) runs its command in a second JVM and passes on its exit status: one with the
 * parallel collector and a young generation of {@value #YOUNG_GENERATION}, reused from one collection to
 * the next, a heap that starts at {@value #HEAP_START_MIB} MiB (or half the default largest heap, if that is
 * less) and, where the kernel offers them, transparent huge pages ({@link Memory}), and no performance counters
 * in a file ({@link #NO_PERF_DATA}); and, when the class-data archive that {@code mvn package} made for the
 * jar ({@code skillsite.jsa}) lies beside it, with the client compiler only and that archive, whatever the
 * size of the input: with this collector and heap the optimising compiler made no build faster, not even
 * 10,000 pages cold or their check, and it took a core from them while it compiled. {@code serve} stays in
 * this JVM, as do runs from classes rather than a jar, runs with JVM options that choose a compiler or
 * archive themselves or attach a debugger or profiler, and runs with {@code SKILLSITE_RELAUNCH=false}; a
 * caller who chooses the collector or the young generation keeps that choice.
 */
public final class Launcher {
    /** Set on the second JVM, so that it does not start a third. */
    static final String RELAUNCHED = "skillsite.relaunched";
    static final String ARCHIVE = "skillsite.jsa";
    private static final Set<String> SHORT_COMMANDS = Set.of("build", "check");
    /**
     * JVM options after which the caller, not this launcher, decides how the JVM compiles and shares
     * classes, or which are for this very JVM: a debugger's or profiler's.
     */
    private static final List<String> CALLERS_CHOICE = List.of("-XX:TieredStopAtLevel", "-XX:SharedArchiveFile",
            "-Xshare", "-XX:ArchiveClassesAtExit", "-Xint", "-XX:-TieredCompilation", "-XX:+AutoCreateSharedArchive",
            "-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp", "-Xdebug", "-XX:StartFlightRecording");
    /** The young generation of the second JVM: a build allocates gigabytes, almost all of it dead at once. */
    static final String YOUNG_GENERATION = "64m";
    /**
     * The second JVM's collector, unless the caller chose one, or the young generation's size, with these; the
     * benchmark's measuring JVM runs with them too.
     */
    public static final List<String> COLLECTOR = List.of("-XX:+UseParallelGC", "-Xmn" + YOUNG_GENERATION);
    private static final Pattern COLLECTORS_CHOICE = Pattern.compile("-XX:[+-]Use\\w+GC|-Xmn.*|-XX:(Max)?NewSize=.*|-XX:NewRatio=.*");
    /**
     * Where the second JVM's heap starts, in MiB: about what a 10,000-page build's caches and pages fill. A heap
     * that starts smaller (a sixty-fourth of the memory, by default) is filled, collected whole and only then
     * grown, again and again: three full collections of 0.2 to 0.3 s in a one-edit build of 10,000 pages.
     */
    static final long HEAP_START_MIB = 1024;
    private static final Pattern HEAP_CHOICE = Pattern.compile("-Xm[sx].*|-XX:(Initial|Max|Min)HeapSize=.*|-XX:\\w*RAM\\w*=.*");
    private static final Pattern PAGES_CHOICE = Pattern.compile("-XX:[+-]Use\\w*(Large|Huge)Pages\\w*");
    private static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    /**
     * The second JVM keeps no performance counters in a file ({@code /tmp/hsperfdata_…}), which only tools such as
     * {@code jps} read: a file made at start, written at every collection and deleted at exit, about 0.05 s of a
     * short build.
     */
    static final String NO_PERF_DATA = "-XX:-UsePerfData";
    private static final Pattern PERF_DATA_CHOICE = Pattern.compile("-XX:[+-]UsePerfData");

    /**
     * What this machine offers the second JVM's memory. A build touches hundreds of megabytes for the first time
     * within seconds, most of it as the collector copies the caches and pages that outlive a young collection
     * into the old generation, and the kernel faults each page of it in on its own: in pages of 2 MiB rather
     * than 4 KiB, those copies wait on a five-hundredth of the faults.
     *
     * @param defaultMaxHeap the largest heap a JVM started here without options gets
     * @param hugePages      whether the kernel gives a JVM that asks for them transparent huge pages (Linux's
     *                       {@code madvise} or {@code always} setting)
     */
    record Memory(long defaultMaxHeap, boolean hugePages) {
        static Memory ofThisMachine() {
            boolean hugePages;
            try {
                String setting = Files.readString(HUGE_PAGES_SETTING);
                hugePages = setting.contains("[madvise]") || setting.contains("[always]");
            } catch (IOException | RuntimeException e) {
                hugePages = false; // not Linux, where the JVM has no such option
            }
            return new Memory(Runtime.getRuntime().maxMemory(), hugePages);
        }

        /** The options for the second JVM's memory, but those the caller chose: heap sizes, or pages. */
        List<String> options(List<String> callers) {
            List<String> options = new ArrayList<>();
            if (callers.stream().noneMatch(o -> HEAP_CHOICE.matcher(o).matches())) {
                // Half the default largest heap at most: a collector other than this JVM's may round that down a little.
                options.add("-Xms" + Math.min(HEAP_START_MIB, (defaultMaxHeap >> 20) / 2) + "m");
            }
            if (hugePages && callers.stream().noneMatch(o -> PAGES_CHOICE.matcher(o).matches())) {
                options.add("-XX:+UseTransparentHugePages");
            }
            return options;
        }
    }

    private Launcher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Optional<List<String>> command = command(args);
        if (command.isEmpty()) {
            Main.main(args);
            return;
        }
        Process child = new ProcessBuilder(command.get()).inheritIO().start();
        // Ctrl-C reaches both JVMs; a signal to this one alone must not leave the other running.
        Thread stop = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        System.exit(child.waitFor());
    }

    /** The second JVM's command line for this one's, when one pays. */
    private static Optional<List<String>> command(String[] args) {
        if (Boolean.getBoolean(RELAUNCHED) || "false".equalsIgnoreCase(System.getenv("SKILLSITE_RELAUNCH"))) {
            return Optional.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<Path> jar = jar();
        if (jar.isEmpty() || self.command().isEmpty() || self.arguments().isEmpty()) {
            return Optional.empty();
        }
        return command(self.command().get(), List.of(self.arguments().get()), jar.get(), List.of(args), Memory.ofThisMachine());
    }

    /**
     * The relaunch command, from this JVM's executable and arguments (JVM options, {@code -jar}, the jar,
     * then the command's own), when the command is short-lived: the collector for it, and the client compiler
     * and the archive, if a current one lies beside the jar. The heap's start and its pages come with the
     * collector, each unless the caller chose it. Empty when the caller has chosen all of that already.
     */
    static Optional<List<String>> command(String java, List<String> jvmArguments, Path jar, List<String> args, Memory memory) {
        if (args.isEmpty() || !SHORT_COMMANDS.contains(args.get(0))) {
            return Optional.empty();
        }
        int dashJar = jvmArguments.indexOf("-jar");
        if (dashJar < 0) {
            return Optional.empty(); // started some other way: its options cannot be told from the command's
        }
        List<String> options = jvmArguments.subList(0, dashJar);
        if (options.stream().anyMatch(o -> CALLERS_CHOICE.stream().anyMatch(o::startsWith))) {
            return Optional.empty();
        }
        List<String> added = new ArrayList<>();
        if (options.stream().noneMatch(o -> COLLECTORS_CHOICE.matcher(o).matches())) {
            added.addAll(COLLECTOR);
            added.addAll(memory.options(options));
        }
        Path archive = jar.resolveSibling(ARCHIVE);
        if (current(archive, jar)) {
            // An archive made by another Java build is refused by the JVM, which then runs without it: quietly.
            added.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        if (added.isEmpty()) {
            return Optional.empty();
        }
        if (options.stream().noneMatch(o -> PERF_DATA_CHOICE.matcher(o).matches())) {
            added.add(NO_PERF_DATA); // with a second JVM that pays anyway: alone, it would not pay for one
        }
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(added);
        command.addAll(List.of("-D" + RELAUNCHED + "=true", "-cp", jar.toString(), Main.class.getName()));
        command.addAll(args);
        return Optional.of(command);
    }

    /** Whether the archive exists and was made after the jar (from it, then). */
    private static boolean current(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The jar this class was loaded from, if it was loaded from one. */
    private static Optional<Path> jar() {
        try {
            Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
