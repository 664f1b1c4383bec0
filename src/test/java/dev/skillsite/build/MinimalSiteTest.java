package dev.skillsite.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.skillsite.build.Builds.build;
import static dev.skillsite.build.Builds.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a small skill turns into: the pages, their cross-links, navigation and anchors. */
class MinimalSiteTest {
    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void buildOnce() {
        site = temp.resolve("site");
        build(fixture("skills/minimal"), site);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    private static List<String> hrefs(Element scope) {
        return scope.select("a[href]").eachAttr("href");
    }

    @Test
    void writesLandingSectionTopicAndErrorPages() {
        for (String path : List.of("index.html", "alpha-things/index.html", "beta/index.html", "alpha-things/one.html",
                "alpha-things/two.html", "beta/three.html", "404.html", ".nojekyll", "css/site.css", "js/site.js")) {
            assertTrue(Files.isRegularFile(site.resolve(path)), path);
        }
    }

    @Test
    void rewritesMarkdownLinksIntoRelativePageLinksWithTheirFragments() throws IOException {
        List<String> links = hrefs(page("alpha-things/one.html").selectFirst("article.topic"));
        assertTrue(links.contains("two.html#same-name"), links.toString());
        assertTrue(links.contains("../beta/three.html"), links.toString());
        assertTrue(links.contains("../index.html#critical-rules"), links.toString());
        assertTrue(links.contains("#same-name-1"), links.toString());
    }

    @Test
    void leavesExternalLinksAlone() throws IOException {
        assertTrue(hrefs(page("alpha-things/two.html")).contains("https://example.org/x"));
    }

    @Test
    void givesHeadingsGithubStyleUniqueIdsWithAVisiblePermalink() throws IOException {
        Document one = page("alpha-things/one.html");
        assertEquals(List.of("details", "same-name", "same-name-1", "code--punctuation_kept"),
                one.select("article.topic h2[id]").eachAttr("id"));
        assertEquals("#details", one.selectFirst("h2#details a.permalink").attr("href"));
    }

    @Test
    void showsTheTitleOnceAsTheOnlyH1() throws IOException {
        Document one = page("alpha-things/one.html");
        assertEquals(1, one.select("h1").size());
        assertEquals("Alpha One", one.selectFirst("h1").text());
    }

    @Test
    void landingPageRoutesTasksToSectionsAndTopics() throws IOException {
        Element routes = page("index.html").selectFirst("table.routes");
        assertEquals(List.of("alpha-things/index.html", "alpha-things/one.html", "alpha-things/two.html",
                "beta/index.html", "alpha-things/index.html", "alpha-things/one.html"), hrefs(routes));
    }

    @Test
    void landingPageRendersQuickStartAndCriticalRulesWithWorkingLinks() throws IOException {
        Document index = page("index.html");
        assertEquals("make", index.selectFirst("#quick-start ~ pre code, section:has(#quick-start) pre code").text());
        assertTrue(hrefs(index.selectFirst("section:has(#critical-rules)")).contains("alpha-things/one.html#details"));
    }

    @Test
    void sectionPageListsItsTopicsWithDescriptionsAndTheTasksThatLeadHere() throws IOException {
        Document alpha = page("alpha-things/index.html");
        assertEquals(List.of("one", "two"), alpha.select("table.topics td:first-child a").eachText());
        assertEquals("The first topic of Alpha", alpha.select("table.topics td:nth-child(2)").first().text());
        assertEquals(List.of("Doing the first thing", "Doing the second thing"), alpha.select("ul.routes .task").eachText());
    }

    @Test
    void topicPageHasBreadcrumbNavigationAndNeighbours() throws IOException {
        Document one = page("alpha-things/one.html");
        assertEquals(List.of("Home", "Alpha Things", "one"), one.select("nav.breadcrumb li").eachText());
        assertEquals("../alpha-things/two.html", one.selectFirst("nav.pager a[rel=next]").attr("href"));
        assertTrue(one.select("nav.pager a[rel=prev]").isEmpty());
        assertEquals(List.of("one", "two"), one.select("#site-nav li.active li a").eachText());
        assertEquals("one", one.selectFirst("#site-nav a[aria-current=page]").text());
    }

    @Test
    void topicPageSaysWhichRoutesAndTopicsLinkToIt() throws IOException {
        Document two = page("alpha-things/two.html");
        assertEquals(List.of("Doing the first thing", "Alpha One", "Beta Three"), two.select(".linked-from li a").eachText());
    }

    @Test
    void everyLinkIsRelative() throws IOException {
        for (String path : List.of("index.html", "alpha-things/index.html", "alpha-things/one.html")) {
            for (Element element : page(path).select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                assertFalse(url.startsWith("/"), path + ": " + url);
            }
        }
    }

    @Test
    void theNotFoundPageLinksFromTheBasePathSoItWorksAtAnyDepth() throws IOException {
        Path served = temp.resolve("served");
        new SiteBuild().run(new BuildOptions(fixture("skills/minimal"), served, Builds.PROJECT, "", "/repo/", true));
        Document notFound = Jsoup.parse(Files.readString(served.resolve("404.html")));
        for (Element element : notFound.select("link[href], script[src], a[href]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            assertTrue(url.startsWith("/repo/") || url.startsWith("#"), url);
        }
    }
}
