package dev.skillsite.render;

import dev.skillsite.cache.CacheKey;
import dev.skillsite.markdown.RenderedSkills;
import dev.skillsite.render.PageWriter.Output;
import dev.skillsite.site.SitePath;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import dev.skillsite.work.Cores;
import org.jbake.app.Asset;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
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
     * files from, the files of the previous site left there rather than written, by path from the site's root,
     * those of its files that stand in for files a preview writes over them after its tabs have reloaded
     * ({@link PageType.Timing#AFTER_THE_RELOAD_OVER_THE_LAST}), and what it writes then (null when nothing is
     * left to write).
     */
    public record WrittenSite(List<RenderedPage> pages, PageCache cache, Set<String> left, Set<String> standingIn, Later later) {
        public WrittenSite {
            pages = List.copyOf(pages);
            left = Set.copyOf(left);
            standingIn = Set.copyOf(standingIn);
        }

        /** How many HTML pages the site has. */
        public long htmlPages() {
            return pages.stream().filter(p -> p.path().path().endsWith(".html")).count();
        }

        /** The files of the previous site the new one holds as they are, until the files written later are laid over it: left or standing in. */
        public Set<String> untouched() {
            if (standingIn.isEmpty()) {
                return left;
            }
            Set<String> untouched = new HashSet<>(left);
            untouched.addAll(standingIn);
            return untouched;
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

    /**
     * The files a preview writes once its tabs have reloaded ({@link PageType.Timing#AFTER_THE_RELOAD}), into
     * JBake's destination folder, emptied again, to be laid over the site the rest was laid over.
     */
    public interface Later {
        /**
         * Writes the files; what the stage wrote then is the whole of it, the files written before included. Empty
         * when {@code abandon} said, before the search index was weighed, before any file was started or between
         * two, that they are no longer wanted: the folder then holds some of them, to be emptied.
         */
        Optional<WrittenSite> write(BooleanSupplier abandon);
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
     * @param preview      a preview server's build: it hands the texts the pages were made of on to the next build,
     *                     in the new cache's memory ({@link TextCache}), and over a previous site it leaves the
     *                     files its open tabs do not need to {@link WrittenSite#later()}
     */
    public WrittenSite render(RenderedSkills rendered, PageCache cache, Path previousSite, boolean preview) {
        TextCache texts = new TextCache(cache.texts(), preview);
        SiteViews views = SiteViews.of(rendered, settings, texts);
        PageWriter writer = new PageWriter(config, origin, templatesKey(), cache, previousSite, settings.basePath(), texts, preview);
        boolean deferring = preview && previousSite != null;
        List<Output> outputs = outputs(views, type -> !deferring || type.timing() != PageType.Timing.AFTER_THE_RELOAD);
        Map<String, String> claimed = assetPaths();
        checkOnePerPath(outputs, rendered.set().root(), claimed);
        List<Output> overTheLast = deferring ? overTheLast(outputs, previousSite) : List.of();
        outputs.removeAll(overTheLast);
        writer.writeAll(outputs);
        copyAssets();
        List<RenderedPage> pages = templated(outputs);
        if (!deferring) {
            return new WrittenSite(pages, writer.cache(texts.kept()), writer.left(), Set.of(), null);
        }
        Later later = abandon -> {
            if (abandon.getAsBoolean()) {
                return Optional.empty();
            }
            // The search index is weighed while the files over the last site's are written, llms-full.txt the largest
            // of all: an edit that comes once the index is weighed then waits for one small file at most, not that one.
            AtomicBoolean laidOver = new AtomicBoolean();
            AtomicReference<List<Output>> index = new AtomicReference<>();
            Cores.both(() -> laidOver.set(writer.writeAll(overTheLast, abandon)),
                    () -> index.set(outputs(views, type -> type.timing() == PageType.Timing.AFTER_THE_RELOAD)));
            checkOnePerPath(index.get(), rendered.set().root(), claimed);
            if (!laidOver.get() || !writer.writeAll(index.get(), abandon)) {
                return Optional.empty();
            }
            List<Output> rest = new ArrayList<>(overTheLast);
            rest.addAll(index.get());
            List<RenderedPage> allPages = new ArrayList<>(pages);
            allPages.addAll(templated(rest));
            return Optional.of(new WrittenSite(allPages, writer.cache(texts.kept()), writer.left(), Set.of(), null));
        };
        Set<String> standingIn = new HashSet<>();
        overTheLast.forEach(output -> standingIn.add(output.page().path().path()));
        return new WrittenSite(pages, writer.cache(texts.kept()), writer.left(), standingIn, later);
    }

    /** The outputs a preview writes after the reload over a file the previous site holds at their path. */
    private static List<Output> overTheLast(List<Output> outputs, Path previousSite) {
        return outputs.stream().filter(output -> output.type().timing() == PageType.Timing.AFTER_THE_RELOAD_OVER_THE_LAST
                && Files.isRegularFile(previousSite.resolve(output.page().path().path()))).toList();
    }

    /** Every file of the page types {@code included} takes, in the order of {@link PageType#ALL}. */
    private static List<Output> outputs(SiteViews views, Predicate<PageType> included) {
        List<Output> outputs = new ArrayList<>();
        for (PageType type : PageType.ALL) {
            if (included.test(type)) {
                type.pages(views).forEach(page -> outputs.add(new Output(type, page)));
            }
        }
        return outputs;
    }

    /** The files rendered from a template, each with its template. */
    private List<RenderedPage> templated(List<Output> outputs) {
        Map<PageType, Path> templates = new HashMap<>();
        List<RenderedPage> pages = new ArrayList<>();
        for (Output output : outputs) {
            if (output.type().isTemplated()) {
                Path template = templates.computeIfAbsent(output.type(),
                        type -> origin.apply(config.getTemplateFileByDocType(type.name()).toPath()));
                pages.add(new RenderedPage(output.page().path(), template));
            }
        }
        return pages;
    }

    /**
     * Every path of the site is written once: two pages, a page and a file of the skill, or a file of the
     * skill and one of the theme's assets may not share one, and the error names both. {@code claimed} holds
     * what the paths checked before are, and takes these outputs' paths.
     */
    private static void checkOnePerPath(List<Output> outputs, Path skill, Map<String, String> claimed) {
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

    /** The theme's assets by the path each is copied to, as {@link #checkOnePerPath} claims them. */
    private Map<String, String> assetPaths() {
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
        return claimed;
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
