package dev.skillsite.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillsite.TestFolders;
import dev.skillsite.cache.CacheKey;
import dev.skillsite.markdown.Markdown;
import dev.skillsite.markdown.SkillMarkdown;
import dev.skillsite.markdown.SourceLinks;
import dev.skillsite.markdown.TopicCache;
import dev.skillsite.render.PageType.Head;
import dev.skillsite.render.PageType.Page;
import dev.skillsite.render.Views.HeadView;
import dev.skillsite.render.Views.TopicPageView;
import dev.skillsite.render.Views.TopicView;
import dev.skillsite.skill.SkillParser;
import dev.skillsite.skill.SkillSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each page tells search engines and link previews, from the site's views: no templates, no files written. */
class PageHeadsTest {
    private static final Path SKILLS = Path.of("src/test/resources/skills");
    private static final String ADDRESS = "https://example.org/docs/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static SiteViews views(Path skill, String baseUrl) {
        SiteSettings settings = new SiteSettings("", "Sections", baseUrl, "/", "", false, SourceLinks.NONE);
        return SiteViews.of(new SkillMarkdown(new Markdown(false), Set.of(settings.sectionsAnchor()))
                .render(new SkillParser().parse(skill)), settings);
    }

    /** Every page's head, by the page's path, as the page types give them. */
    private static Map<String, HeadView> heads(String fixture, String baseUrl) {
        return heads(views(SKILLS.resolve(fixture), baseUrl));
    }

    private static Map<String, HeadView> heads(SiteViews views) {
        Map<String, HeadView> heads = new HashMap<>();
        keyedHeads(views).forEach((path, head) -> heads.put(path, head.view().get()));
        return heads;
    }

    private static Map<String, Head> keyedHeads(SiteViews views) {
        Map<String, Head> heads = new HashMap<>();
        for (PageType type : PageType.ALL) {
            for (Page page : type.pages(views)) {
                if (page.head() != null) {
                    heads.put(page.path().path(), page.head());
                }
            }
        }
        return heads;
    }

    /** The things of a page's JSON-LD, by their type. */
    private static Map<String, JsonNode> things(HeadView head) throws IOException {
        Map<String, JsonNode> things = new HashMap<>();
        JSON.readTree(head.structuredData()).get("@graph").forEach(thing -> things.put(thing.get("@type").asText(), thing));
        return things;
    }

    private static List<String> crumbNames(HeadView head) throws IOException {
        List<String> names = new ArrayList<>();
        things(head).get("BreadcrumbList").get("itemListElement").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    @Test
    void inARepositoryTheCatalogueIsItsSiteAndEachSkillsPagesArePartOfTheirSkill() throws IOException {
        SiteSettings settings = new SiteSettings("Example Skills", "Sections", ADDRESS, "/docs/", "", false, SourceLinks.NONE);
        SiteViews repository = SiteViews.of(new SkillMarkdown(new Markdown(false), Set.of(settings.sectionsAnchor()))
                .render(SkillSet.read(Path.of("src/test/resources/repos/skills-repo")), TopicCache.EMPTY), settings);
        Map<String, HeadView> heads = heads(repository);

        HeadView catalogue = heads.get("index.html");
        assertEquals(ADDRESS, catalogue.url());
        assertEquals("4 skills, 12 pages: ops, python-client, glide-mq, valkey-basics", catalogue.description());
        assertEquals("Example Skills", things(catalogue).get("WebSite").get("name").asText());

        HeadView landing = heads.get("glide-mq/index.html");
        assertEquals(ADDRESS + "glide-mq/", landing.url());
        HeadView workers = heads.get("glide-mq/queues/workers.html");
        assertEquals(ADDRESS + "glide-mq/queues/workers.html", workers.url());
        assertEquals(ADDRESS + "glide-mq/", things(workers).get("TechArticle").get("isPartOf").get("url").asText());
        assertEquals(List.of("Home", "Queues", "workers"), crumbNames(workers));
        assertEquals(ADDRESS + "glide-mq/", things(workers).get("BreadcrumbList").get("itemListElement").get(0).get("item").asText(),
                "Home is the skill's landing page, as the page's own breadcrumb has it");
        assertFalse(heads.get("404.html").indexed());
    }

    @Test
    void everyHtmlPageHasAHeadAndNoOtherFileDoes() {
        Map<String, HeadView> heads = heads("files", ADDRESS);
        List<String> html = new ArrayList<>(views(SKILLS.resolve("files"), ADDRESS).htmlPages());
        html.add("404.html");
        assertEquals(Set.copyOf(html), heads.keySet());
    }

    @Test
    void theLandingPageIsTitledAfterTheSiteAndDescribedByTheSkillsDescription() {
        HeadView landing = heads("minimal", ADDRESS).get("index.html");
        assertEquals("Tiny Skill", landing.title());
        assertEquals("A two-section skill used by the tests.", landing.description());
        assertEquals("website", landing.type());
    }

    @Test
    void aListedTopicIsDescribedByItsRowInTheRoutersTable() {
        HeadView two = heads("minimal", ADDRESS).get("alpha-things/two.html");
        assertEquals("Alpha Two", two.title());
        assertEquals("The second topic, with code", two.description());
        assertEquals("article", two.type());
    }

    @Test
    void aListedTopicWithAnEmptyRowIsDescribedByItsFirstParagraph() {
        SkillViews views = views(SKILLS.resolve("minimal"), ADDRESS).skills().get(0);
        TopicPageView one = views.topicPages().get(0);
        TopicView t = one.topic();
        TopicPageView withoutRow = new TopicPageView(new TopicView(t.name(), t.title(), "", t.path(), t.sectionTitle(),
                t.sectionPath(), t.markdownPath()), one.toc(), one.previous(), one.next(), one.linkedFrom(), one.sourcePath(),
                one.html(), one.summary());
        assertEquals("When you need the first thing.", PageHeads.of(views, ADDRESS).topic(withoutRow, 1).view().get().description());
    }

    @Test
    void aDocumentNoSectionListsIsDescribedByItsFirstParagraph() {
        assertEquals("A form is a set of named fields. The field reference lists them; the grader says when a filled form is good enough.",
                heads("files", ADDRESS).get("forms.html").description());
    }

    @Test
    void aSectionIsDescribedByItsTopics() {
        assertEquals("2 topics: one, two", heads("minimal", ADDRESS).get("alpha-things/index.html").description());
        assertEquals("1 topic: three", heads("minimal", ADDRESS).get("beta/index.html").description());
    }

    @Test
    void aTextFilesPageIsDescribedByItsPathSizeAndLanguage() {
        Map<String, HeadView> heads = heads("files", ADDRESS);
        assertEquals("scripts/fill.py: 322 bytes · py", heads.get("scripts/fill.py.html").description());
        assertEquals("LICENSE.txt: 92 bytes", heads.get("LICENSE.txt.html").description(), "plain text goes unsaid, as on the page");
    }

    @Test
    void aLongDescriptionIsCutAfterAWholeWordWithAnEllipsis() {
        String words = "word ".repeat(60).strip();
        String cut = PageHeads.shorten(words + ".");
        assertTrue(cut.length() <= PageHeads.DESCRIPTION_LIMIT, cut.length() + " characters");
        assertTrue(cut.endsWith("word…"), cut);
        assertEquals("Short, and\non two lines.".replace("\n", " "), PageHeads.shorten("Short, and\non two lines."));
    }

    @Test
    void everyPageIsNamedByItsAddressUnderTheSites() {
        Map<String, HeadView> heads = heads("minimal", ADDRESS);
        assertEquals(ADDRESS, heads.get("index.html").url());
        assertEquals(ADDRESS + "alpha-things/", heads.get("alpha-things/index.html").url());
        assertEquals(ADDRESS + "alpha-things/two.html", heads.get("alpha-things/two.html").url());
    }

    @Test
    void aTopicsStructuredDataIsATechArticleAtItsPlaceInItsSection() throws IOException {
        HeadView two = heads("minimal", ADDRESS).get("alpha-things/two.html");
        JsonNode article = things(two).get("TechArticle");
        assertEquals("Alpha Two", article.get("headline").asText());
        assertEquals("The second topic, with code", article.get("description").asText());
        assertEquals("Alpha Things", article.get("articleSection").asText());
        assertEquals(2, article.get("position").asInt());
        assertEquals(ADDRESS + "alpha-things/two.html", article.get("url").asText());
        assertEquals(List.of("Home", "Alpha Things", "two"), crumbNames(two), "the steps the page's breadcrumb shows");
    }

    @Test
    void aDocumentsBreadcrumbLeavesOutItsFolderWhichHasNoPage() throws IOException {
        HeadView grader = heads("files", ADDRESS).get("agents/grader.html");
        JsonNode article = things(grader).get("TechArticle");
        assertNull(article.get("articleSection"), "no section lists it");
        assertNull(article.get("position"));
        assertEquals(List.of("Home", "grader"), crumbNames(grader));
    }

    @Test
    void theLandingPageIsTheWebSiteAndASectionACollectionOfPages() throws IOException {
        Map<String, HeadView> heads = heads("minimal", ADDRESS);
        assertEquals(ADDRESS, things(heads.get("index.html")).get("WebSite").get("url").asText());
        assertEquals(List.of("Home", "Beta"), crumbNames(heads.get("beta/index.html")));
        assertEquals("Beta", things(heads.get("beta/index.html")).get("CollectionPage").get("name").asText());
    }

    @Test
    void withoutTheSitesAddressNothingThatNeedsItIsSaid() throws IOException {
        for (HeadView head : heads("minimal", "").values()) {
            assertEquals("", head.url(), head.title());
            assertEquals("", head.image(), head.title());
            if (head.indexed()) {
                assertFalse(things(head).containsKey("BreadcrumbList"), head.title() + ": every step but the last needs a URL");
                assertFalse(head.structuredData().contains("\"url\""), head.structuredData());
            }
        }
        assertEquals("The second topic, with code", heads("minimal", "").get("alpha-things/two.html").description());
    }

    @Test
    void theSkillsOgImageAtItsTopIllustratesEveryPage() throws IOException {
        Path skill = TestFolders.copy(SKILLS.resolve("files"), temp.resolve("files"));
        Files.copy(skill.resolve("assets/images/logo.png"), skill.resolve("og-image.png"));
        Map<String, HeadView> heads = heads(views(skill, ADDRESS));
        for (String page : List.of("index.html", "guides/filling.html", "forms.html", "scripts/fill.py.html")) {
            assertEquals(ADDRESS + "og-image.png", heads.get(page).image(), page);
        }
        assertEquals("", heads(views(skill, "")).get("index.html").image(), "an image URL must be absolute");
    }

    /** A page is rendered again only when its key changes, and its key holds its head's key, not its head. */
    @Test
    void aHeadsKeyChangesWheneverTheHeadDoes() throws IOException {
        Path imaged = TestFolders.copy(SKILLS.resolve("files"), temp.resolve("imaged"));
        Files.copy(imaged.resolve("assets/images/logo.png"), imaged.resolve("og-image.png"));
        Path redescribed = edited("description: Fills PDF forms", "description: Completes PDF forms");
        Path rowEdited = edited("| Filling a form field by field |", "| Completing a form field by field |");
        Map<String, Head> before = keyedHeads(views(SKILLS.resolve("files"), ADDRESS));
        for (SiteViews after : List.of(views(SKILLS.resolve("files"), "https://example.com/"), views(SKILLS.resolve("files"), ""),
                views(imaged, ADDRESS), views(redescribed, ADDRESS), views(rowEdited, ADDRESS))) {
            int changed = 0;
            for (Map.Entry<String, Head> head : keyedHeads(after).entrySet()) {
                Head old = before.get(head.getKey());
                if (old != null && !old.view().get().equals(head.getValue().view().get())) {
                    changed++;
                    assertNotEquals(key(old), key(head.getValue()), head.getKey());
                }
            }
            assertTrue(changed > 0, "each change changes some page's head");
        }
        Map<String, Head> again = keyedHeads(views(SKILLS.resolve("files"), ADDRESS));
        before.forEach((path, head) -> assertEquals(key(head), key(again.get(path)), path + ": a key is the same for the same head"));
    }

    /** The key of what a head is made of, as a page's key holds it. */
    private static String key(Head head) {
        return CacheKey.of(head.inputs().toArray());
    }

    /** A copy of the {@code files} fixture with one change to its SKILL.md. */
    private Path edited(String text, String replacement) throws IOException {
        Path skill = TestFolders.copy(SKILLS.resolve("files"), temp.resolve("edited-" + Math.abs(text.hashCode())));
        Path skillFile = skill.resolve("SKILL.md");
        String before = Files.readString(skillFile);
        assertTrue(before.contains(text), text);
        Files.writeString(skillFile, before.replace(text, replacement));
        return skill;
    }

    @Test
    void aSkillWithoutAnOgImageHasNone() {
        assertEquals("", heads("files", ADDRESS).get("index.html").image(), "not its logo, nor any other image");
    }

    @Test
    void theNotFoundPageIsNotListedNorPreviewed() {
        HeadView notFound = heads("minimal", ADDRESS).get("404.html");
        assertFalse(notFound.indexed());
        assertEquals("", notFound.url());
        assertEquals("", notFound.structuredData());
    }
}
