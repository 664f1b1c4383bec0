package dev.skillsite.cli;

import dev.skillsite.build.SiteBuild;
import picocli.CommandLine;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The jar's entry point. A build lives a few seconds, and on a small machine the JVM's optimising compiler
 * spends much of them compiling code the build has finished with; loading and verifying the classes
 * of flexmark, FreeMarker, jsoup and JBake costs most of a second more. So when {@code java -jar
 * skillsite.jar build} (or {@code check}) finds, beside the jar, the class-data archive that
 * {@code mvn package} made for it ({@code skillsite.jsa}), it runs the command in a second JVM with
 * the client compiler only and that archive, and passes on its exit status: measured on this
 * project's content/, about half the wall time, the extra JVM included. A build with more than
 * {@link #LARGEST_INPUT} of markdown to parse (a check of as much HTML) runs long enough for the optimising
 * compiler to pay, so it stays in this JVM, as does {@code serve}; so do runs from classes rather than
 * a jar, without a current archive, with JVM options that choose a compiler or archive themselves,
 * or with {@code SKILLSITE_RELAUNCH=false}.
 */
public final class Launcher {
    /** Set on the second JVM, so that it does not start a third. */
    static final String RELAUNCHED = "skillsite.relaunched";
    static final String ARCHIVE = "skillsite.jsa";
    private static final Set<String> SHORT_COMMANDS = Set.of("build", "check");
    /**
     * Above this much input the optimising compiler pays for itself: the benchmark's 1,000 synthetic pages
     * (8 MB) build faster with the client compiler alone, its 10,000 pages (80 MB) slower.
     */
    static final long LARGEST_INPUT = 32L << 20;
    /**
     * JVM options after which the caller, not this launcher, decides how the JVM compiles and shares
     * classes, or which are for this very JVM: a debugger's or profiler's.
     */
    private static final List<String> CALLERS_CHOICE = List.of("-XX:TieredStopAtLevel", "-XX:SharedArchiveFile",
            "-Xshare", "-XX:ArchiveClassesAtExit", "-Xint", "-XX:-TieredCompilation", "-XX:+AutoCreateSharedArchive",
            "-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp", "-Xdebug", "-XX:StartFlightRecording");

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
        int status = child.waitFor();
        System.exit(status);
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
        return command(self.command().get(), List.of(self.arguments().get()), jar.get(), List.of(args), LARGEST_INPUT);
    }

    /**
     * The relaunch command, from this JVM's executable and arguments (JVM options, {@code -jar}, the jar,
     * then the command's own), when the command is short-lived and a current archive lies beside the jar.
     */
    static Optional<List<String>> command(String java, List<String> jvmArguments, Path jar, List<String> args, long largestInput) {
        if (args.isEmpty() || !SHORT_COMMANDS.contains(args.get(0)) || inputBytes(args) > largestInput) {
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
        Path archive = jar.resolveSibling(ARCHIVE);
        try {
            if (!Files.isRegularFile(archive) || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        // An archive made by another Java build is refused by the JVM, which then runs without it: quietly.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-D" + RELAUNCHED + "=true",
                "-cp", jar.toString(), Main.class.getName()));
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * How much the command parses: the HTML of the folder {@code check} is given; the markdown of
     * {@code build}'s skill folder, or for an incremental build only the markdown changed since the last
     * build's caches were written (the rest comes from them: at 10,000 pages such a build spends its time
     * on every page's cache entry, which the client compiler and the archive serve faster). Arguments are
     * read by the command line's own grammar. Unreadable or missing folders, and command lines that do not
     * parse, count as nothing: the command reports them.
     */
    static long inputBytes(List<String> args) {
        CommandLine.ParseResult parsed;
        try {
            parsed = Main.parse(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            return 0;
        }
        if (!parsed.hasSubcommand()) {
            return 0;
        }
        Object command = parsed.subcommand().commandSpec().userObject();
        Path folder;
        String extension;
        Optional<FileTime> since = Optional.empty();
        if (command instanceof BuildCommand build) {
            folder = build.skill.content;
            extension = ".md";
            since = build.clean ? Optional.empty() : SiteBuild.cachesWritten(build.out);
        } else if (command instanceof CheckCommand check) {
            folder = check.dir;
            extension = ".html";
        } else {
            return 0;
        }
        long after = since.map(FileTime::toMillis).orElse(Long.MIN_VALUE);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(extension)).map(Path::toFile)
                    .filter(f -> f.lastModified() > after).mapToLong(File::length).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
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
