package dev.skillsite.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillsite.TestFolders;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static dev.skillsite.build.Builds.build;
import static dev.skillsite.build.Builds.files;
import static dev.skillsite.build.Builds.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A repository of skills (src/test/resources/repos/skills-repo): four skills at different depths, one
 * linking into another, one router naming another skill, one without a router, and a hidden folder
 * holding a fifth that must not be found. One site: a catalogue, each skill in a folder of its name.
 */
class RepositoryTest {
    private static final Path REPOSITORY = fixture("repos/skills-repo");
    private static final List<String> SKILLS = List.of("glide-mq", "ops", "python-client", "valkey-basics");

    @TempDir
    static Path temp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void buildTheRepository() {
        site = temp.resolve("site");
        result = build(REPOSITORY, site);
    }

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(Files.readString(root.resolve(path)));
    }

    @Test
    void everySkillAtAnyDepthIsFoundAndHiddenFoldersAreNot() {
        assertEquals(4, result.skills());
        for (String skill : SKILLS) {
            assertTrue(Files.isRegularFile(site.resolve(skill + "/index.html")), skill);
        }
        assertFalse(Files.exists(site.resolve("unfinished")));
        assertFalse(Files.exists(site.resolve("README.md")), "nothing outside a skill is published");
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void theCatalogueListsEverySkillByFolderWithWhatItOffers() throws IOException {
        Document catalogue = page(site, "index.html");
        assertEquals(List.of("clients/languages/", "skills/"), catalogue.select(".catalogue-group h2").eachText());
        assertEquals(List.of("ops", "python-client", "glide-mq", "valkey-basics"), catalogue.select(".skill-card h3 a").eachText());
        var basics = catalogue.select(".skill-card").get(3);
        assertTrue(basics.text().contains("v1.2.0"), basics.text());
        assertTrue(basics.text().contains("Keys, types and persistence"), basics.text());
        assertEquals("4 pages", basics.selectFirst(".count").text());
        assertEquals(List.of("Choosing a data type", "Keeping data across restarts", "Building job queues"),
                basics.select(".offers li").eachText());
        assertEquals("valkey-basics/index.html", basics.selectFirst("h3 a").attr("href"));
    }

    @Test
    void eachSkillsFolderHoldsThePagesASingleSkillBuildWouldMake() throws IOException {
        // ops links into no other skill, so it builds on its own too.
        Path single = temp.resolve("single");
        build(REPOSITORY.resolve("ops"), single);
        Set<String> own = pages(single);
        Set<String> inRepository = pages(site.resolve("ops"));
        own.removeAll(Set.of("404.html", "sitemap.xml"));
        assertEquals(own, inRepository);
    }

    private static Set<String> pages(Path root) throws IOException {
        return files(root).keySet().stream().map(p -> p.replace('\\', '/'))
                .filter(p -> !p.startsWith("css/") && !p.startsWith("js/") && !p.startsWith("img/") && !p.equals(".nojekyll"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aLinkIntoAnotherSkillLeadsToItsPage() throws IOException {
        Document types = page(site, "valkey-basics/data/types.html");
        assertFalse(types.select("article a[href=../../glide-mq/queues/queues.html#acknowledging]").isEmpty());
        Document queues = page(site, "glide-mq/queues/queues.html");
        assertFalse(queues.select("article a[href=../../valkey-basics/data/types.html]").isEmpty());
        assertFalse(page(site, "python-client/index.html").select("article a[href=../valkey-basics/index.html#routing]").isEmpty());
    }

    @Test
    void aSkillsNameInBoldOrAsARoutingTargetLinksToThatSkill() throws IOException {
        assertFalse(page(site, "valkey-basics/data/types.html").select("article a.skill[href=../../glide-mq/index.html] strong")
                .isEmpty());
        assertFalse(page(site, "valkey-basics/index.html").select("table.routes a[href=../glide-mq/index.html]").isEmpty());
        assertTrue(page(site, "glide-mq/index.html").select("article a.skill").isEmpty(), "a skill's own name stays text");
    }

    @Test
    void everyPageLeadsBackToTheCatalogueAndToEveryOtherSkill() throws IOException {
        Document topic = page(site, "glide-mq/queues/workers.html");
        assertEquals("../../index.html", topic.selectFirst("a.catalogue-link").attr("href"));
        assertEquals(List.of("../../index.html", "../../ops/index.html", "../../python-client/index.html",
                "../../glide-mq/index.html", "../../valkey-basics/index.html"), topic.select(".skill-switcher a").eachAttr("href"),
                "the catalogue, then every skill in the catalogue's order");
        assertEquals("glide-mq", topic.selectFirst(".skill-switcher a[aria-current]").text());
    }

    @Test
    void theAgentFilesListTheSkillsAndEachSkillKeepsItsOwn() throws IOException {
        String llms = Files.readString(site.resolve("llms.txt"));
        assertTrue(llms.contains("- [glide-mq](glide-mq/llms.txt): Job queues on Valkey streams"), llms);
        String glide = Files.readString(site.resolve("glide-mq/llms.txt"));
        assertTrue(glide.contains("- [Queues](queues/queues.md)"), glide);
        assertTrue(Files.readString(site.resolve("glide-mq/llms-full.txt")).contains("# Workers"));
    }

    @Test
    void oneSitemapCoversEverySkill() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        for (String page : List.of("glide-mq/queues/workers.html", "ops/scripts/check.sh.html", "python-client/pooling.html")) {
            assertTrue(sitemap.contains(page), page);
        }
    }

    @Test
    void eachSkillHasItsOwnSearchIndexAndEveryPageSearchesThemAll() throws IOException {
        String head = Files.readString(site.resolve("glide-mq/search-index.js"));
        assertTrue(head.contains("\"skill\":\"glide-mq\""), head);
        String pagesFile = Files.readString(site.resolve("glide-mq/search-index/pages-0.js"));
        Set<String> paths = new TreeSet<>();
        new ObjectMapper().readTree(pagesFile.substring(pagesFile.indexOf('['), pagesFile.lastIndexOf(']') + 1))
                .forEach(entry -> paths.add(entry.get(2).asText()));
        assertEquals(Set.of("queues/index.html", "queues/queues.html", "queues/workers.html"), paths,
                "addresses from the skill's folder, where its index is");
        assertFalse(Files.exists(site.resolve("search-index.js")), "no index of the whole site: the skills' are read together");

        Element search = page(site, "glide-mq/queues/workers.html").selectFirst(".search");
        assertEquals("ops/ python-client/ glide-mq/ valkey-basics/", search.attr("data-indexes"));
        assertEquals("glide-mq/", search.attr("data-index"), "this skill's, for searching it alone");
        Element catalogue = page(site, "index.html").selectFirst(".search");
        assertFalse(catalogue.hasAttr("data-index"), "the catalogue belongs to no skill");
        assertNull(page(site, "index.html").getElementById("search-scope"));
    }

    @Test
    void twoSkillsOfOneNameAreAnErrorNamingBothFolders() {
        ProblemException e = assertThrows(ProblemException.class, () -> build(fixture("repos/same-names"), temp.resolve("same")));
        Problem problem = e.problems().get(0);
        assertTrue(problem.message().contains("two skills are named \"alpha\""), problem.message());
        assertTrue(problem.message().contains("one/alpha") && problem.message().contains("two/alpha"), problem.message());
    }

    @Test
    void aBrokenLinkIntoAnotherSkillIsAnErrorAtItsFileAndLine() throws IOException {
        Path repository = TestFolders.copy(REPOSITORY, temp.resolve("broken"));
        Path queues = repository.resolve("skills/glide-mq/references/queues.md");
        Files.writeString(queues, Files.readString(queues) + "\nSee [the missing one](../../valkey-basics/reference/missing.md).\n");

        ProblemException e = assertThrows(ProblemException.class, () -> build(repository, temp.resolve("broken-site")));

        Problem problem = e.problems().get(0);
        assertEquals(queues + ":9", problem.file() + ":" + problem.line());
        assertTrue(problem.message().contains("skills/valkey-basics/reference/missing.md is not a file"), problem.message());
    }

    @Test
    void aRouteNamingASkillTheRepositoryDoesNotHoldIsAWarning() throws IOException {
        Path repository = TestFolders.copy(REPOSITORY, temp.resolve("without-glide"));
        dev.skillsite.build.Staging.delete(repository.resolve("skills/glide-mq"));
        Path types = repository.resolve("skills/valkey-basics/reference/types.md");
        Files.writeString(types, Files.readString(types).replace("[glide-mq queues](../../glide-mq/references/queues.md#acknowledging)",
                "glide-mq queues"));
        BuildResult built = build(repository, temp.resolve("without-glide-site"));
        assertEquals(1, built.warnings().size());
        assertTrue(built.warnings().get(0).message().contains("names the skill \"glide-mq\", which this build does not hold"));
    }

    @Test
    void aOneFileEditInOneSkillRendersThatPageAgainAsACleanBuildWould() throws IOException {
        Path repository = TestFolders.copy(REPOSITORY, temp.resolve("edited"));
        Path out = temp.resolve("edited-site");
        build(repository, out);
        Path workers = repository.resolve("skills/glide-mq/references/workers.md");
        Files.writeString(workers, Files.readString(workers) + "\nA worker that crashes leaves its jobs pending.\n");
        CacheHits hits = build(repository, out).cacheHits();
        assertEquals(hits.topics() - 1, hits.topicsCached());
        assertSameAsCleanBuild(repository, out, temp.resolve("edited-clean"));
    }

    /** A preview writes each skill's search index after the reload; once it has, the site is a clean build's. */
    @Test
    void aPreviewsRebuildAfterAnEditInOneSkillEqualsACleanBuildOnceFinished() throws IOException {
        Path repository = TestFolders.copy(REPOSITORY, temp.resolve("previewed"));
        Path out = temp.resolve("previewed-site");
        BuildOptions options = new BuildOptions(repository, out, Builds.PROJECT, "", "/", true);
        SiteBuild preview = SiteBuild.deferring();
        preview.run(options);
        preview.finish();
        Path workers = repository.resolve("skills/glide-mq/references/workers.md");
        Files.writeString(workers, Files.readString(workers) + "\nA worker that crashes leaves its jobs pending.\n");
        preview.run(options);
        preview.finish();
        assertSameAsCleanBuild(repository, out, temp.resolve("previewed-clean"));
    }

    /** The site in {@code out} has the files, byte for byte, of a clean build of {@code repository} into {@code clean}. */
    private static void assertSameAsCleanBuild(Path repository, Path out, Path clean) throws IOException {
        new SiteBuild().run(new BuildOptions(repository, clean, Builds.PROJECT, "", "/", false));
        Map<String, byte[]> expected = files(clean);
        Map<String, byte[]> actual = files(out);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
