package dev.skillsite.render;

import dev.skillsite.cache.CacheKey;
import dev.skillsite.markdown.RenderedSkills;
import dev.skillsite.render.PageWriter.Output;
import dev.skillsite.site.SitePath;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import org.jbake.app.Asset;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The render stage: builds the site's views, writes one file per page of every {@link PageType}, then
 * copies the assets with JBake's {@link Asset}.
 */
public final class SiteRenderer {
    private final DefaultJBakeConfiguration config;
    private final SiteSettings settings;
    private final UnaryOperator<Path> origin;

    /** A file written from a template, and that template, for errors found in the file later. */
    public record RenderedPage(SitePath path, Path template) {
    }

    /**
     * What the stage wrote: every templated file with its template, the cache a later build may take
     * files from, and the files of the previous site left there rather than written, by path from the site's root.
     */
    public record WrittenSite(List<RenderedPage> pages, PageCache cache, Set<String> left) {
        public WrittenSite {
            pages = List.copyOf(pages);
            left = Set.copyOf(left);
        }

        /** How many HTML pages the site has. */
        public long htmlPages() {
            return pages.stream().filter(p -> p.path().path().endsWith(".html")).count();
        }
    }

    public SiteRenderer(DefaultJBakeConfiguration config, SiteSettings settings) {
        this(config, settings, UnaryOperator.identity());
    }

    /**
     * @param origin where a template or asset of the configured folders came from, for errors: the file a
     *               person edits, when the folders are assembled from several
     */
    public SiteRenderer(DefaultJBakeConfiguration config, SiteSettings settings, UnaryOperator<Path> origin) {
        this.config = config;
        this.settings = settings;
        this.origin = origin;
        for (PageType type : PageType.ALL) {
            if (type.isTemplated() && config.get("template." + type.name() + ".file") == null) {
                config.setProperty("template." + type.name() + ".file", type.template());
            }
            if (config.get("template." + type.name() + ".extension") == null) {
                config.setProperty("template." + type.name() + ".extension", type.extension());
            }
        }
    }

    /** Writes every page of the skills into JBake's destination folder, rendering each one. */
    public WrittenSite render(RenderedSkills rendered) {
        return render(rendered, PageCache.EMPTY, null, false);
    }

    /**
     * Writes the pages of the skills into JBake's destination folder, all but those a previous site already
     * holds: a file whose inputs are those {@code cache} recorded, and which {@code previousSite} still holds as
     * written, is left there, and the folder written is to be laid over that site.
     *
     * @param previousSite the site the folder written will be laid over, or null for a whole new site
     * @param keepTexts hand the texts the pages were made of on to the next build, in the new cache's memory
     *                  ({@link TextCache}): for a preview server, whose next build starts from this cache object
     */
    public WrittenSite render(RenderedSkills rendered, PageCache cache, Path previousSite, boolean keepTexts) {
        TextCache texts = new TextCache(cache.texts(), keepTexts);
        SiteViews views = SiteViews.of(rendered, settings, texts);
        PageWriter writer = new PageWriter(config, origin, templatesKey(), cache, previousSite, settings.basePath());
        List<Output> outputs = new ArrayList<>();
        List<RenderedPage> pages = new ArrayList<>();
        for (PageType type : PageType.ALL) {
            Path template = type.isTemplated() ? origin.apply(config.getTemplateFileByDocType(type.name()).toPath()) : null;
            for (PageType.Page page : type.pages(views)) {
                outputs.add(new Output(type, page));
                if (template != null) {
                    pages.add(new RenderedPage(page.path(), template));
                }
            }
        }
        checkOnePerPath(outputs, rendered.set().root());
        writer.writeAll(outputs);
        copyAssets();
        return new WrittenSite(pages, writer.cache(texts.kept()), writer.left());
    }

    /**
     * Every path of the site is written once: two pages, a page and a file of the skill, or a file of the
     * skill and one of the theme's assets may not share one, and the error names both.
     */
    private void checkOnePerPath(List<Output> outputs, Path skill) {
        Map<String, String> claimed = new HashMap<>();
        Path assets = config.getAssetFolder().toPath();
        if (Files.isDirectory(assets)) {
            try (Stream<Path> files = Files.walk(assets)) {
                files.filter(Files::isRegularFile).forEach(f -> claimed.put(assets.relativize(f).toString().replace('\\', '/'),
                        "the theme's asset " + origin.apply(f)));
            } catch (IOException e) {
                throw new ProblemException(Problem.error(origin.apply(assets), 0, "cannot read the assets: " + e.getMessage()));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Output output : outputs) {
            String path = output.page().path().path();
            String what = output.page().view() instanceof Path file ? "the skill's file " + skill.relativize(file)
                    : "the " + output.type().name() + " page";
            String earlier = claimed.putIfAbsent(path, what);
            if (earlier != null) {
                problems.add(Problem.error(skill, 0, "two files of the site would be " + path + ": " + earlier + " and " + what
                        + "; rename one"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
    }

    /** Every file of the templates folder, by relative path and content: any edit there renders every page again. */
    private String templatesKey() {
        Path folder = config.getTemplateFolder().toPath();
        try (Stream<Path> files = Files.walk(folder)) {
            List<Object> parts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                parts.add(folder.relativize(file).toString());
                parts.add(Files.readAllBytes(file));
            }
            return CacheKey.of(parts);
        } catch (IOException e) {
            throw new ProblemException(Problem.error(folder, 0, "cannot read templates: " + e.getMessage()));
        }
    }

    private void copyAssets() {
        Asset asset = new Asset(config);
        asset.copy();
        if (!asset.getErrors().isEmpty()) {
            throw new ProblemException(Problem.error(origin.apply(config.getAssetFolder().toPath()), 0,
                    "assets could not be copied: " + asset.getErrors().get(0).getMessage()));
        }
        try {
            // GitHub Pages would otherwise run Jekyll, which hides files and folders starting with "_".
            Files.writeString(config.getDestinationFolder().toPath().resolve(".nojekyll"), "");
        } catch (IOException e) {
            throw new ProblemException(Problem.error(config.getDestinationFolder().toPath(), 0, "cannot write .nojekyll: " + e.getMessage()));
        }
    }
}
