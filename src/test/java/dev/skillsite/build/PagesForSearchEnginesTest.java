package dev.skillsite.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillsite.TestFolders;
import dev.skillsite.site.SitePath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What search engines and link previews read of a built site, parsed from its pages with jsoup and its
 * JSON-LD with Jackson: a skill with documents, text files and an og-image.png, built once with a
 * published address at a domain's root and once with none.
 */
class PagesForSearchEnginesTest {
    private static final String ADDRESS = "https://skills.example.org/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path published;
    static Path unaddressed;

    @BeforeAll
    static void buildWithAndWithoutAnAddress() throws IOException {
        Path skill = TestFolders.copy(Builds.fixture("skills/files"), temp.resolve("skill"));
        Files.copy(skill.resolve("assets/images/logo.png"), skill.resolve("og-image.png"));
        // No jbake.properties: the built-in theme, and no address but the one given.
        Path project = Files.createDirectories(temp.resolve("project"));
        published = temp.resolve("published");
        new SiteBuild().run(new BuildOptions(skill, published, project, ADDRESS, "", false));
        unaddressed = temp.resolve("unaddressed");
        new SiteBuild().run(new BuildOptions(skill, unaddressed, project, "", "", false));
    }

    /** Every HTML page of a site, by path from its root. */
    private static List<String> htmlPages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** Every page a search engine should list: all but the 404 page. */
    private static List<String> listedPages(Path site) throws IOException {
        return htmlPages(site).stream().filter(p -> !p.equals("404.html")).toList();
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile());
    }

    /** The content of a {@code <meta>} by its property (OpenGraph) or name; null when the page has none. */
    private static String meta(Document page, String key) {
        Element meta = page.selectFirst("head > meta[property=" + key + "], head > meta[name=" + key + "]");
        return meta == null ? null : meta.attr("content");
    }

    private static String canonical(Document page) {
        Element link = page.selectFirst("head > link[rel=canonical]");
        return link == null ? null : link.attr("href");
    }

    /** The page's JSON-LD, of which it has exactly one. */
    private static JsonNode jsonLd(Document page, String path) throws IOException {
        List<Element> blocks = page.select("script[type=application/ld+json]");
        assertEquals(1, blocks.size(), path + ": JSON-LD blocks");
        return JSON.readTree(blocks.get(0).data());
    }

    private static JsonNode thing(JsonNode jsonLd, String type) {
        for (JsonNode thing : jsonLd.get("@graph")) {
            if (thing.get("@type").asText().equals(type)) {
                return thing;
            }
        }
        return null;
    }

    @Test
    void everyListedPageNamesItsAddressAsCanonicalAndAsOgUrl() throws IOException {
        for (String path : listedPages(published)) {
            Document page = page(published, path);
            String url = ADDRESS + new SitePath(path).address();
            assertEquals(url, canonical(page), path);
            assertEquals(url, meta(page, "og:url"), path);
        }
    }

    @Test
    void everyListedPagePreviewsWithItsTitleAndDescription() throws IOException {
        for (String path : listedPages(published)) {
            Document page = page(published, path);
            String description = meta(page, "description");
            assertFalse(description == null || description.isBlank(), path + " has no description");
            assertEquals(description, meta(page, "og:description"), path);
            assertEquals(description, meta(page, "twitter:description"), path);
            assertEquals(page.selectFirst("h1").text(), meta(page, "og:title"), path + ": titled as its h1");
            assertEquals(meta(page, "og:title"), meta(page, "twitter:title"), path);
            assertEquals("Form Filling", meta(page, "og:site_name"), path);
            assertTrue(Set.of("website", "article").contains(meta(page, "og:type")), path + ": " + meta(page, "og:type"));
        }
    }

    @Test
    void theSkillsOgImageMakesEveryPreviewALargeCard() throws IOException {
        assertTrue(Files.isRegularFile(published.resolve("og-image.png")), "the image is published");
        for (String path : listedPages(published)) {
            Document page = page(published, path);
            assertEquals(ADDRESS + "og-image.png", meta(page, "og:image"), path);
            assertEquals(ADDRESS + "og-image.png", meta(page, "twitter:image"), path);
            assertEquals("summary_large_image", meta(page, "twitter:card"), path);
        }
    }

    @Test
    void everyListedPagesJsonLdIsValidAndDescribesThatPage() throws IOException {
        for (String path : listedPages(published)) {
            Document page = page(published, path);
            JsonNode jsonLd = jsonLd(page, path);
            assertEquals("https://schema.org", jsonLd.get("@context").asText(), path);
            JsonNode main = jsonLd.get("@graph").get(0);
            assertEquals(canonical(page), main.get("url").asText(), path);
            JsonNode name = main.has("headline") ? main.get("headline") : main.get("name");
            assertEquals(meta(page, "og:title"), name.asText(), path);
            assertEquals(meta(page, "description"), main.get("description").asText(), path);
        }
    }

    @Test
    void aTopicIsATechArticleInItsSectionAndADocumentOneInNoSection() throws IOException {
        JsonNode topic = thing(jsonLd(page(published, "guides/filling.html"), "guides/filling.html"), "TechArticle");
        assertEquals("Guides", topic.get("articleSection").asText());
        assertEquals(1, topic.get("position").asInt());
        assertEquals("Filling a form field by field", topic.get("description").asText(), "the router's row");
        JsonNode document = thing(jsonLd(page(published, "forms.html"), "forms.html"), "TechArticle");
        assertNull(document.get("articleSection"));
        assertTrue(document.get("description").asText().startsWith("A form is a set of named fields."), "its first paragraph");
    }

    @Test
    void theStructuredBreadcrumbNamesTheStepsThePageShowsThatHaveAPage() throws IOException {
        int trails = 0;
        for (String path : listedPages(published)) {
            Document page = page(published, path);
            Element breadcrumb = page.selectFirst("nav.breadcrumb");
            JsonNode list = thing(jsonLd(page, path), "BreadcrumbList");
            if (breadcrumb == null) {
                assertNull(list, path + " shows no breadcrumb");
                continue;
            }
            trails++;
            List<String> shown = new ArrayList<>();
            for (Element step : breadcrumb.select("li")) {
                Element link = step.selectFirst("a[href]");
                if (link != null) {
                    String url = URI.create(canonical(page)).resolve(link.attr("href")).toString();
                    shown.add(step.text() + " " + (url.endsWith("/index.html") ? url.substring(0, url.length() - "index.html".length()) : url));
                } else if (step.selectFirst("[aria-current=page]") != null) {
                    shown.add(step.text() + " " + canonical(page));
                } // a folder: a step with no page
            }
            List<String> structured = new ArrayList<>();
            list.get("itemListElement").forEach(item -> structured.add(item.get("name").asText() + " " + item.get("item").asText()));
            assertEquals(shown, structured, path);
        }
        assertTrue(trails > 5, "pages with a breadcrumb: " + trails);
    }

    @Test
    void theSitemapListsEveryHtmlPageButThe404ByItsAddress() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(published.resolve("sitemap.xml")), "", Parser.xmlParser());
        Set<String> listed = sitemap.select("url > loc").stream().map(Element::text).collect(Collectors.toCollection(TreeSet::new));
        Set<String> pages = new TreeSet<>();
        for (String path : listedPages(published)) {
            pages.add(canonical(page(published, path)));
        }
        assertEquals(pages, listed);
        assertTrue(listed.contains(ADDRESS + "scripts/fill.py.html"), "file-view pages too");
        assertTrue(htmlPages(published).contains("404.html"));
    }

    @Test
    void robotsTxtAtTheDomainsRootNamesTheSitemap() throws IOException {
        List<String> lines = Files.readAllLines(published.resolve("robots.txt"));
        assertTrue(lines.contains("User-agent: *"), lines.toString());
        assertTrue(lines.contains("Sitemap: " + ADDRESS + "sitemap.xml"), lines.toString());
    }

    @Test
    void theNotFoundPageAsksNotToBeListedAndNamesNoAddress() throws IOException {
        Document notFound = page(published, "404.html");
        assertEquals("noindex", meta(notFound, "robots"));
        assertNull(canonical(notFound));
        assertNull(meta(notFound, "og:url"));
        assertTrue(notFound.select("script[type=application/ld+json]").isEmpty());
    }

    @Test
    void withoutAnAddressPagesStillPreviewButNameNoUrl() throws IOException {
        for (String path : listedPages(unaddressed)) {
            Document page = page(unaddressed, path);
            assertNull(canonical(page), path);
            assertNull(meta(page, "og:url"), path);
            assertNull(meta(page, "og:image"), path + ": an image URL must be absolute");
            assertEquals("summary", meta(page, "twitter:card"), path);
            assertEquals(page.selectFirst("h1").text(), meta(page, "og:title"), path);
            assertNotNull(meta(page, "og:description"), path);
            JsonNode jsonLd = jsonLd(page, path);
            assertNull(thing(jsonLd, "BreadcrumbList"), path + ": a trail needs URLs");
            assertNull(jsonLd.get("@graph").get(0).get("url"), path);
        }
    }

    @Test
    void withoutAnAddressThereIsNoSitemapNorRobotsTxt() {
        assertFalse(Files.exists(unaddressed.resolve("sitemap.xml")));
        assertFalse(Files.exists(unaddressed.resolve("robots.txt")));
    }
}
