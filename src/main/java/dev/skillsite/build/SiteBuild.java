package dev.skillsite.build;

import dev.skillsite.cache.CacheKey;
import dev.skillsite.check.LinkChecker.CheckedSite;
import dev.skillsite.check.LinkChecker;
import dev.skillsite.markdown.RenderedSkills;
import dev.skillsite.markdown.SkillMarkdown;
import dev.skillsite.render.SiteRenderer.RenderedPage;
import dev.skillsite.render.SiteRenderer.WrittenSite;
import dev.skillsite.render.SiteRenderer;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import dev.skillsite.skill.SkillParser;
import dev.skillsite.skill.SkillSet;
import dev.skillsite.skill.SourceCache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;

import static dev.skillsite.build.BuildCaches.PAGES;
import static dev.skillsite.build.BuildCaches.READS;
import static dev.skillsite.build.BuildCaches.TOPICS;

/**
 * The driver: the skill model, then markdown, then pages, then the link check, in one direction. It
 * builds into a {@link Staging} folder beside the site and swaps it in only when the check passed, so
 * a failed build never damages the site a previous build left. Each stage starts from its cache of the
 * previous build ({@link BuildCaches}) and leaves a new one. An incremental build over a site stages
 * only the files that changed and lays them over it.
 */
public final class SiteBuild {
    /** A preview server's caches between builds; null for builds that read and write the cache folder only. */
    private final BuildCaches.Kept kept;
    /** Reads the source files: for a preview, a file as it was at the last build is not read again. */
    private final SourceCache sources;
    /** Reads the skills: a skill whose SKILL.md and files are as at the last run comes from its cache. */
    private final SkillParser parser;
    /** What a deferring build left to tidy once its site was in place (the replaced site, files no longer built), for {@link #finish()}. */
    private Runnable tidy;
    /** The files a deferring build writes after its site is in place, and the staging they go over it from; null for none. */
    private Later later;

    private record Later(SiteRenderer.Later files, Staging staging) {
    }

    /** A build that leaves its caches in the cache folder before it returns. */
    public SiteBuild() {
        this(null);
    }

    private SiteBuild(BuildCaches.Kept kept) {
        this.kept = kept;
        // A build that reads its sources once holds on to none of them: at 10,000 topics, 72 MB through the link check.
        this.sources = kept == null ? SourceCache.none() : new SourceCache();
        this.parser = new SkillParser(sources);
    }

    /**
     * Builds that keep their caches in memory for the next build, and leave writing them, the files no open tab
     * needs ({@link dev.skillsite.render.PageType.Timing}) and deleting the replaced site to {@link #finish()}, for
     * a caller with something more urgent to do first, such as telling open tabs to reload. A cache written
     * late, or never, is still safe: each entry is checked against what it was made from before it is used.
     */
    public static SiteBuild deferring() {
        return new SiteBuild(new BuildCaches.Kept());
    }

    /**
     * Files or folders a watcher saw change since the last build: read again by the next, and their skill folders
     * listed again where a file was added or removed, whatever the file system says of them, for a write within one
     * tick of its clock leaves a file's time as it was.
     */
    public void changed(Collection<Path> paths) {
        sources.forget(paths);
        parser.forget(paths);
    }

    /**
     * Does what the last build left for later, if anything. A file written late that fails (a template of the
     * search index, say) is thrown as the build's would have been; the site then keeps what it had of those files.
     */
    public synchronized void finish() {
        finish(() -> false);
    }

    /**
     * {@link #finish()}, but left to the next build while {@code editWaiting} says another edit waits for it: the
     * caches are not written, and the files for later are abandoned when it says so before the search index is
     * weighed or between two of them, none of them moved into the site (those written are moved aside, for the next
     * finish to delete once no edit waits: {@link Staging#abandon()}). That build writes them all again, weighs
     * its own index and replaces these caches; until then the site keeps the files of the last build that
     * finished, and what this one would have deleted (the next one's pruning deletes whatever its site lacks).
     *
     * @return whether everything was done; false when it was left to the next build
     */
    public synchronized boolean finish(BooleanSupplier editWaiting) {
        if (!writeLater(editWaiting)) {
            // Pruning now would delete the search index the site still serves, which no file of this build replaced.
            tidy = null;
            return false;
        }
        try {
            if (kept != null && !editWaiting.getAsBoolean()) {
                kept.write();
            }
        } catch (IOException e) {
            // no cache on disk: the next cold build is a full one
        }
        tidy();
        return true;
    }

    /**
     * Writes the files the last build left until its site was in place, and lays them over it, unless
     * {@code abandon} says their work is no longer wanted before they are all written.
     *
     * @return false when they were abandoned: none was moved into the site
     */
    private boolean writeLater(BooleanSupplier abandon) {
        if (later == null) {
            return true;
        }
        Later pending = later;
        later = null;
        if (!abandon.getAsBoolean()) {
            pending.staging().clearAbandoned(); // the last builds' files for later, while no edit waits
        }
        try {
            Optional<WrittenSite> site = pending.files().write(abandon);
            if (site.isEmpty()) {
                pending.staging().abandon();
                return false;
            }
            pending.staging().layOverLater(site.get().untouched());
            kept.replace(PAGES, site.get().cache());
            return true;
        } catch (RuntimeException e) {
            tidy = null; // the files the failed ones were to replace stay in the site
            throw e;
        } finally {
            pending.staging().clear();
        }
    }

    private void tidy() {
        if (tidy != null) {
            Runnable pending = tidy;
            tidy = null;
            pending.run();
        }
    }

    public synchronized BuildResult run(BuildOptions options) {
        writeLater(() -> false); // a caller that did not finish the last build
        tidy();
        StageTimes times = new StageTimes();
        Staging staging = options.incremental() ? Staging.over(options.out()) : Staging.beside(options.out());
        if (kept == null) {
            staging.clearAbandoned(); // what a preview stopped after an abandoned finish left
        }
        // The skills are read on another core while JBake loads its configuration: neither needs the other.
        CompletableFuture<SkillSet> skills = CompletableFuture.supplyAsync(() -> SkillSet.read(options.content().normalize(), parser));
        BuildCaches caches = null;
        try {
            Project project = Project.load(options, staging.folder(), staging.theme());
            caches = caches(options, project, staging);
            times.lap("configure");
            Written written = write(join(skills), project, caches, staging, times);
            CheckedSite checked = check(project, staging, written.untouched(), caches, times);
            if (!checked.report().passed()) {
                throw new ProblemException(LinkProblems.of(checked.report(), staging.site(), options.content(),
                        project.theme(), written.pages()));
            }
            BuildResult result = result(written, checked, staging, times);
            if (options.strict() && !result.warnings().isEmpty()) {
                throw new ProblemException(result.warnings().stream().map(Problem::asError).toList());
            }
            publish(staging, written.untouched(), caches, times);
            if (written.later() != null) {
                later = new Later(written.later(), staging);
            }
            return result;
        } catch (RuntimeException e) {
            if (caches != null) {
                caches.abandon();
            }
            throw e;
        } finally {
            staging.clear();
            if (kept == null) {
                staging.clearTheme(); // a preview's next build finds it assembled and rewrites only what changed
            }
        }
    }

    /**
     * What the markdown and render stages leave for the rest of the build: counts, warnings and the
     * templates of the pages, not the pages. In a method of their own so that the model, every page's
     * HTML and the views die with its frame, before the link check starts.
     */
    private record Written(List<RenderedPage> pages, int htmlPages, int skills, int sections, int topics, int topicsCached,
                           int files, int filesLeft, Set<String> untouched, List<Problem> warnings, SiteRenderer.Later later) {
    }

    private Written write(SkillSet skills, Project project, BuildCaches caches, Staging staging, StageTimes times) {
        times.lap("parse");
        RenderedSkills rendered = new SkillMarkdown(project.markdown(), Set.of(project.settings().sectionsAnchor()), sources)
                .render(skills, caches.previous(TOPICS));
        times.lap("markdown");
        caches.keep(TOPICS, rendered.cache());
        caches.readAhead(READS); // once that is written, while the pages are rendered
        times.lap("cache");
        WrittenSite site = new SiteRenderer(project.config(), project.settings(), project.theme()::origin)
                .render(rendered, caches.previous(PAGES), staging.under(), caches.inMemory());
        times.lap("render");
        caches.keep(PAGES, site.cache());
        times.lap("cache");
        return new Written(site.pages(), (int) site.htmlPages(), skills.skills().size(),
                skills.skills().stream().mapToInt(s -> s.sections().size()).sum(), rendered.topics(), rendered.cached(),
                site.cache().entries().size(), site.left().size(), site.untouched(), rendered.warnings(), site.later());
    }

    private static CheckedSite check(Project project, Staging staging, Set<String> untouched, BuildCaches caches, StageTimes times) {
        CheckedSite checked = new LinkChecker(project.settings().basePath()).check(staging.checked(untouched), caches.previous(READS));
        times.lap("check");
        caches.keep(READS, checked.cache());
        times.lap("cache");
        return checked;
    }

    /**
     * Puts the new site in place, then its caches; what that leaves to tidy is done now, while the last cache
     * file is still being written, or by {@link #finish()}.
     */
    private void publish(Staging staging, Set<String> untouched, BuildCaches caches, StageTimes times) {
        tidy = staging.swapIn(untouched);
        if (kept == null) {
            tidy();
        }
        times.lap("swap");
        caches.commit();
        times.lap("cache");
    }

    /**
     * This build's caches. They hold only under one key: this code of skillsite, the project's
     * configuration, and the options that reach the pages; a build with --clean, or with no site yet to
     * take files from, starts every stage empty.
     */
    private BuildCaches caches(BuildOptions options, Project project, Staging staging) {
        String key = CacheKey.of(RunningCode.cacheKey(), project.properties(), options.baseUrl(), options.basePath(),
                options.content().toAbsolutePath().normalize(), options.project().toAbsolutePath().normalize());
        boolean fresh = staging.under() == null;
        CacheFolder folder = CacheFolder.beside(staging.site());
        folder.abandon(); // whatever an interrupted build wrote
        BuildCaches caches = new BuildCaches(folder, key, fresh, kept);
        caches.readAhead(TOPICS); // while the skills are still being read
        caches.readAhead(PAGES);
        return caches;
    }

    private static BuildResult result(Written written, CheckedSite checked, Staging staging, StageTimes times) {
        List<Problem> warnings = new ArrayList<>(written.warnings());
        checked.report().warnings().forEach(w -> warnings.add(Problem.warning(staging.site().resolve(w.page()), w.line(), w.message())));
        CacheHits hits = new CacheHits(written.topicsCached(), written.topics(), written.filesLeft(), written.files(),
                checked.cached(), checked.report().pages());
        return new BuildResult(written.htmlPages(), written.skills(), written.sections(), written.topics(), warnings, checked.report(),
                times, hits);
    }

    /** The parse's result, or the very exception it threw: a ProblemException keeps its problems. */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
