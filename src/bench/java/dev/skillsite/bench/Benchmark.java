package dev.skillsite.bench;

import dev.skillsite.cli.Launcher;
import dev.skillsite.skill.ProblemException;
import dev.skillsite.skill.SkillSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark: for each N it generates a synthetic skill of N topic pages, builds it
 * with skillsite as a user would (a cold {@code java -jar target/skillsite.jar build}, timed from
 * outside), builds it again in a measuring JVM ({@link BenchWorker}: stage times, heap), and, where
 * they are installed, builds the same markdown with Hugo and MkDocs. After each clean build it times
 * the incremental build that follows a one-file edit, and for skills up to {@code --serve-up-to} pages
 * the preview server's save-to-reload ({@link ServeProbe}), and the built site's search in headless Chromium
 * ({@link SearchProbe}). Each measurement is repeated,
 * the tools taking turns so that a noisy neighbour hurts them alike; it prints the best run and the
 * spread, and writes the tables to {@code target/bench/results.md}.
 *
 * <pre>
 * java -cp target/skillsite.jar:target/test-classes dev.skillsite.bench.Benchmark [--sizes 100,1000,10000] [--repeat 3] [--seed 42]
 *      [--heap 1g] [--hugo true|false] [--mkdocs true|false] [--content true|false] [--profile true|false]
 *      [--tool-timeout 600] [--serve-up-to 1000] [--edits 20] [--search true|false] [--project .] [--work target/bench]
 *      [--jar target/skillsite.jar]
 * mvn -Pbench package -Dbench.sizes=100,1000,10000
 * </pre>
 */
public final class Benchmark {
    private static final Pattern CLI_TOTAL = Pattern.compile("in (\\d+) ms;");
    private static final Pattern STAGE = Pattern.compile("(\\w+) (\\d+) ms");
    private static final long TIMEOUT_MINUTES = 30;
    /** A run of another tool slower than this is not repeated: its spread matters less than the time it takes. */
    private static final long SLOW_RUN_MILLIS = 120_000;
    /** Preview-server edits after which its JVM counts as warm. */
    private static final int WARM_UP_EDITS = 5;

    record Options(List<Integer> sizes, int repeat, long seed, Path project, Path work, Path jar, Path baseline,
                   Path baselineProject, int repository, String heap,
                   boolean hugo, boolean mkdocs, boolean content, boolean profile, long toolTimeout, int serveUpTo,
                   int edits, boolean search) {
        /** Reads a command line; a bad one throws {@link CommandLine.ParameterException}. */
        static Options parse(String... args) {
            Arguments arguments = new Arguments();
            new CommandLine(arguments).parseArgs(args);
            return arguments.options();
        }
    }

    /** The benchmark's command line, as picocli reads it. */
    @Command(name = "benchmark", mixinStandardHelpOptions = true,
            description = "Builds synthetic skills of N pages, and content/, with skillsite, Hugo and MkDocs, side by side.")
    static final class Arguments {
        @Option(names = "--sizes", split = ",", paramLabel = "N", converter = Count.class, defaultValue = "100,1000,10000",
                description = "Synthetic skill sizes in topic pages (default: ${DEFAULT-VALUE}).")
        List<Integer> sizes;
        @Option(names = "--repeat", defaultValue = "3", description = "Runs of each measurement; the best counts (default: ${DEFAULT-VALUE}).")
        int repeat;
        @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic skills (default: ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--project", defaultValue = ".", description = "The project folder (default: ${DEFAULT-VALUE}).")
        Path project;
        @Option(names = "--work", defaultValue = "target/bench", description = "Where skills and results go, in the project (default: ${DEFAULT-VALUE}).")
        String work;
        @Option(names = "--jar", defaultValue = "target/skillsite.jar", description = "The skillsite jar to time (default: ${DEFAULT-VALUE}).")
        String jar;
        @Option(names = "--baseline", paramLabel = "JAR",
                description = "Another skillsite jar (an earlier version) to time beside this one, taking turns.")
        Path baseline;
        @Option(names = "--baseline-project", paramLabel = "DIR",
                description = "The project folder (templates, assets, jbake.properties) the --baseline jar builds with; "
                        + "by default the same as this jar's.")
        Path baselineProject;
        @Option(names = "--repository", paramLabel = "K", defaultValue = "25",
                description = "Also build each size as a repository of K skills sharing its pages, beside the single skill "
                        + "(0: not; default: ${DEFAULT-VALUE}).")
        int repository;
        @Option(names = "--heap", defaultValue = "1g", description = "-Xmx of the measuring JVM (default: ${DEFAULT-VALUE}).")
        String heap;
        @Option(names = "--hugo", arity = "0..1", defaultValue = "true", fallbackValue = "true", description = "Build with Hugo where installed.")
        boolean hugo;
        @Option(names = "--mkdocs", arity = "0..1", defaultValue = "true", fallbackValue = "true", description = "Build with MkDocs where installed.")
        boolean mkdocs;
        @Option(names = "--content", arity = "0..1", defaultValue = "true", fallbackValue = "true", description = "Measure a copy of content/ too.")
        boolean content;
        @Option(names = "--profile", arity = "0..1", defaultValue = "false", fallbackValue = "true", description = "Record JFR hot methods.")
        boolean profile;
        @Option(names = "--tool-timeout", defaultValue = "600", description = "Seconds after which a tool's build is stopped (default: ${DEFAULT-VALUE}).")
        long toolTimeout;
        @Option(names = "--serve-up-to", converter = Count.class, defaultValue = "1000",
                description = "Largest skill whose preview server is timed (default: ${DEFAULT-VALUE}).")
        int serveUpTo;
        @Option(names = "--edits", defaultValue = "20", description = "Saves timed in the preview server (default: ${DEFAULT-VALUE}).")
        int edits;
        @Option(names = "--search", arity = "0..1", defaultValue = "true", fallbackValue = "true",
                description = "Measure the built site's search in headless Chromium, where installed.")
        boolean search;

        Options options() {
            Path root = project.toAbsolutePath().normalize();
            return new Options(List.copyOf(sizes), repeat, seed, root, root.resolve(work).normalize(), root.resolve(jar).normalize(),
                    baseline == null ? null : baseline.toAbsolutePath().normalize(),
                    baselineProject == null ? root : baselineProject.toAbsolutePath().normalize(), repository, heap, hugo, mkdocs, content,
                    profile, toolTimeout, serveUpTo, edits, search);
        }
    }

    /** A count that may group its digits: {@code 10_000}. */
    static final class Count implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Integer.parseInt(value.strip().replace("_", ""));
        }
    }

    /** The repeated timings of one thing, in milliseconds. */
    static final class Samples {
        private final List<Long> millis = new ArrayList<>();
        /** Why there is no time, or why it is a lower bound. */
        String note = "";
        boolean timedOut;
        long timeout;

        long timeoutMillis() {
            return timeout;
        }

        void add(long ms) {
            millis.add(ms);
        }

        boolean isEmpty() {
            return millis.isEmpty();
        }

        long best() {
            return millis.stream().mapToLong(Long::longValue).min().orElse(-1);
        }

        long worst() {
            return millis.stream().mapToLong(Long::longValue).max().orElse(-1);
        }

        long median() {
            return median(millis);
        }

        /** The median of the samples after the first {@code skip}: the JVM's compilers have caught up by then. */
        long medianAfter(int skip) {
            return millis.size() <= skip ? -1 : median(millis.subList(skip, millis.size()));
        }

        private static long median(List<Long> samples) {
            List<Long> sorted = samples.stream().sorted().toList();
            return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
        }

        /** {@code 1.23 s (1.20–1.31, ±4%)}: the best, then the range of every run. */
        String describe() {
            if (millis.isEmpty()) {
                return note.isEmpty() ? "–" : note;
            }
            if (millis.size() == 1) {
                return seconds(best());
            }
            long spread = best() == 0 ? 0 : Math.round(100.0 * (worst() - best()) / best());
            return seconds(best()) + " (" + seconds(worst()) + " worst, +" + spread + "%)";
        }
    }

    /** Everything measured for one skill. */
    static final class Result {
        final String label;
        final int pages;
        final Samples cold = new Samples();
        final Samples coldInJvm = new Samples();
        final Map<String, Samples> stages = new LinkedHashMap<>();
        final Samples hugo = new Samples();
        final Samples mkdocs = new Samples();
        /** The CLI build after a one-file edit, over the previous build's output and cache. */
        final Samples incremental = new Samples();
        /** Preview server: each edit's save to the rebuilt page fetched after the reload event. */
        final Samples serve = new Samples();
        /** The stage times each cold build printed, and the same for the --baseline jar, built in turns with this one. */
        final Map<String, Samples> coldStages = new LinkedHashMap<>();
        final Samples baseline = new Samples();
        final Samples baselineIncremental = new Samples();
        final Samples baselineServe = new Samples();
        final Map<String, Samples> baselineStages = new LinkedHashMap<>();
        /** The search of the site the clean build left, measured once; null with the reason in searchNote. */
        SearchProbe.Figures search;
        String searchNote = "not measured";
        long indexFiles;
        long indexGzip;
        /** The measuring run with the best total, every value it printed. */
        Map<String, String> bestRun = Map.of();
        final List<String> load = new ArrayList<>();
        boolean fitsHeap = true;
        long heapPeak;
        long heapAfterGc;
        long heapMax;
        long links;
        long broken;
        int sitePages;
        String notes = "";

        Result(String label, int pages) {
            this.label = label;
            this.pages = pages;
        }

        Samples stage(String name) {
            return stages.computeIfAbsent(name, k -> new Samples());
        }
    }

    private final Options options;
    private final StringBuilder report = new StringBuilder();
    private final String hugo;
    private final String mkdocs;
    /** Tools stopped for taking too long, and the size where they were. */
    private final Map<String, String> tooSlow = new LinkedHashMap<>();

    Benchmark(Options options) {
        this.options = options;
        this.hugo = options.hugo() ? executable("hugo").orElse(null) : null;
        this.mkdocs = options.mkdocs() ? executable("mkdocs").orElse(null) : null;
    }

    public static void main(String[] args) {
        Arguments arguments = new Arguments();
        CommandLine line = new CommandLine(arguments);
        try {
            line.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.err.println("benchmark: " + e.getMessage());
            line.usage(System.err);
            System.exit(2);
            return;
        }
        if (line.isUsageHelpRequested()) {
            line.usage(System.out);
            return;
        }
        new Benchmark(arguments.options()).run();
    }

    void run() {
        if (!Files.isDirectory(options.project().resolve("templates"))) {
            throw new IllegalStateException("no templates/ in " + options.project() + ": run from the project folder or pass --project");
        }
        line("# skillsite benchmark");
        line("");
        machine();
        line("");
        List<Result> results = new ArrayList<>();
        if (options.content() && Files.isRegularFile(options.project().resolve("content/SKILL.md"))) {
            // A copy: the edits of the incremental and preview measurements must never touch the real content/.
            Path copy = options.work().resolve("content").resolve("skill");
            deleteTree(copy);
            try {
                ForeignSites.copyTree(options.project().resolve("content"), copy);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy content/", e);
            }
            results.add(measure("content/", copy, options.work().resolve("content"), -1));
        }
        for (int n : options.sizes()) {
            Path dir = options.work().resolve("n" + n);
            long start = System.nanoTime();
            SyntheticSkill skill = new SyntheticSkill(n, options.seed());
            skill.write(dir.resolve("skill"));
            line(String.format(Locale.ROOT, "Generated %,d pages in %d sections (seed %d) into %s in %s", n, skill.sections(),
                    options.seed(), options.project().relativize(dir.resolve("skill")), seconds((System.nanoTime() - start) / 1_000_000)));
            results.add(measure(String.format(Locale.ROOT, "%,d", n), dir.resolve("skill"), dir, n));
            if (options.repository() > 1) {
                Path repository = dir.resolve("repository");
                int skills = options.repository();
                deleteTree(repository);
                for (int i = 0; i < skills; i++) {
                    // The same number of pages in all, shared out: the first skills take one more where it does not divide.
                    int pages = n / skills + (i < n % skills ? 1 : 0);
                    String name = String.format(Locale.ROOT, "synthetic-%02d", i);
                    new SyntheticSkill(pages, options.seed() + i).write(repository.resolve("skills").resolve(name), name);
                }
                results.add(measure(String.format(Locale.ROOT, "%,d in %d skills", n, skills), repository,
                        dir.resolve("as-repository"), n));
            }
        }
        line("");
        tables(results);
        try {
            Files.createDirectories(options.work());
            Files.writeString(options.work().resolve("results.md"), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println();
        System.out.println("Written to " + options.work().resolve("results.md"));
    }

    private void machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: the CPU stays unnamed
        }
        long memory = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        line(String.format(Locale.ROOT, "Machine: %s, %d cores, %.0f GiB memory; %s %s; Java %s",
                cpu, Runtime.getRuntime().availableProcessors(), memory / 1073741824.0, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.runtime.version")));
        line("Hugo: " + (hugo == null ? "not run" : version(hugo, "version")) + "; MkDocs: "
                + (mkdocs == null ? "not run" : version(mkdocs, "--version")));
        line("Runs: best of " + options.repeat() + ", tools taking turns; measuring JVM with -Xmx" + options.heap());
    }

    private Result measure(String label, Path skill, Path dir, int n) {
        Result result = new Result(label, n);
        Path ourSite = dir.resolve("site");
        Path workerSite = dir.resolve("site-worker");
        Path hugoDir = dir.resolve("hugo");
        Path mkdocsDir = dir.resolve("mkdocs");
        // Hugo, MkDocs and the baseline jar are measured on single skills: a repository of skills is this version's alone.
        boolean single = Files.isRegularFile(skill.resolve("SKILL.md"));
        Path baseline = single ? options.baseline() : null;
        String hugo = single ? this.hugo : null;
        String mkdocs = single ? this.mkdocs : null;
        if (hugo != null) {
            ForeignSites.writeHugo(skill, hugoDir, options.project());
        }
        if (mkdocs != null) {
            ForeignSites.writeMkDocs(skill, mkdocsDir, options.project());
        }
        result.load.add(loadAverage());
        for (int rep = 1; rep <= options.repeat(); rep++) {
            System.out.printf(Locale.ROOT, "  %s, run %d of %d:", label, rep, options.repeat());
            System.out.flush();
            // This jar and the baseline swap places from run to run: the build that comes second in a pair may
            // find the machine's disk still busy with the first one's files.
            if (baseline != null && rep % 2 == 0) {
                baselineCold(baseline, skill, dir, result);
                ourCold(skill, ourSite, dir, result);
            } else {
                ourCold(skill, ourSite, dir, result);
                if (baseline != null) {
                    baselineCold(baseline, skill, dir, result);
                }
            }
            deleteTree(workerSite);
            Run worker = exec(workerCommand(skill, workerSite, result.fitsHeap ? options.heap() : null, List.of()), dir.resolve("worker.log"));
            if (worker.exit() != 0 && worker.output().contains("OutOfMemoryError")) {
                // It does not fit: say so, and measure the stages with the JVM's default heap instead.
                result.fitsHeap = false;
                result.notes += " ran out of memory with -Xmx" + options.heap() + " (" + dir.resolve("worker-oom.log")
                        + "), stages measured with the default heap;";
                copy(dir.resolve("worker.log"), dir.resolve("worker-oom.log"));
                deleteTree(workerSite);
                worker = exec(workerCommand(skill, workerSite, null, List.of()), dir.resolve("worker.log"));
            }
            Map<String, String> bench = benchLine(worker.output());
            if (worker.exit() == 0 && !bench.isEmpty()) {
                record(result, bench);
                System.out.print(", measured " + seconds(Long.parseLong(bench.get("total"))) + (result.fitsHeap ? "" : " (default heap)"));
            } else {
                result.notes += " measuring run failed (" + dir.resolve("worker.log") + ");";
                System.out.print(", measured FAILED");
            }
            if (hugo != null) {
                deleteTree(hugoDir.resolve("public"));
                other("hugo", ForeignSites.hugoCommand(hugo, hugoDir, hugoDir.resolve("public")), result.hugo, dir, result);
            }
            if (mkdocs != null) {
                deleteTree(mkdocsDir.resolve("site"));
                other("mkdocs", ForeignSites.mkdocsCommand(mkdocs, mkdocsDir), result.mkdocs, dir, result);
            }
            System.out.println();
        }
        serve(skill, dir, result, baseline);
        search(ourSite, result);
        result.load.add(loadAverage());
        if (options.profile()) {
            profile(skill, dir);
        }
        return result;
    }

    /** A cold build of this jar, then its one-file edit. */
    private void ourCold(Path skill, Path ourSite, Path dir, Result result) {
        deleteTree(ourSite);
        Run cold = exec(coldCommand(skill, ourSite), dir.resolve("cold.log"));
        if (cold.exit() == 0) {
            result.cold.add(cold.millis());
            Matcher total = CLI_TOTAL.matcher(cold.output());
            if (total.find()) {
                result.coldInJvm.add(Long.parseLong(total.group(1)));
            }
            stages(cold.output(), result.coldStages);
            System.out.print(" | skillsite " + seconds(cold.millis()));
            incremental(options.jar(), options.project(), skill, ourSite, dir, result.incremental, result);
        } else {
            result.notes += " skillsite build failed (" + dir.resolve("cold.log") + ");";
            System.out.print(" skillsite FAILED");
        }
    }

    /** A cold build of the baseline jar, then its one-file edit. */
    private void baselineCold(Path baseline, Path skill, Path dir, Result result) {
        Path baselineSite = dir.resolve("site-baseline");
        deleteTree(baselineSite);
        Run before = exec(jarCommand(baseline, "build", "--clean", "--content", skill.toString(), "--out",
                baselineSite.toString(), "--project", options.baselineProject().toString()), dir.resolve("baseline.log"));
        if (before.exit() == 0) {
            result.baseline.add(before.millis());
            stages(before.output(), result.baselineStages);
            System.out.print(" | baseline " + seconds(before.millis()));
            incremental(baseline, options.baselineProject(), skill, baselineSite, dir, result.baselineIncremental,
                    result);
        } else {
            result.notes += " baseline build failed (" + dir.resolve("baseline.log") + ");";
        }
    }

    /**
     * One timed build by another tool. One that ran past {@code --tool-timeout} is stopped and not run again,
     * at this size or any larger one; one slower than two minutes is not repeated.
     */
    private void other(String tool, List<String> command, Samples samples, Path dir, Result result) {
        if (tooSlow.containsKey(tool)) {
            if (samples.note.isEmpty()) {
                samples.note = "not run: over " + seconds(options.toolTimeout() * 1000) + " at " + tooSlow.get(tool) + " pages";
            }
            return;
        }
        if (!samples.isEmpty() && samples.best() > SLOW_RUN_MILLIS) {
            return;
        }
        Path log = dir.resolve(tool + ".log");
        Run run = exec(command, log, options.toolTimeout());
        if (run.exit() == 0) {
            samples.add(run.millis());
            System.out.print(", " + tool + " " + seconds(run.millis()));
        } else if (run.millis() < 0 && run.output().equals("timed out")) {
            samples.note = "over " + seconds(options.toolTimeout() * 1000) + " (stopped)";
            samples.timedOut = true;
            samples.timeout = options.toolTimeout() * 1000;
            tooSlow.put(tool, result.label);
            System.out.print(", " + tool + " stopped after " + seconds(options.toolTimeout() * 1000));
        } else {
            result.notes += " " + tool + " failed (" + log + ");";
            System.out.print(", " + tool + " FAILED");
        }
    }

    private List<String> coldCommand(Path skill, Path out) {
        return cliCommand("build", "--clean", "--content", skill.toString(), "--out", out.toString(), "--project",
                options.project().toString());
    }

    /** The skillsite command as a user runs it: {@code java -jar}, or the classes when there is no jar yet. */
    private List<String> cliCommand(String... arguments) {
        return jarCommand(options.jar(), arguments);
    }

    private List<String> jarCommand(Path jar, String... arguments) {
        List<String> command = new ArrayList<>(List.of(java()));
        if (Files.isRegularFile(jar)) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.skillsite.cli.Main"));
        }
        command.addAll(List.of(arguments));
        return command;
    }

    /** The stage times a build printed ({@code stages: configure 553 ms, parse 0 ms, ...}), added to {@code into}. */
    private static void stages(String output, Map<String, Samples> into) {
        output.lines().filter(l -> l.strip().startsWith("stages:")).findFirst().ifPresent(line -> {
            Matcher stage = STAGE.matcher(line);
            while (stage.find()) {
                into.computeIfAbsent(stage.group(1), k -> new Samples()).add(Long.parseLong(stage.group(2)));
            }
        });
    }

    /** The topic a one-file edit changes, the first skill's router's first, and its page. */
    private static Optional<Map.Entry<Path, String>> editedTopic(Path content) {
        try {
            return SkillSet.read(content).skills().get(0).topics().findFirst()
                    .map(topic -> Map.entry(content.resolve(topic.source()), topic.page().path()));
        } catch (ProblemException e) {
            return Optional.empty(); // the build reports what is wrong with it
        }
    }

    /**
     * The CLI build after appending a paragraph to one topic, over the site and cache the clean build
     * left; the topic is restored afterwards.
     */
    private void incremental(Path jar, Path project, Path skill, Path site, Path dir, Samples samples, Result result) {
        Optional<Map.Entry<Path, String>> topic = editedTopic(skill);
        if (topic.isEmpty()) {
            return;
        }
        Path file = topic.get().getKey();
        try {
            String original = Files.readString(file);
            Files.writeString(file, original + "\nOne more paragraph, written for the incremental build.\n");
            Run run = exec(jarCommand(jar, "build", "--content", skill.toString(), "--out", site.toString(), "--project",
                    project.toString()), dir.resolve("incremental.log"));
            Files.writeString(file, original);
            if (run.exit() == 0) {
                samples.add(run.millis());
                System.out.print(", one-file edit " + seconds(run.millis()));
            } else {
                result.notes += " incremental build failed (" + dir.resolve("incremental.log") + ");";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preview server's edit-to-reload, {@code --edits} times, for skills up to {@code --serve-up-to} pages. */
    private void serve(Path skill, Path dir, Result result, Path baseline) {
        serve(options.jar(), options.project(), skill, dir, result, result.serve);
        if (baseline != null) {
            serve(baseline, options.baselineProject(), skill, dir, result, result.baselineServe);
        }
    }

    private void serve(Path jar, Path project, Path skill, Path dir, Result result, Samples samples) {
        Optional<Map.Entry<Path, String>> topic = editedTopic(skill);
        if (topic.isEmpty() || options.edits() <= 0 || result.pages > options.serveUpTo()) {
            return;
        }
        // Each jar its own preview folder and cache, started empty: an earlier version cannot read a later one's cache.
        String name = samples == result.serve ? "preview" : "preview-baseline";
        Path preview = dir.resolve(name);
        deleteTree(preview);
        deleteTree(dir.resolve("." + name + ".cache"));
        System.out.printf(Locale.ROOT, "  %s, preview server: %d edits", result.label, options.edits());
        try {
            List<Long> millis = ServeProbe.measure(jarCommand(jar, "serve", "--port", "0", "--content", skill.toString(), "--out",
                    preview.toString(), "--project", project.toString()), topic.get().getKey(), topic.get().getValue(),
                    options.edits(), dir.resolve(name + ".log"));
            millis.forEach(samples::add);
            System.out.println(", " + jar.getFileName() + ": median " + samples.median() + " ms, worst " + samples.worst() + " ms");
        } catch (IOException e) {
            result.notes += " preview server: " + e.getMessage() + ";";
            System.out.println(", FAILED");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The search of the built site in headless Chromium ({@link SearchProbe}), and the size of its whole index. */
    private void search(Path site, Result result) {
        String why = SearchProbe.unavailable();
        if (!options.search() || why != null || !Files.isRegularFile(site.resolve("index.html"))) {
            result.searchNote = !options.search() ? "not measured (--search false)" : why != null ? "not measured: " + why : "no site";
            return;
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("search-index") || f.getParent().endsWith("search-index"))
                    .filter(Files::isRegularFile).toList()) {
                result.indexFiles++;
                result.indexGzip += SearchProbe.gzipped(file);
            }
            result.search = SearchProbe.measure(site, SearchProbe.QUERY);
            System.out.println("  " + result.label + ", search: " + result.search);
        } catch (IOException | RuntimeException e) {
            result.searchNote = "failed: " + e.getMessage();
        }
    }

    /**
     * The measuring JVM: the collector {@code java -jar skillsite.jar build} runs with, both compilers.
     *
     * @param heap the {@code -Xmx} value, or null for the JVM's default (a quarter of the memory)
     */
    private List<String> workerCommand(Path skill, Path out, String heap, List<String> jvmFlags) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(Launcher.COLLECTOR);
        if (heap != null) {
            command.add("-Xmx" + heap);
        }
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchWorker.class.getName(),
                skill.toString(), out.toString(), options.project().toString()));
        return command;
    }

    /** One more measuring run under Java Flight Recorder, its hottest methods written beside the skill. */
    private void profile(Path skill, Path dir) {
        Path recording = dir.resolve("profile.jfr");
        Path out = dir.resolve("site-profile");
        deleteTree(out);
        Run run = exec(workerCommand(skill, out, null, List.of("-XX:StartFlightRecording=filename=" + recording + ",settings=profile")),
                dir.resolve("profile.log"));
        if (run.exit() != 0) {
            System.out.println("  profile run failed: see " + dir.resolve("profile.log"));
            return;
        }
        try {
            String summary = Profile.summarize(recording, 30);
            Files.writeString(dir.resolve("profile.txt"), summary, StandardCharsets.UTF_8);
            System.out.println("  profile: " + dir.resolve("profile.txt") + " (recording " + recording + ")");
        } catch (IOException e) {
            System.out.println("  profile could not be read: " + e.getMessage());
        }
    }

    private static void record(Result result, Map<String, String> bench) {
        for (String stage : List.of("toMain", "configure", "parse", "markdown", "render", "check", "swap", "total")) {
            if (bench.containsKey(stage)) {
                result.stage(stage).add(Long.parseLong(bench.get(stage)));
            }
        }
        if (result.bestRun.isEmpty() || Long.parseLong(bench.get("total")) < Long.parseLong(result.bestRun.get("total"))) {
            result.bestRun = Map.copyOf(bench);
        }
        result.stage("assets").add(Long.parseLong(bench.getOrDefault("assetsMicros", "0")) / 1000);
        result.heapPeak = Math.max(result.heapPeak, Long.parseLong(bench.get("heapPeak")));
        result.heapAfterGc = Math.max(result.heapAfterGc, Long.parseLong(bench.get("heapAfterGc")));
        result.heapMax = Long.parseLong(bench.get("heapMax"));
        result.links = Long.parseLong(bench.get("links"));
        result.broken = Long.parseLong(bench.get("brokenLinks"));
        result.sitePages = Integer.parseInt(bench.get("pages"));
    }

    private static Map<String, String> benchLine(String output) {
        Map<String, String> values = new LinkedHashMap<>();
        output.lines().filter(l -> l.startsWith("BENCH ")).findFirst().ifPresent(l -> {
            for (String pair : l.substring(6).split(" ")) {
                int equals = pair.indexOf('=');
                values.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        });
        return values;
    }

    /** Each size built as a repository of skills beside the same pages as one skill: what the catalogue costs. */
    private void repositoryTable(List<Result> results) {
        List<Result> repositories = results.stream().filter(r -> r.label.contains(" skills")).toList();
        if (repositories.isEmpty()) {
            return;
        }
        line("## A repository of skills");
        line("");
        line("The same pages built as one skill and as a repository of " + options.repository() + " skills (a catalogue, "
                + "each skill in a folder of its own, links checked across them), each a cold `java -jar … build --clean`, "
                + "then after a one-file edit; best of " + options.repeat() + ". Overhead: repository over single skill.");
        line("");
        line("| Pages | One skill | Repository | Overhead | One-file edit: one skill | … repository | Overhead |");
        line("|---:|---|---|---:|---|---|---:|");
        for (Result repository : repositories) {
            results.stream().filter(r -> r.pages == repository.pages && r != repository).findFirst().ifPresent(single ->
                    line("| " + String.format(Locale.ROOT, "%,d", repository.pages) + " | " + single.cold.describe() + " | "
                            + repository.cold.describe() + " | " + overhead(repository.cold, single.cold) + " | "
                            + single.incremental.describe() + " | " + repository.incremental.describe() + " | "
                            + overhead(repository.incremental, single.incremental) + " |"));
        }
        line("");
    }

    private static String overhead(Samples ours, Samples base) {
        if (ours.isEmpty() || base.isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%+.0f%%", 100.0 * (ours.best() - base.best()) / base.best());
    }

    /** This jar beside the --baseline jar, built in turns: whole builds, then each stage as the builds printed it. */
    private void baselineTable(List<Result> results) {
        line("## Against the baseline");
        line("");
        line("This jar and `" + options.baseline() + "`, each a cold `java -jar … build --clean`, taking turns (which goes "
                + "first swaps from run to run), best of " + options.repeat() + "; the ratio is this over the baseline (below 1: faster). Stages are those each build printed, "
                + "best of its runs, this / baseline in ms.");
        line("");
        List<String> names = new ArrayList<>();
        results.forEach(r -> r.coldStages.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add));
        line("| Pages | This | Baseline | Ratio | One-file edit: this | … baseline | Serve median: this | … baseline | "
                + String.join(" | ", names) + " |");
        line("|---:|---|---|---:|---|---|---:|---:|" + "---:|".repeat(names.size()));
        for (Result r : results) {
            StringBuilder row = new StringBuilder("| " + r.label + " | " + r.cold.describe() + " | " + r.baseline.describe() + " | "
                    + ratio(r.cold, r.baseline) + " | " + r.incremental.describe() + " | " + r.baselineIncremental.describe() + " | "
                    + (r.serve.isEmpty() ? "–" : r.serve.median() + " ms") + " | "
                    + (r.baselineServe.isEmpty() ? "–" : r.baselineServe.median() + " ms") + " |");
            for (String name : names) {
                Samples ours = r.coldStages.get(name);
                Samples theirs = r.baselineStages.get(name);
                row.append(' ').append(ours == null ? "–" : ours.best()).append(" / ").append(theirs == null ? "–" : theirs.best()).append(" |");
            }
            line(row.toString());
        }
        line("");
    }

    private void tables(List<Result> results) {
        line("## skillsite, per stage");
        line("");
        line("Cold: the whole `java -jar target/skillsite.jar build` process, timed from outside. Stages: the measuring JVM "
                + "(`-Xmx" + options.heap() + "`), each stage's best of " + options.repeat() + " runs. JVM start: JVM start to `main`. "
                + "Render includes writing pages and copying assets; assets: that copy alone, timed apart.");
        line("");
        line("| Pages | Cold `java -jar` | In-JVM total | JVM start | Configure | Parse | Markdown | Render | Assets | Link check | Swap | Pages/s (cold) | Pages/s (in JVM) | Check pages/s | Heap peak | Live heap after GC |");
        line("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            int pages = r.sitePages;
            line("| " + r.label + String.format(Locale.ROOT, " (%,d HTML)", pages) + " | " + r.cold.describe() + " | " + r.stage("total").describe() + " | "
                    + ms(r, "toMain") + " | " + ms(r, "configure") + " | " + ms(r, "parse") + " | " + ms(r, "markdown") + " | "
                    + ms(r, "render") + " | " + ms(r, "assets") + " | " + ms(r, "check") + " | " + ms(r, "swap") + " | "
                    + rate(pages, r.cold.best()) + " | " + rate(pages, r.stage("total").best()) + " | "
                    + rate(r.sitePages, r.stage("check").best()) + " | " + mib(r.heapPeak) + " | " + mib(r.heapAfterGc)
                    + (r.fitsHeap ? "" : " (out of memory at -Xmx" + options.heap() + ")") + " |");
        }
        line("");
        line("Cores kept busy per stage in the measuring run with the best total: the process's CPU time (every thread: "
                + "build, JIT compiler, GC) over the stage's wall time; " + Runtime.getRuntime().availableProcessors()
                + " is all of this machine. Load average (1 min) before and after each size's runs, from /proc/loadavg, "
                + "says how much else the machine was doing.");
        line("");
        line("| Pages | Configure | Parse | Markdown | Render | Link check | Whole build | CPU s | Load before → after |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Result r : results) {
            line("| " + r.label + " | " + cores(r, "configure") + " | " + cores(r, "parse") + " | " + cores(r, "markdown") + " | "
                    + cores(r, "render") + " | " + cores(r, "check") + " | " + cores(r, "total") + " | "
                    + (r.bestRun.containsKey("cpu.total") ? seconds(Long.parseLong(r.bestRun.get("cpu.total"))) : "–") + " | "
                    + String.join(" → ", r.load) + " |");
        }
        line("");
        line("## Side by side");
        line("");
        line("Wall time of each tool's own build command, best of " + options.repeat() + " (worst and spread in brackets); "
                + "the ratio is skillsite's cold `java -jar` build, link check included, over the other tool's build alone "
                + "(below 1: skillsite is faster).");
        line("");
        line("| Pages | skillsite (build + check) | Hugo | skillsite / Hugo | MkDocs | skillsite / MkDocs |");
        line("|---:|---|---|---:|---|---:|");
        for (Result r : results) {
            line("| " + r.label + " | " + r.cold.describe() + " | " + r.hugo.describe() + " | " + ratio(r.cold, r.hugo) + " | "
                    + r.mkdocs.describe() + " | " + ratio(r.cold, r.mkdocs) + " |");
        }
        line("");
        if (options.baseline() != null) {
            baselineTable(results);
        }
        repositoryTable(results);
        line("## Rebuilds after an edit");
        line("");
        line("One paragraph appended to the router's first topic. Incremental: the cold `java -jar target/skillsite.jar build` "
                + "over the clean build's output and cache (best of " + options.repeat() + "). Preview server: `serve`, from "
                + "saving the file to the rebuilt page fetched after the reload event, as an open tab does; median and worst of "
                + options.edits() + " edits from the first one after start-up, then the median of those after the first "
                + WARM_UP_EDITS + ", when the JVM's compilers have caught up.");
        line("");
        line("| Pages | Clean build (cold) | One-file edit, incremental build (cold) | Preview server, save → page reloaded | … after " + WARM_UP_EDITS + " edits |");
        line("|---:|---|---|---|---|");
        for (Result r : results) {
            line("| " + r.label + " | " + r.cold.describe() + " | " + r.incremental.describe() + " | "
                    + (r.serve.isEmpty() ? "–" : r.serve.median() + " ms (worst " + r.serve.worst() + " ms)") + " | "
                    + (r.serve.medianAfter(WARM_UP_EDITS) < 0 ? "–" : r.serve.medianAfter(WARM_UP_EDITS) + " ms") + " |");
        }
        line("");
        line("## Search");
        line("");
        line("The built site's search in headless Chromium from `file://` (`SearchProbe`). First query: \"" + SearchProbe.QUERY
                + "\" put in the box at once on a fresh page; what it loaded of the index, gzipped (as a server sends it), and the "
                + "time to its results. Keystrokes: the same query typed letter by letter on another fresh page, each from the "
                + "input event to its results shown. Whole index: every file of it, gzipped.");
        line("");
        line("| Pages | Whole index | First query loads | First query | Keystroke median | Keystroke worst |");
        line("|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            SearchProbe.Figures f = r.search;
            line("| " + r.label + " | " + (r.indexFiles == 0 ? "–" : SearchProbe.kilobytes(r.indexGzip) + " in " + r.indexFiles + " files") + " | "
                    + (f == null ? r.searchNote + " | – | – | –" : SearchProbe.kilobytes(f.firstQueryGzip()) + " in " + f.firstQueryFiles()
                    + " files | " + String.format(Locale.ROOT, "%.0f ms | %.0f ms | %.0f ms", f.firstQueryMillis(), f.median(), f.worst()))
                    + " |");
        }
        line("");
        line("## Targets");
        line("");
        Optional<Result> thousand = results.stream().filter(r -> r.pages == 1000).findFirst();
        Optional<Result> tenThousand = results.stream().filter(r -> r.pages == 10000).findFirst();
        Optional<Result> content = results.stream().filter(r -> r.pages < 0).findFirst();
        content.filter(r -> !r.serve.isEmpty()).ifPresent(r -> target("content/ one-file edit in serve: page reloaded within 200 ms",
                "median " + r.serve.median() + " ms from the first edit (worst " + r.serve.worst() + " ms), "
                        + r.serve.medianAfter(WARM_UP_EDITS) + " ms after " + WARM_UP_EDITS + " edits", r.serve.median() <= 200));
        content.ifPresent(r -> target("content/ cold single command faster than `mkdocs build`",
                r.mkdocs.isEmpty() ? "MkDocs not run" : seconds(r.cold.best()) + " vs " + seconds(r.mkdocs.best()),
                !r.mkdocs.isEmpty() && r.cold.best() < r.mkdocs.best()));
        if (thousand.isPresent() && tenThousand.isPresent()) {
            Result a = thousand.get();
            Result b = tenThousand.get();
            double cold = (double) b.cold.best() / a.cold.best();
            double inJvm = (double) b.stage("total").best() / a.stage("total").best();
            target("Time(10,000) / Time(1,000) ≤ 11", String.format(Locale.ROOT, "%.1f cold, %.1f in JVM", cold, inJvm), cold <= 11);
        }
        for (Result r : List.of(thousand, tenThousand).stream().flatMap(Optional::stream).toList()) {
            if (!r.hugo.isEmpty()) {
                double ratio = (double) r.cold.best() / r.hugo.best();
                target(r.label + " pages, build + check within 2× of Hugo", String.format(Locale.ROOT, "%.2f×", ratio), ratio <= 2);
            }
        }
        tenThousand.ifPresent(r -> {
            target("10,000 pages in under 1 GiB heap", (r.fitsHeap ? "built with -Xmx" + options.heap() : "ran out of memory with -Xmx"
                    + options.heap()) + "; sum of the heap pools' own peaks " + mib(r.heapPeak) + ", live after GC " + mib(r.heapAfterGc)
                    + (r.fitsHeap ? "" : " (default heap of " + mib(r.heapMax) + ")"),
                    r.fitsHeap && r.broken == 0 && !r.stage("total").isEmpty() && r.heapMax <= 1L << 30);
            // The check as users run it: the stage the cold `java -jar … build` printed (the launcher's JVM);
            // the measuring JVM's, with both compilers, for comparison with earlier runs.
            Samples printed = r.coldStages.get("check");
            long check = printed == null || printed.isEmpty() ? -1 : printed.best();
            target("link check ≥ 2,000 pages/s at 10,000", rate(r.sitePages, check) + " pages/s in the cold build ("
                            + rate(r.sitePages, r.stage("check").best()) + " in the measuring JVM)",
                    check > 0 && r.sitePages * 1000.0 / check >= 2000);
            SearchProbe.Figures f = r.search;
            target("10,000 pages: the first search query loads at most 1.5 MB gzipped",
                    f == null ? r.searchNote : SearchProbe.kilobytes(f.firstQueryGzip()), f != null && f.firstQueryGzip() <= 1_500_000);
            target("10,000 pages: every keystroke answered within 100 ms",
                    f == null ? r.searchNote : String.format(Locale.ROOT, "worst %.0f ms, median %.0f ms", f.worst(), f.median()),
                    f != null && f.worst() <= 100);
        });
        for (Result r : results) {
            if (!r.notes.isEmpty()) {
                line("- " + r.label + ":" + r.notes);
            }
        }
    }

    private static String cores(Result r, String stage) {
        String cpu = r.bestRun.get("cpu." + stage);
        String wall = r.bestRun.get(stage);
        if (cpu == null || wall == null || Long.parseLong(wall) < 20) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f", Double.parseDouble(cpu) / Long.parseLong(wall));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private void target(String what, String measured, boolean met) {
        line("- " + (met ? "met" : "NOT met") + ": " + what + ": " + measured);
    }

    private static String ms(Result r, String stage) {
        Samples samples = r.stages.get(stage);
        return samples == null || samples.isEmpty() ? "–" : samples.best() + " ms";
    }

    private static String rate(int pages, long millis) {
        return millis <= 0 ? "–" : String.format(Locale.ROOT, "%,.0f", pages * 1000.0 / millis);
    }

    private static String ratio(Samples ours, Samples theirs) {
        if (!ours.isEmpty() && theirs.timedOut) {
            return String.format(Locale.ROOT, "< %.2f", ours.best() / (theirs.timeoutMillis() * 1.0));
        }
        return ours.isEmpty() || theirs.isEmpty() ? "–" : String.format(Locale.ROOT, "%.2f", (double) ours.best() / theirs.best());
    }

    private static String mib(long bytes) {
        return bytes <= 0 ? "–" : String.format(Locale.ROOT, "%,.0f MiB", bytes / 1048576.0);
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    record Run(int exit, long millis, String output) {
    }

    private Run exec(List<String> command, Path log) {
        return exec(command, log, TIMEOUT_MINUTES * 60);
    }

    private Run exec(List<String> command, Path log, long timeoutSeconds) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(options.project().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
                return new Run(-1, -1, "timed out");
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Run(process.exitValue(), millis, Files.readString(log));
        } catch (IOException e) {
            return new Run(-1, -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the log stays where it was
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String version(String tool, String flag) {
        try {
            Path log = Files.createTempFile("bench-version", ".txt");
            Run run = exec(List.of(tool, flag), log);
            Files.deleteIfExists(log);
            return run.output().lines().findFirst().orElse("?").strip();
        } catch (IOException e) {
            return "?";
        }
    }

    /** The first executable of this name on the PATH. */
    static Optional<String> executable(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
