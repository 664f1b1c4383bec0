package dev.skillsite.build;

import dev.skillsite.check.BrokenLink;
import dev.skillsite.check.CheckReport;
import dev.skillsite.check.LinkChecker;
import dev.skillsite.markdown.Markdown;
import dev.skillsite.markdown.MarkdownEngine;
import dev.skillsite.markdown.RenderedSkill;
import dev.skillsite.markdown.SkillMarkdown;
import dev.skillsite.render.SiteRenderer;
import dev.skillsite.render.SiteSettings;
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
    public BuildResult run(BuildOptions options) {
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
            times.lap("configure");

            Written written = write(join(parsing), markdown, engine, config, settings, times);
            // Nothing of the skill, its markdown or its pages is reachable from here on: the link
            // check of a large site gets the heap they held.
            CheckReport check = new LinkChecker(options.basePath()).check(staging);
            times.lap("check");
            if (!check.passed()) {
                throw new ProblemException(problems(check, out, options.content(), options.project(), written.pages()));
            }
            swapIn(staging, out);
            times.lap("swap");
            List<Problem> warnings = new ArrayList<>(written.warnings());
            check.warnings().forEach(w -> warnings.add(Problem.warning(out.resolve(w.page()), w.line(), w.message())));
            return new BuildResult(written.pages().size(), written.sections(), written.topics(), warnings, check, times);
        } finally {
            delete(staging);
        }
    }

    /** What the markdown and render stages leave for the result: page paths, counts and warnings, not the pages. */
    private record Written(List<SiteRenderer.RenderedPage> pages, int sections, int topics, List<Problem> warnings) {
    }

    /**
     * The markdown and render stages. In a method of their own so that the model, every page's HTML
     * and the views die with its frame, before the link check starts.
     */
    private static Written write(Skill skill, Markdown markdown, MarkdownEngine engine, DefaultJBakeConfiguration config,
                                 SiteSettings settings, StageTimes times) {
        times.lap("parse");
        RenderedSkill rendered = new SkillMarkdown(markdown, engine, config).render(skill);
        times.lap("markdown");
        List<SiteRenderer.RenderedPage> pages = new SiteRenderer(config, settings).render(rendered);
        times.lap("render");
        return new Written(pages, skill.sections().size(), rendered.topics().size(), List.copyOf(rendered.warnings()));
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

    private static void swapIn(Path staging, Path out) {
        try {
            Files.createDirectories(out.getParent());
            Path previous = out.resolveSibling("." + out.getFileName() + ".previous");
            delete(previous);
            if (Files.exists(out)) {
                Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            delete(previous);
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
