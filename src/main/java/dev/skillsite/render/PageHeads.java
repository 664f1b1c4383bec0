package dev.skillsite.render;

import dev.skillsite.cache.CacheKey;
import dev.skillsite.render.PageType.Head;
import dev.skillsite.render.StructuredData.Crumb;
import dev.skillsite.render.Views.CatalogueView;
import dev.skillsite.render.Views.FilePageView;
import dev.skillsite.render.Views.HeadView;
import dev.skillsite.render.Views.SectionView;
import dev.skillsite.render.Views.SiteView;
import dev.skillsite.render.Views.SkillCard;
import dev.skillsite.render.Views.TopicPageView;
import dev.skillsite.render.Views.TopicView;
import dev.skillsite.site.SitePath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What each kind of page tells search engines and link previews about itself ({@link HeadView}), from the
 * site's views, by pure code, made only for a page that is rendered ({@link Head}). Everything that needs the site's address (the canonical URL, the image, the
 * breadcrumb trail's URLs) is left out when it is unknown.
 *
 * <p>A page's description: the skill's description for the landing page; for a topic a section lists,
 * its row's description in the router's table (written as a summary of the topic, and what the section
 * page and search show), else its first paragraph; for a markdown file no section lists, its first
 * paragraph; for a section, how many topics it has and their names; for a text file, its path, size and
 * language, as the page's facts line gives them. Each is cut to
 * {@value #DESCRIPTION_LIMIT} characters at a word.
 */
final class PageHeads {
    /** A run of white space, which a description collapses to one space. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** X's (Twitter's) limit for a card's description; search results and other previews show less. */
    static final int DESCRIPTION_LIMIT = 200;
    /** The image a skill ships for link previews: the first of these at its top. */
    static final List<String> IMAGES = List.of("og-image.png", "og-image.jpg", "og-image.jpeg");

    private final SiteView site;
    private final String baseUrl;
    private final SitePath home;
    private final String image;
    private final Map<String, Object> webSite;
    /** What every head of the skill is made of besides its own page. */
    private final String key;

    private PageHeads(SkillViews skill, String baseUrl) {
        this.site = skill.site();
        this.baseUrl = baseUrl;
        this.home = new SitePath(site.home());
        this.image = IMAGES.stream().map(name -> new SitePath(site.base() + name)).filter(skill.copies()::containsKey).findFirst()
                .map(path -> path.urlUnder(baseUrl)).orElse("");
        this.webSite = StructuredData.webSite(site.title(), "", home.urlUnder(baseUrl));
        this.key = CacheKey.of(site.title(), site.description(), site.home(), baseUrl, image);
    }

    /** The heads of one skill's pages; in a repository of skills, each skill is a site of its own to search engines. */
    static PageHeads of(SkillViews skill, String baseUrl) {
        return new PageHeads(skill, baseUrl);
    }

    Head landing() {
        return new Head(List.of(key), this::landingView);
    }

    private HeadView landingView() {
        String description = shorten(site.description());
        String url = home.urlUnder(baseUrl);
        return head(site.title(), description, url, "website", StructuredData.webSite(site.title(), description, url));
    }

    /** A repository's catalogue: the site of all its skills, described by what it holds. */
    static Head catalogue(CatalogueView catalogue, String baseUrl) {
        return new Head(List.of(catalogue, baseUrl), () -> catalogueView(catalogue, baseUrl));
    }

    private static HeadView catalogueView(CatalogueView catalogue, String baseUrl) {
        String description = shorten(catalogue.skillCount() + " skills, " + catalogue.pageCount() + " pages: "
                + String.join(", ", catalogue.groups().stream().flatMap(g -> g.skills().stream()).map(SkillCard::name).toList()));
        String url = SitePath.LANDING.urlUnder(baseUrl);
        return new HeadView(catalogue.title(), description, url, "website", "",
                StructuredData.write(List.of(StructuredData.webSite(catalogue.title(), description, url))), true);
    }

    Head section(SectionView section) {
        return new Head(List.of(key, section), () -> sectionView(section));
    }

    private HeadView sectionView(SectionView section) {
        String description = shorten(section.summary());
        String url = new SitePath(section.path()).urlUnder(baseUrl);
        return head(section.title(), description, url, "website",
                StructuredData.webPage("CollectionPage", section.title(), description, url, webSite),
                trail(List.of(new Crumb(section.title(), url))));
    }

    /**
     * A topic's or a document's page; {@code position} is a topic's place in its section, from 1, and 0
     * for a document, which no section lists.
     */
    Head topic(TopicPageView page, int position) {
        return new Head(List.of(key, page.topic(), page.summary(), position), () -> topicView(page, position));
    }

    private HeadView topicView(TopicPageView page, int position) {
        TopicView topic = page.topic();
        String description = shorten(topic.description().isEmpty() ? page.summary() : topic.description());
        String url = new SitePath(topic.path()).urlUnder(baseUrl);
        // As the page's breadcrumb: Home, the section (a document's folder has no page, so no step), the page.
        List<Crumb> crumbs = new ArrayList<>();
        if (topic.sectionPath() != null) {
            crumbs.add(new Crumb(topic.sectionTitle(), new SitePath(topic.sectionPath()).urlUnder(baseUrl)));
        }
        crumbs.add(new Crumb(topic.name(), url));
        String section = topic.sectionPath() != null ? topic.sectionTitle() : "";
        return head(topic.title(), description, url, "article",
                StructuredData.techArticle(topic.title(), description, section, position, url, webSite), trail(crumbs));
    }

    Head file(FilePageView page) {
        return new Head(List.of(key, page), () -> fileView(page));
    }

    private HeadView fileView(FilePageView page) {
        // What the page's own facts line says: size, and the language unless it is plain text.
        String description = shorten(page.folder() + page.name() + ": " + page.size()
                + (page.language().equals("text") ? "" : " · " + page.language()));
        String url = new SitePath(page.path()).urlUnder(baseUrl);
        return head(page.name(), description, url, "website",
                StructuredData.webPage("WebPage", page.name(), description, url, webSite), trail(List.of(new Crumb(page.name(), url))));
    }

    /** The 404 page is served at any address that has no page: nothing to list, preview or call canonical. */
    static Head notFound() {
        HeadView view = new HeadView("Page not found", "", "", "website", "", "", false);
        return new Head(List.of(view), () -> view);
    }

    /** The breadcrumb trail after Home; none without the site's address, since every step but the last needs a URL. */
    private Map<String, Object> trail(List<Crumb> after) {
        if (baseUrl.isEmpty()) {
            return null;
        }
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb("Home", home.urlUnder(baseUrl)));
        crumbs.addAll(after);
        return StructuredData.breadcrumbs(crumbs);
    }

    /** A page's head with its JSON-LD things, of which a null one (a trail without the site's address) is left out. */
    @SafeVarargs
    private HeadView head(String title, String description, String url, String type, Map<String, Object>... things) {
        List<Map<String, Object>> present = Arrays.stream(things).filter(Objects::nonNull).toList();
        return new HeadView(title, description, url, type, image, StructuredData.write(present), true);
    }

    /**
     * Text on one line, at most {@value #DESCRIPTION_LIMIT} characters: when longer, cut after the last
     * whole word that fits, trailing punctuation dropped, and ended with an ellipsis.
     */
    static String shorten(String text) {
        String line = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (line.length() <= DESCRIPTION_LIMIT) {
            return line;
        }
        int end = line.lastIndexOf(' ', DESCRIPTION_LIMIT - 1);
        if (end < DESCRIPTION_LIMIT / 2) {
            end = DESCRIPTION_LIMIT - 1; // one very long word: cut inside it
            if (Character.isHighSurrogate(line.charAt(end - 1))) {
                end--;
            }
        }
        return line.substring(0, end).replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }
}
