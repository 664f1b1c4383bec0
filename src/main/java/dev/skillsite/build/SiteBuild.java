package dev.skillsite.build;

import dev.skillsite.check.BrokenLink;
import dev.skillsite.check.CheckReport;
import dev.skillsite.check.LinkChecker;
import dev.skillsite.check.ScanMemo;
import dev.skillsite.markdown.Markdown;
import dev.skillsite.markdown.MarkdownEngine;
import dev.skillsite.markdown.RenderedSkill;
import dev.skillsite.markdown.SkillMarkdown;
import dev.skillsite.markdown.TopicMemo;
import dev.skillsite.render.PageMemo;
import dev.skillsite.render.SiteRenderer;
import dev.skillsite.render.SiteSettings;
import dev.skillsite.skill.Fingerprint;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import dev.skillsite.skill.Skill;
import dev.skillsite.skill.SkillParser;
import org.jbake.app.JBakeException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * The driver: skill model, then markdown, then pages, then the link check, in one direction. It
 * builds into a folder beside the output and swaps it in only when everything passed, so a failed
 * build never damages the site a previous build left.
 */
public final class SiteBuild {
    private final boolean deferring;
    /** What this instance's last build left, kept for its next one: a preview server's rebuilds skip reading the file. */
    private BuildCache last;
    private Path lastFile;
    /** A cache still to be written, and a replaced site still to be deleted, by {@link #finish()}. */
    private BuildCache pending;
    private Path replaced;

    /** A build that writes its cache before it returns. */
    public SiteBuild() {
        this(false);
    }

    private SiteBuild(boolean deferring) {
        this.deferring = deferring;
    }

    /**
     * Builds that leave writing the cache and deleting the replaced site to {@link #finish()}, for a
     * caller with something more urgent to do first, such as telling open tabs to reload. A cache
     * written late, or never, is still safe: what it remembers is keyed by content, and a page is
     * reused only if its file is as that build wrote it.
     */
    public static SiteBuild deferring() {
        return new SiteBuild(true);
    }

    /** Does what the last build left for later, if anything. */
    public synchronized void finish() {
        if (pending != null) {
            finishCache(startCache(lastFile, pending.inputs(), pending.topics(), pending.pages()), pending.scans());
            pending = null;
        }
        if (replaced != null) {
            delete(replaced);
            replaced = null;
        }
    }

    public synchronized BuildResult run(BuildOptions options) {
        StageTimes times = new StageTimes();
        Path out = options.out().toAbsolutePath().normalize();
        Path staging = out.resolveSibling("." + out.getFileName() + ".building");
        delete(staging);
        // The skill model needs nothing from the configuration, and both are single-threaded: read
        // SKILL.md on another core while JBake loads its configuration. The "parse" stage then times
        // only what was left of it once the configuration was done.
        FutureTask<Skill> parsing = new FutureTask<>(() -> new SkillParser().parse(options.content().normalize()));
        Thread parser = new Thread(parsing, "skillsite-parse");
        parser.setDaemon(true);
        parser.start();
        try {
            DefaultJBakeConfiguration config = configure(options, staging);
            SiteSettings settings = SiteSettings.from(config);
            Markdown markdown = new Markdown(settings.rawHtml(), settings.sourceLinks());
            MarkdownEngine engine = new MarkdownEngine(markdown);
            // JBake's engine registry is JVM-global: ours replaces JBake's markdown engine for .md.
            Engines.register("md", engine);

            Path cacheFile = BuildCache.fileFor(out);
            String inputs = inputs(options, config);
            BuildCache previous;
            if (!options.incremental() || !Files.isDirectory(out)) {
                previous = BuildCache.empty(inputs);
            } else if (last != null && cacheFile.equals(lastFile) && inputs.equals(last.inputs())) {
                previous = last;
            } else {
                previous = BuildCache.read(cacheFile, inputs);
            }
            times.lap("configure");

            Written written = write(join(parsing), markdown, engine, config, settings, previous, out, times);
            ScanMemo previousScans = previous.scans();
            previous = null;
            // The topics' memo holds every page's HTML. A deferring builder keeps it for its next build;
            // otherwise it goes to the cache file now, so that the link check of a large site gets the heap.
            BuildCache.Writing cache = null;
            if (!deferring) {
                cache = startCache(cacheFile, inputs, written.topicMemo(), written.pageMemo());
                times.lap("cache");
            }
            TopicMemo topicMemo = deferring ? written.topicMemo() : null;
            PageMemo pageMemo = deferring ? written.pageMemo() : null;
            int files = written.pageMemo().entries().size();
            written = written.withoutMemos();
            LinkChecker.CheckedSite checked = new LinkChecker(options.basePath()).check(staging, previousScans);
            previousScans = null;
            CheckReport check = checked.report();
            times.lap("check");
            if (!check.passed()) {
                if (cache != null) {
                    cache.abandon();
                }
                throw new ProblemException(problems(check, out, options.content(), options.project(), written.pages()));
            }
            // The old cache describes the old site: it goes first, so a failed swap leaves no cache
            // that could be trusted for a site it does not describe.
            Files.deleteIfExists(cacheFile);
            Path previousSite = swapIn(staging, out);
            times.lap("swap");
            if (deferring) {
                last = new BuildCache(inputs, topicMemo, pageMemo, checked.memo());
                lastFile = cacheFile;
                pending = last;
                replaced = previousSite;
            } else {
                delete(previousSite);
                finishCache(cache, checked.memo());
                times.lap("cache");
            }
            List<Problem> warnings = new ArrayList<>(written.warnings());
            check.warnings().forEach(w -> warnings.add(Problem.warning(out.resolve(w.page()), w.line(), w.message())));
            Reuse reuse = new Reuse(written.topicsReused(), written.topics(), written.filesReused(), files,
                    checked.reused(), check.pages());
            return new BuildResult(written.pages().size(), written.sections(), written.topics(), warnings, check, times, reuse);
        } catch (IOException e) {
            throw new ProblemException(Problem.error(out, 0, "cannot replace the build cache: " + e.getMessage()));
        } finally {
            delete(staging);
        }
    }

    /** What the markdown and render stages leave for the result: page paths, counts and warnings, not the pages. */
    private record Written(List<SiteRenderer.RenderedPage> pages, int sections, int topics, List<Problem> warnings,
                           TopicMemo topicMemo, int topicsReused, PageMemo pageMemo, int filesReused) {
        Written withoutMemos() {
            return new Written(pages, sections, topics, warnings, null, topicsReused, null, filesReused);
        }
    }

    /**
     * The markdown and render stages. In a method of their own so that the model, every page's HTML
     * and the views die with its frame, before the link check starts.
     */
    private static Written write(Skill skill, Markdown markdown, MarkdownEngine engine, DefaultJBakeConfiguration config,
                                 SiteSettings settings, BuildCache previous, Path previousSite, StageTimes times) {
        times.lap("parse");
        RenderedSkill rendered = new SkillMarkdown(markdown, engine, config).render(skill, previous.topics());
        times.lap("markdown");
        SiteRenderer.WrittenSite site = new SiteRenderer(config, settings).render(rendered, previous.pages(), previousSite);
        times.lap("render");
        return new Written(site.pages(), skill.sections().size(), rendered.topics().size(), List.copyOf(rendered.warnings()),
                rendered.memo(), rendered.reused(), site.memo(), site.reused());
    }

    /**
     * Everything a cache entry silently depends on: this generator (its jar or classes), the
     * configuration, and the options that reach the pages. A cache made under other inputs is ignored.
     */
    private static String inputs(BuildOptions options, DefaultJBakeConfiguration config) {
        Path properties = options.project().toAbsolutePath().normalize().resolve("jbake.properties");
        try {
            byte[] configuration = Files.isRegularFile(properties) ? Files.readAllBytes(properties) : new byte[0];
            return Fingerprint.of(Generator.fingerprint(), configuration, options.baseUrl(), options.basePath(),
                    options.content().toAbsolutePath().normalize(), config.getTemplateFolder().toPath().toAbsolutePath(),
                    config.getAssetFolder().toPath().toAbsolutePath());
        } catch (IOException e) {
            throw new ProblemException(Problem.error(properties, 0, "cannot read: " + e.getMessage()));
        }
    }

    /** The first part of the cache file, or null when it cannot be written: the next build is then a full one. */
    private static BuildCache.Writing startCache(Path file, String inputs, TopicMemo topics, PageMemo pages) {
        try {
            return BuildCache.Writing.start(file, inputs, topics, pages);
        } catch (IOException e) {
            return null;
        }
    }

    /** Puts the cache in place. One that cannot be written costs the next build its speed, not its correctness. */
    private static void finishCache(BuildCache.Writing cache, ScanMemo scans) {
        if (cache != null) {
            try {
                cache.finish(scans);
            } catch (IOException e) {
                // no cache: the next build is a full one
            }
        }
    }

    /** The task's result, or the very exception it threw (a ProblemException keeps its problems). */
    private static <T> T join(FutureTask<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the skill", e);
        }
    }

    private static DefaultJBakeConfiguration configure(BuildOptions options, Path staging) {
        Path project = options.project().toAbsolutePath().normalize();
        DefaultJBakeConfiguration config;
        try {
            config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), staging.toFile(), false);
        } catch (JBakeException e) {
            throw new ProblemException(Problem.error(project.resolve("jbake.properties"), 0, "cannot load configuration: " + e.getMessage()));
        }
        if (!options.baseUrl().isBlank()) {
            config.setProperty("site.host", options.baseUrl());
        }
        if (!Files.isDirectory(config.getTemplateFolder().toPath())) {
            throw new ProblemException(Problem.error(config.getTemplateFolder().toPath(), 0,
                    "no templates folder: run from the project folder or pass --project"));
        }
        return config;
    }

    /**
     * Broken links as build errors: at the markdown line when the link came from markdown (its
     * data-source), else at the template that rendered the page, or the asset file it was copied from.
     * A template link breaks on every page the template makes, so each such break is reported once,
     * with the number of pages.
     */
    private static List<Problem> problems(CheckReport check, Path out, Path content, Path project,
                                          List<SiteRenderer.RenderedPage> pages) {
        Map<String, Path> templateOf = new HashMap<>();
        pages.forEach(p -> templateOf.put(p.path().path(), p.template()));
        record Break(Path file, String kind, String message) {
        }
        List<Problem> problems = new ArrayList<>();
        Map<Break, List<BrokenLink>> templateBreaks = new LinkedHashMap<>();
        for (BrokenLink f : check.errors()) {
            String what = f.kind().label() + ": " + f.message() + " (" + f.url() + ", in " + out.resolve(f.page()) + ":" + f.line() + ":" + f.column();
            if (f.sourceFile().isPresent()) {
                problems.add(Problem.error(content.resolve(f.sourceFile().get()), f.sourceLine().orElseThrow(), what + ")"));
                continue;
            }
            Path file = templateOf.getOrDefault(f.page(), project.resolve("assets").resolve(f.page()));
            templateBreaks.computeIfAbsent(new Break(file, f.kind().label(), f.message()), k -> new ArrayList<>()).add(f);
        }
        templateBreaks.forEach((key, found) -> {
            BrokenLink first = found.get(0);
            String more = found.size() == 1 ? "" : " and " + (found.size() - 1) + " more page" + (found.size() == 2 ? "" : "s");
            problems.add(Problem.error(key.file(), 0, key.kind() + ": " + key.message() + " (" + first.url() + ", in "
                    + out.resolve(first.page()) + ":" + first.line() + ":" + first.column() + more + ")"
                    + (key.file().toString().endsWith(".ftl") ? "; the link comes from this template or one it imports" : "")));
        });
        return problems;
    }

    /** Moves the new site in and returns where the one it replaced went, to be deleted. */
    private static Path swapIn(Path staging, Path out) {
        try {
            Files.createDirectories(out.getParent());
            Path previous = out.resolveSibling("." + out.getFileName() + ".previous");
            delete(previous);
            if (Files.exists(out)) {
                Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            return previous;
        } catch (IOException e) {
            throw new ProblemException(Problem.error(out, 0, "cannot replace the output folder: " + e.getMessage()));
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
