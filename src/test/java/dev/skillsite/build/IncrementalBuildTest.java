package dev.skillsite.build;

import dev.skillsite.TestFolders;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dev.skillsite.build.Builds.files;
import static dev.skillsite.build.Builds.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build over a previous output reuses what did not change, and its output equals a clean build of
 * the same input byte for byte. Each test edits a copy of the seed skill (64 topics, each linking to
 * the next) or of the project, rebuilds, and compares with a clean build into another folder.
 */
class IncrementalBuildTest {
    private static final String EVENT_LOOP = "reference/architecture-event-loop.md";
    /** The two topics whose markdown links to the event-loop topic. */
    private static final int LINKING_TO_EVENT_LOOP = 2;

    @TempDir
    Path temp;
    Path content;
    Path project;
    Path site;
    int topics;

    @BeforeEach
    void copyInputsAndBuildOnce() throws IOException {
        content = TestFolders.copy(fixture("skills/seed"), temp.resolve("content"));
        project = temp.resolve("project");
        TestFolders.copy(Path.of("templates"), project.resolve("templates"));
        TestFolders.copy(Path.of("assets"), project.resolve("assets"));
        Files.copy(Path.of("jbake.properties"), project.resolve("jbake.properties"));
        site = temp.resolve("site");
        BuildResult first = build(true);
        topics = first.topics();
        assertEquals(0, first.cacheHits().topicsCached(), "nothing cached on the first build");
    }

    @Test
    void anUnchangedInputReusesEveryTopicFileAndPageRead() throws IOException {
        CacheHits hits = build(true).cacheHits();
        assertEquals(topics, hits.topicsCached());
        assertEquals(hits.files(), hits.filesCached());
        assertEquals(hits.reads(), hits.readsCached());
        assertSameAsCleanBuild();
    }

    @Test
    void editingOneTopicsBodyParsesOnlyThatTopicAgain() throws IOException {
        append(EVENT_LOOP, "\nOne more paragraph about the reactor.\n");
        CacheHits hits = build(true).cacheHits();
        assertEquals(topics - 1, hits.topicsCached());
        assertTrue(hits.filesCached() > hits.files() - 10, hits.toString());
        assertSameAsCleanBuild();
    }

    @Test
    void addingAHeadingRendersTheTopicsThatLinkToItAgain() throws IOException {
        append(EVENT_LOOP, "\n## A new heading\n\nWith a paragraph.\n");
        assertEquals(topics - 1 - LINKING_TO_EVENT_LOOP, build(true).cacheHits().topicsCached());
        assertSameAsCleanBuild();
    }

    @Test
    void renamingAHeadingThatAnUnchangedTopicLinksToFailsAtThatTopicsLink() throws IOException {
        replace("reference/memory-lazy-free.md", "## How it works", "## How it runs");
        ProblemException failure = assertThrows(ProblemException.class, () -> build(true));
        assertEquals(1, failure.problems().size(), failure.problems().toString());
        Problem problem = failure.problems().get(0);
        assertEquals(content.resolve("reference/memory-eviction.md"), problem.file());
        assertEquals(9, problem.line());
        assertTrue(problem.message().contains("no heading with id #how-it-works"), problem.message());
    }

    @Test
    void changingATitleRendersEveryPageThatShowsIt() throws IOException {
        replace(EVENT_LOOP, "# Architecture Event Loop", "# The Event Loop");
        CacheHits hits = build(true).cacheHits();
        assertEquals(topics - 1, hits.topicsCached(), "titles are not what links resolve against");
        assertTrue(hits.filesCached() < hits.files() / 2, "the navigation of every page names the topic: " + hits);
        assertSameAsCleanBuild();
    }

    /**
     * With most topics cut down to their headings, the cache keeps only the words its pages still use, numbered anew; the
     * next build weighs the cached pages' words by those numbers.
     */
    @Test
    void pagesTakenFromACacheWhoseWordsWereRenumberedAreSearchedAsInACleanBuild() throws IOException {
        try (var files = Files.list(content.resolve("reference"))) {
            for (Path topic : files.filter(f -> !f.endsWith("architecture-event-loop.md")).toList()) {
                // Headings stay: the router links to some of them.
                Files.write(topic, Files.readAllLines(topic).stream().filter(line -> line.startsWith("#")).toList());
            }
        }
        build(true);
        append(EVENT_LOOP, "\nOne more paragraph about the reactor.\n");
        assertEquals(topics - 1, build(true).cacheHits().topicsCached());
        assertSameAsCleanBuild();
    }

    /** A script's page is rendered again from its highlighted HTML as the cache file kept it, not from the script. */
    @Test
    void aScriptsPageRenderedAgainFromItsCachedHtmlEqualsACleanBuild() throws IOException {
        TestFolders.copy(fixture("skills/files/scripts"), content.resolve("scripts"));
        build(true);
        replace(EVENT_LOOP, "# Architecture Event Loop", "# The Event Loop");
        CacheHits hits = build(true).cacheHits();
        assertTrue(Files.exists(site.resolve("scripts/check.sh.html")), "the script has a page");
        assertTrue(hits.filesCached() < hits.files() / 2, "the navigation of every page names the topic: " + hits);
        assertSameAsCleanBuild();
    }

    @Test
    void movingATopicToAnotherSectionRendersItAndTheTopicsThatLinkToItAgain() throws IOException {
        moveDualChannelToContributing();
        assertEquals(topics - 3, build(true).cacheHits().topicsCached());
        assertTrue(Files.exists(site.resolve("contributing/dual-channel.html")));
        assertSameAsCleanBuild();
    }

    @Test
    void editingATemplateRendersEveryPageButParsesNoTopic() throws IOException {
        Path layout = project.resolve("templates/layout.ftl");
        Files.writeString(layout, Files.readString(layout).replace("</footer>", "<p>Edited.</p></footer>"));
        CacheHits hits = build(true).cacheHits();
        assertEquals(topics, hits.topicsCached());
        assertTrue(hits.filesCached() <= topics + 1, "only markdown copies and llms.txt files stay: " + hits);
        assertTrue(Files.readString(site.resolve("index.html")).contains("<p>Edited.</p>"));
        assertSameAsCleanBuild();
    }

    @Test
    void anOutputFileChangedByHandIsWrittenAgain() throws IOException {
        Path page = site.resolve("architecture/event-loop.html");
        Files.writeString(page, Files.readString(page) + "<!-- edited -->");
        build(true);
        assertFalse(Files.readString(page).contains("<!-- edited -->"));
        assertSameAsCleanBuild();
    }

    @Test
    void aFailedBuildLeavesTheLastGoodSiteAndCacheToBuildOn() throws IOException {
        String good = Files.readString(content.resolve(EVENT_LOOP));
        append(EVENT_LOOP, "\nSee [nowhere](missing-topic.md).\n");
        assertThrows(ProblemException.class, () -> build(true));
        Files.writeString(content.resolve(EVENT_LOOP), good);
        assertEquals(topics, build(true).cacheHits().topicsCached());
        assertSameAsCleanBuild();
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        Path cache = temp.resolve(".site.cache/topics");
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(0, build(true).cacheHits().topicsCached());
        assertSameAsCleanBuild();
    }

    /**
     * A preview's builds hand texts on in memory (llms-full.txt's placed markdown among them): after edits to a topic's
     * body and to a heading another topic links to, each rebuild is still a clean build's bytes.
     */
    @Test
    void aPreviewsRebuildsAfterEditsEqualACleanBuild() throws IOException {
        SiteBuild preview = startPreview();
        append(EVENT_LOOP, "\nA paragraph the preview must publish.\n");
        rebuild(preview);
        assertTrue(Files.readString(site.resolve("llms-full.txt")).contains("A paragraph the preview must publish."));
        assertSameAsCleanBuild();
        append(EVENT_LOOP, "\n## A heading of the preview\n\nWith a paragraph.\n");
        rebuild(preview);
        assertSameAsCleanBuild();
    }

    /**
     * A preview's rebuild takes a page's key from the last build where what the page is made of is equal; a title
     * every page of its section shows is part of each one's, so each is rendered again.
     */
    @Test
    void aPreviewsRebuildAfterATitleChangeRendersEveryPageThatShowsItAsACleanBuildDoes() throws IOException {
        SiteBuild preview = startPreview();
        replace(EVENT_LOOP, "# Architecture Event Loop", "# The Event Loop");
        CacheHits hits = rebuild(preview).cacheHits();
        assertTrue(hits.filesCached() < hits.files() / 2, "the navigation of every page names the topic: " + hits);
        assertSameAsCleanBuild();
    }

    /** The folder a preview serves stays, and so does every file the edit did not change: only changed files move in. */
    @Test
    void aPreviewsRebuildLaysTheChangedFilesOverTheSiteItServes() throws IOException {
        SiteBuild preview = startPreview();
        Object folder = fileKey(site);
        Object unchanged = fileKey(site.resolve("contributing/governance.html"));
        Object edited = fileKey(site.resolve("architecture/event-loop.html"));
        append(EVENT_LOOP, "\nA paragraph the preview must publish.\n");
        CacheHits hits = rebuild(preview).cacheHits();
        assertTrue(hits.filesCached() > hits.files() / 2, "most files left as they were: " + hits);
        assertEquals(folder, fileKey(site));
        assertEquals(unchanged, fileKey(site.resolve("contributing/governance.html")));
        assertNotEquals(edited, fileKey(site.resolve("architecture/event-loop.html")));
        assertTrue(Files.readString(site.resolve("architecture/event-loop.html")).contains("A paragraph the preview must publish."));
        assertFalse(Files.exists(temp.resolve(".site.building")), "nothing left staged");
        assertSameAsCleanBuild();
    }

    /**
     * A topic rewritten in place at the same size within one tick of the file system's clock looks as it was; the
     * watcher saw the write, and the preview reads the file again.
     */
    @Test
    void aPreviewReadsAgainATopicTheWatcherSawChangeThoughItsSizeAndTimeAreAsBefore() throws IOException {
        SiteBuild preview = startPreview();
        Path topic = content.resolve(EVENT_LOOP);
        FileTime time = Files.getLastModifiedTime(topic);
        String text = Files.readString(topic);
        assertFalse(text.contains("QUIESCENT"));
        Files.writeString(topic, text.replace("More text.", "QUIESCENT."));
        Files.setLastModifiedTime(topic, time);
        preview.changed(Set.of(topic));
        rebuild(preview);
        assertTrue(Files.readString(site.resolve("architecture/event-loop.html")).contains("QUIESCENT"));
        assertSameAsCleanBuild();
    }

    /** The edited page is in place when the tabs are told to reload; the search index, which no page links to, follows. */
    @Test
    void aPreviewsRebuildPublishesThePagesBeforeTheSearchIndex() throws IOException {
        SiteBuild preview = startPreview();
        Map<String, byte[]> index = searchIndex();
        append(EVENT_LOOP, "\nA paragraph about quiescence.\n");
        preview.run(new BuildOptions(content, site, project, "", "/", true));
        assertTrue(Files.readString(site.resolve("architecture/event-loop.html")).contains("quiescence"));
        assertSameBytes(index, searchIndex());
        preview.finish();
        assertTrue(searchIndex().values().stream().anyMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("quiescence")),
                "the word is in the index once the build is finished");
        assertSameAsCleanBuild();
    }

    /**
     * llms-full.txt, which every page's footer links to, follows the reload too: until then the last build's file
     * stands in for it, and the link check finds it there.
     */
    @Test
    void aPreviewsRebuildWritesLlmsFullTxtAfterThePagesWithTheOldOneStandingInUntilThen() throws IOException {
        SiteBuild preview = startPreview();
        byte[] before = Files.readAllBytes(site.resolve("llms-full.txt"));
        append(EVENT_LOOP, "\nA paragraph about quiescence.\n");
        preview.run(new BuildOptions(content, site, project, "", "/", true));
        assertTrue(Files.readString(site.resolve("architecture/event-loop.html")).contains("quiescence"));
        assertArrayEquals(before, Files.readAllBytes(site.resolve("llms-full.txt")));
        preview.finish();
        assertTrue(Files.readString(site.resolve("llms-full.txt")).contains("quiescence"));
        assertSameAsCleanBuild();
    }

    /** Where the last site has no llms-full.txt to stand in, a preview writes it with the pages, as the links need it. */
    @Test
    void aPreviewWritesLlmsFullTxtWithThePagesWhereTheLastSiteHasNone() throws IOException {
        SiteBuild preview = startPreview();
        Files.delete(site.resolve("llms-full.txt"));
        append(EVENT_LOOP, "\nA paragraph about quiescence.\n");
        preview.run(new BuildOptions(content, site, project, "", "/", true));
        assertTrue(Files.readString(site.resolve("llms-full.txt")).contains("quiescence"));
        preview.finish();
        assertSameAsCleanBuild();
    }

    /** While another edit waits for its rebuild, a preview leaves its cache unwritten; the next rebuild writes a newer one. */
    @Test
    void aPreviewWritesNoCacheWhileAnotherEditWaits() throws IOException {
        SiteBuild preview = startPreview();
        Map<String, byte[]> cache = files(temp.resolve(".site.cache"));
        append(EVENT_LOOP, "\nA paragraph about quiescence.\n");
        preview.run(new BuildOptions(content, site, project, "", "/", true));
        preview.finish(() -> true);
        assertSameFiles(cache, temp.resolve(".site.cache"));
        append(EVENT_LOOP, "\nA paragraph about eviction.\n");
        preview.run(new BuildOptions(content, site, project, "", "/", true));
        preview.finish(() -> false);
        Map<String, byte[]> after = files(temp.resolve(".site.cache"));
        assertTrue(!cache.keySet().equals(after.keySet()) || cache.keySet().stream().anyMatch(f -> !Arrays.equals(cache.get(f), after.get(f))),
                "a newer cache is written");
        assertEquals(topics, build(true).cacheHits().topicsCached(), "the cache holds the edited topic as it is now");
    }

    /**
     * While another edit waits, a preview leaves the files it writes after the reload to that edit's build, whether
     * the edit came before the search index was weighed or between two of its files: the site keeps the last ones
     * written, none deleted, and the next rebuild is a clean build's.
     */
    @Test
    void aPreviewLeavesTheFilesAfterTheReloadToTheNextRebuildWhileAnotherEditWaits() throws IOException {
        SiteBuild preview = startPreview();
        Map<String, byte[]> index = searchIndex();
        byte[] fullText = Files.readAllBytes(site.resolve("llms-full.txt"));
        for (int waitingFrom : new int[] {1, 4}) {
            append(EVENT_LOOP, "\nA paragraph about quiescence, written " + waitingFrom + ".\n");
            preview.run(new BuildOptions(content, site, project, "", "/", true));
            AtomicInteger asked = new AtomicInteger();
            assertFalse(preview.finish(() -> asked.incrementAndGet() >= waitingFrom), "left to the next build");
            assertTrue(asked.get() >= waitingFrom);
            assertSameBytes(index, searchIndex());
            assertArrayEquals(fullText, Files.readAllBytes(site.resolve("llms-full.txt")));
            assertFalse(Files.exists(site.resolveSibling("." + site.getFileName() + ".building")), "nothing left half written");
        }
        append(EVENT_LOOP, "\nA paragraph about eviction.\n");
        rebuild(preview);
        assertTrue(Files.readString(site.resolve("llms-full.txt")).contains("A paragraph about quiescence, written 4."));
        assertSameAsCleanBuild();
    }

    /**
     * What an abandoned finish wrote is moved aside, not deleted while the next edit's build waits: the next finish
     * deletes it once no edit waits, and a build outside a preview deletes what a stopped preview left.
     */
    @Test
    void aPreviewsAbandonedFilesAreMovedAsideAndDeletedOnceNoEditWaits() throws IOException {
        SiteBuild preview = startPreview();
        Path abandoned = temp.resolve(".site.abandoned");
        Path layer = temp.resolve(".site.building/llms-full.txt");
        BuildOptions options = new BuildOptions(content, site, project, "", "/", true);
        append(EVENT_LOOP, "\nA paragraph about quiescence.\n");
        preview.run(options);
        assertFalse(preview.finish(() -> Files.exists(layer)), "left to the next build once llms-full.txt was written");
        List<Path> layers = entries(abandoned);
        assertEquals(1, layers.size(), layers.toString());
        assertTrue(Files.isRegularFile(layers.get(0).resolve("llms-full.txt")), "moved aside whole");
        append(EVENT_LOOP, "\nA paragraph about eviction.\n");
        preview.run(options);
        assertFalse(preview.finish(() -> true), "an edit waits from the start");
        assertTrue(Files.isDirectory(layers.get(0)), "not deleted while an edit waits");
        rebuild(preview);
        assertFalse(Files.exists(abandoned));
        assertSameAsCleanBuild();

        append(EVENT_LOOP, "\nA paragraph about expiry.\n");
        preview.run(options);
        assertFalse(preview.finish(() -> Files.exists(layer)));
        assertTrue(Files.isDirectory(abandoned));
        new SiteBuild().run(options);
        assertFalse(Files.exists(abandoned), "deleted by a build outside a preview");
    }

    /** A search index's template that fails once the pages are published is the build's error, and the old index stays. */
    @Test
    void aPreviewsSearchIndexThatFailsAfterTheReloadIsAnErrorAndLeavesTheOldIndex() throws IOException {
        SiteBuild preview = startPreview();
        Map<String, byte[]> index = searchIndex();
        Path terms = project.resolve("templates/search-terms.ftl");
        Files.writeString(terms, Files.readString(terms) + "${content.page.noSuchThing}\n");
        append(EVENT_LOOP, "\nA paragraph about quiescence.\n");
        preview.run(new BuildOptions(content, site, project, "", "/", true));
        ProblemException e = assertThrows(ProblemException.class, preview::finish);
        assertTrue(e.problems().get(0).file().endsWith("templates/search-terms.ftl"), e.problems().toString());
        assertSameBytes(index, searchIndex());
        assertFalse(Files.exists(temp.resolve(".site.building")), "nothing left staged");
    }

    /** A page the site no longer has leaves the served folder, and so does a folder it leaves empty. */
    @Test
    void aPreviewsRebuildDeletesWhatTheSiteNoLongerHas() throws IOException {
        SiteBuild preview = startPreview();
        Files.writeString(site.resolve("stray.html"), "<!doctype html><title>Stray</title>");
        Files.createDirectories(site.resolve("gone/deeper"));
        Files.writeString(site.resolve("gone/deeper/page.html"), "<!doctype html><title>Gone</title>");
        moveDualChannelToContributing();
        rebuild(preview);
        assertTrue(Files.exists(site.resolve("contributing/dual-channel.html")));
        assertFalse(Files.exists(site.resolve("replication/dual-channel.html")), "the moved topic's old page");
        assertFalse(Files.exists(site.resolve("gone")), "a folder left empty");
        assertSameAsCleanBuild();
    }

    /** A rebuild that fails its link check moves nothing into the served folder. */
    @Test
    void aPreviewsFailedRebuildLeavesTheServedSiteAsItWas() throws IOException {
        SiteBuild preview = startPreview();
        Map<String, byte[]> served = files(site);
        append(EVENT_LOOP, "\nA paragraph, and [a link to nowhere](missing-topic.md).\n");
        assertThrows(ProblemException.class, () -> rebuild(preview));
        assertSameFiles(served, site);
    }

    @Test
    void aCleanBuildReusesNothing() throws IOException {
        CacheHits hits = build(false).cacheHits();
        assertEquals(0, hits.topicsCached());
        assertEquals(0, hits.filesCached());
        assertEquals(0, hits.readsCached());
    }

    @Test
    void aCacheMadeUnderOtherSettingsIsIgnored() {
        BuildResult other = new SiteBuild().run(new BuildOptions(content, site, project, "https://example.org/docs/", "/", true));
        assertEquals(0, other.cacheHits().topicsCached());
    }

    private BuildResult build(boolean incremental) {
        return new SiteBuild().run(new BuildOptions(content, site, project, "", "/", incremental));
    }

    /** A preview's builder, as {@code serve} keeps one, its first build done. */
    private SiteBuild startPreview() {
        SiteBuild preview = SiteBuild.deferring();
        rebuild(preview);
        return preview;
    }

    /** One build of a preview, finished as the server finishes it once the tabs are told. */
    private BuildResult rebuild(SiteBuild preview) {
        try {
            return preview.run(new BuildOptions(content, site, project, "", "/", true));
        } finally {
            preview.finish();
        }
    }

    /** Moves dual-channel, which no routing line names and two topics link to, from replication to the last section. */
    private void moveDualChannelToContributing() throws IOException {
        String row = "| Dual-channel full sync: a separate RDB connection while the replica buffers the stream | [dual-channel](reference/replication-dual-channel.md) |\n";
        String lastRow = "| The TSC, maintainers, consensus and voting, version macros and release branches | [governance](reference/contributing-governance.md) |\n";
        replace("SKILL.md", row, "");
        replace("SKILL.md", lastRow, lastRow + row);
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private void assertSameAsCleanBuild() throws IOException {
        Path clean = temp.resolve("clean");
        new SiteBuild().run(new BuildOptions(content, clean, project, "", "/", false));
        assertSameFiles(files(clean), site);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Path folder) throws IOException {
        assertSameBytes(expected, files(folder));
    }

    private static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    /** The search index's files in the site, by path. */
    private Map<String, byte[]> searchIndex() throws IOException {
        Map<String, byte[]> index = new java.util.TreeMap<>();
        files(site).forEach((path, bytes) -> {
            if (path.startsWith("search-index")) {
                index.put(path, bytes);
            }
        });
        return index;
    }

    private static Object fileKey(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    }

    private void append(String file, String text) throws IOException {
        Path path = content.resolve(file);
        Files.writeString(path, Files.readString(path) + text);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(path, text.replace(from, to));
    }
}
