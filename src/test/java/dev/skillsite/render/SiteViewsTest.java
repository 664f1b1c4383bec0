package dev.skillsite.render;

import dev.skillsite.cache.KeyedText;
import dev.skillsite.markdown.Markdown;
import dev.skillsite.markdown.SkillMarkdown;
import dev.skillsite.markdown.SourceLinks;
import dev.skillsite.render.PageType.Page;
import dev.skillsite.render.Views.LinkView;
import dev.skillsite.render.Views.NavPosition;
import dev.skillsite.render.Views.TopicPageView;
import dev.skillsite.skill.SkillParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The views every page is made of, and the pages of each type, from pure code: no templates, no files written. */
class SiteViewsTest {
    private static final SiteSettings SETTINGS = new SiteSettings("", "Sections", "", "/", "", false, SourceLinks.NONE);

    private static SiteViews site(SiteSettings settings) {
        var skill = new SkillParser().parse(Path.of("src/test/resources/skills/minimal"));
        return SiteViews.of(new SkillMarkdown(new Markdown(false), Set.of(settings.sectionsAnchor())).render(skill), settings);
    }

    private static SkillViews views(SiteSettings settings) {
        return site(settings).skills().get(0);
    }

    private static Map<String, Page> pagesOf(String type, SiteViews views) {
        PageType pageType = PageType.ALL.stream().filter(t -> t.name().equals(type)).findFirst().orElseThrow();
        return pageType.pages(views).stream().collect(Collectors.toMap(p -> p.path().path(), Function.identity()));
    }

    @Test
    void topicPagesComeSectionBySectionWithNeighboursOnlyInTheirSection() {
        List<TopicPageView> pages = views(SETTINGS).topicPages();
        assertEquals(List.of("alpha-things/one.html", "alpha-things/two.html", "beta/three.html"),
                pages.stream().map(p -> p.topic().path()).toList());
        assertNull(pages.get(0).previous());
        assertEquals("alpha-things/two.html", pages.get(0).next().path());
        assertNull(pages.get(1).next(), "the last topic of a section has no next");
        assertNull(pages.get(2).previous(), "the first topic of a section has no previous");
    }

    @Test
    void aTopicIsLinkedFromTheRoutesThatNameItThenFromTheTopicsThatLinkToIt() {
        List<LinkView> linkedFrom = views(SETTINGS).topicPages().get(0).linkedFrom();
        assertEquals(List.of("route", "route", "topic", "topic"), linkedFrom.stream().map(LinkView::kind).toList());
        assertEquals("index.html#routing", linkedFrom.get(0).path());
    }

    @Test
    void eachSectionListsTheRoutesThatLeadToIt() {
        var sections = views(SETTINGS).site().sections();
        assertEquals(List.of("Doing the first thing", "Doing the second thing"),
                sections.get(0).routes().stream().map(Views.RouteView::task).toList());
        assertEquals(List.of("Doing the second thing"), sections.get(1).routes().stream().map(Views.RouteView::task).toList());
    }

    @Test
    void theLandingPagesAnchorsAreSkillMdsHeadingIdsAndTheSectionsTitle() {
        var site = views(new SiteSettings("", "Subsystems", "", "/", "", false, SourceLinks.NONE)).site();
        assertEquals("routing", site.routingId());
        assertEquals("subsystems", site.sectionsId());
        assertEquals(List.of("alpha-things", "beta"), site.sections().stream().map(Views.SectionView::anchor).toList());
        assertEquals(List.of("quick-start", "critical-rules"), site.passages().stream().map(Views.PassageView::id).toList());
    }

    @Test
    void sectionAndTopicPagesKnowTheirPlaceInTheNavigation() {
        SiteViews views = site(SETTINGS);
        assertEquals(new NavPosition(1, -1), pagesOf("section", views).get("beta/index.html").nav());
        assertEquals(new NavPosition(0, 1), pagesOf("topic", views).get("alpha-things/two.html").nav());
        assertEquals(NavPosition.NONE, pagesOf("landing", views).get("index.html").nav());
    }

    @Test
    void aTopicPagesBodyIsItsHtmlAndItsMarkdownCopySitsBesideIt() {
        SiteViews views = site(SETTINGS);
        assertTrue(pagesOf("topic", views).get("beta/three.html").body().get().contains("<a href=\"../alpha-things/one.html\""));
        String copy = ((KeyedText) pagesOf("markdown", views).get("beta/three.md").view()).text();
        assertTrue(copy.contains("[One](../alpha-things/one.md)"), copy);
    }

    @Test
    void theSitemapListsEveryHtmlPageButThe404AndOnlyWithAPublishedAddress() {
        assertEquals(Map.of(), pagesOf("sitemap", site(SETTINGS)));
        SiteViews published = site(new SiteSettings("", "Sections", "https://example.org/docs/", "/docs/", "", false, SourceLinks.NONE));
        Views.SitemapView sitemap = (Views.SitemapView) pagesOf("sitemap", published).get("sitemap.xml").view();
        assertEquals("https://example.org/docs/", sitemap.baseUrl());
        assertEquals(List.of("alpha-things/index.html", "alpha-things/one.html", "alpha-things/two.html", "beta/index.html",
                "beta/three.html", "index.html"), sitemap.pages());
        assertEquals(List.of("https://example.org/docs/alpha-things/", "https://example.org/docs/alpha-things/one.html",
                "https://example.org/docs/alpha-things/two.html", "https://example.org/docs/beta/",
                "https://example.org/docs/beta/three.html", "https://example.org/docs/"), sitemap.urls(), "each page by its address");
    }

    @Test
    void robotsTxtNamesTheSitemapWhenTheSiteIsAtADomainsRoot() {
        SiteViews atRoot = site(new SiteSettings("", "Sections", "https://skills.example.org/", "/", "", false, SourceLinks.NONE));
        Views.RobotsView robots = (Views.RobotsView) pagesOf("robots", atRoot).get("robots.txt").view();
        assertEquals("https://skills.example.org/sitemap.xml", robots.sitemap());
    }

    @Test
    void noRobotsTxtUnderAPathWhereCrawlersNeverLookNorWithoutAnAddress() {
        assertEquals(Map.of(), pagesOf("robots", site(
                new SiteSettings("", "Sections", "https://owner.github.io/repo/", "/repo/", "", false, SourceLinks.NONE))));
        assertEquals(Map.of(), pagesOf("robots", site(SETTINGS)));
    }

    @Test
    void everyPageTypesFilesEndInItsExtension() {
        SiteViews views = site(new SiteSettings("", "Sections", "https://example.org/", "/", "", false, SourceLinks.NONE));
        for (PageType type : PageType.ALL) {
            for (Page page : type.pages(views)) {
                assertTrue(page.path().path().endsWith(type.extension()), type.name() + ": " + page.path());
            }
        }
    }
}
