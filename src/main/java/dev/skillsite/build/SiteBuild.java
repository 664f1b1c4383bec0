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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The driver: skill model, then markdown, then pages, then the link check, in one direction. It
 * builds into a folder beside the output and swaps it in only when everything passed, so a failed
 * build never damages the site a previous build left.
 */
public final class SiteBuild {
    /** Document types and their templates, unless jbake.properties names others. */
    private static final Map<String, String> TEMPLATES = Map.of(
            SiteRenderer.LANDING, "landing.ftl",
            SiteRenderer.SECTION, "section.ftl",
            SiteRenderer.TOPIC, "topic.ftl",
            SiteRenderer.NOT_FOUND, "notfound.ftl",
            SiteRenderer.SITEMAP, "sitemap.ftl");

    public BuildResult run(BuildOptions options) {
        StageTimes times = new StageTimes();
        Path out = options.out().toAbsolutePath().normalize();
        Path staging = out.resolveSibling("." + out.getFileName() + ".building");
        delete(staging);
        try {
            DefaultJBakeConfiguration config = configure(options, staging);
            SiteSettings settings = SiteSettings.from(config);
            Markdown markdown = new Markdown(settings.rawHtml());
            MarkdownEngine engine = new MarkdownEngine(markdown);
            // JBake's engine registry is JVM-global: ours replaces JBake's markdown engine for .md.
            Engines.register("md", engine);
            times.lap("configure");

            Skill skill = new SkillParser().parse(options.content().normalize());
            times.lap("parse");
            RenderedSkill rendered = new SkillMarkdown(markdown, engine, config).render(skill);
            times.lap("markdown");
            int pages = new SiteRenderer(config, settings).render(rendered).size();
            times.lap("render");
            CheckReport check = new LinkChecker(options.basePath()).check(staging);
            times.lap("check");
            if (!check.passed()) {
                throw new ProblemException(problems(check, out, options.content(), options.project()));
            }
            swapIn(staging, out);
            times.lap("swap");
            List<Problem> warnings = new ArrayList<>(rendered.warnings());
            check.warnings().forEach(w -> warnings.add(Problem.warning(out.resolve(w.page()), w.line(), w.message())));
            return new BuildResult(pages, skill.sections().size(), rendered.topics().size(), warnings, check, times);
        } finally {
            delete(staging);
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
        TEMPLATES.forEach((type, file) -> {
            if (config.get("template." + type + ".file") == null) {
                config.setProperty("template." + type + ".file", file);
            }
        });
        config.setProperty("template." + SiteRenderer.SITEMAP + ".extension", ".xml");
        if (!options.baseUrl().isBlank()) {
            config.setProperty("site.host", options.baseUrl());
        }
        if (!Files.isDirectory(config.getTemplateFolder().toPath())) {
            throw new ProblemException(Problem.error(config.getTemplateFolder().toPath(), 0,
                    "no templates folder: run from the project folder or pass --project"));
        }
        return config;
    }

    /** Broken links as build errors: at the markdown line when the link came from markdown, else the template. */
    private static List<Problem> problems(CheckReport check, Path out, Path content, Path project) {
        List<Problem> problems = new ArrayList<>();
        for (BrokenLink f : check.errors()) {
            String message = f.kind().label() + ": " + f.message() + " (" + f.url() + ", in " + out.resolve(f.page()) + ":" + f.line() + ":" + f.column() + ")";
            if (!f.source().isEmpty()) {
                int colon = f.source().lastIndexOf(':');
                problems.add(Problem.error(content.resolve(f.source().substring(0, colon)), Integer.parseInt(f.source().substring(colon + 1)), message));
            } else {
                problems.add(Problem.error(out.resolve(f.page()), f.line(), message + "; the link comes from a template in "
                        + project.resolve("templates")));
            }
        }
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
