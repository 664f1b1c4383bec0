package dev.skillsite.render;

import dev.skillsite.markdown.MarkdownCopy;
import dev.skillsite.render.Views.HeadView;
import dev.skillsite.render.Views.NavPosition;
import dev.skillsite.render.Views.RobotsView;
import dev.skillsite.render.Views.SectionView;
import dev.skillsite.render.Views.SiteView;
import dev.skillsite.render.Views.SitemapView;
import dev.skillsite.site.SitePath;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A kind of file the site has: the template that renders it (JBake's {@code template.<name>.file}
 * overrides it), the extension its files end in, how its links find the site's root, and the pages of
 * that kind for a site's views. Adding a page type is one entry in {@link #ALL} and one template.
 *
 * @param template  the FreeMarker template; null for a file written as its view is: text, or a file copied
 * @param extension what every file of the type ends in; empty for any
 * @param links     how the page's links reach the site's other files
 * @param timing    whether a preview may write its files after the open tabs have reloaded
 */
public record PageType(String name, String template, String extension, Links links, Timing timing,
                       Function<SiteViews, List<Page>> pages) {
    /**
     * When a preview writes a type's files. A build from the command line writes every file before it checks and
     * publishes the site. Only templated types may come after the reload: JBake's renderer makes the folders
     * their files go in.
     */
    public enum Timing {
        WITH_THE_PAGES,
        /**
         * Once the tabs showing the edit have reloaded: no page links to these files. The site's search reads its
         * index only when a reader searches, and at a thousand pages and more weighing every page's words again
         * took longer than the rest of a one-page rebuild.
         */
        AFTER_THE_RELOAD,
        /**
         * Once the tabs have reloaded, over the last build's file at the same path, which the pages' links to it
         * find until then; with the pages where the last site has none. {@code llms-full.txt}, which every page's
         * footer names, holds every topic's markdown: at 10,000 topics, 71 MB written again for each edit.
         */
        AFTER_THE_RELOAD_OVER_THE_LAST
    }

    /** A type whose files are written with the pages. */
    public PageType(String name, String template, String extension, Links links, Function<SiteViews, List<Page>> pages) {
        this(name, template, extension, links, Timing.WITH_THE_PAGES, pages);
    }

    /** How a page's links reach the rest of the site. */
    public enum Links {
        /** Relative to the page ({@code ../css/site.css}): the site works from {@code file://} and under any path. */
        RELATIVE,
        /** From the path the site is served under ({@code /repo/css/site.css}): a page served at any depth, as a 404 is. */
        FROM_BASE_PATH
    }

    public static final SitePath LLMS_FULL_TXT = new SitePath("llms-full.txt");
    public static final SitePath NOT_FOUND_HTML = new SitePath("404.html");
    public static final SitePath SITEMAP_XML = new SitePath("sitemap.xml");
    public static final SitePath ROBOTS_TXT = new SitePath("robots.txt");

    /**
     * One file of the site: where it goes, what its template sees as {@code content.page} and as
     * {@code content.site} (the skill it belongs to, or the whole site), its place in the navigation, its
     * body in HTML, which a template reads as {@code content.body} (JBake's name for it), and for an HTML
     * page what it tells search engines and link previews (null for none). The body is always the HTML its
     * view holds (empty for views without one), so a page's cache key leaves it out; body and head are made
     * only for a page that is rendered, not for one linked from the last build's site.
     */
    public record Page(SitePath path, Object view, SiteView site, NavPosition nav, Supplier<String> body, Head head) {
        static final Supplier<String> NO_BODY = () -> "";

        public Page(SitePath path, Object view, SiteView site) {
            this(path, view, site, NavPosition.NONE, NO_BODY, null);
        }
    }

    /**
     * What an HTML page tells search engines and link previews, {@code content.head}, made when the page is
     * rendered ({@link PageHeads}): {@code inputs} is everything it is made of, which the page's key holds in
     * its place; they are keyed with the page's, not on their own, so that a preview's rebuild that finds a
     * page's inputs equal to the last build's keys neither.
     */
    public record Head(List<Object> inputs, Supplier<HeadView> view) {
    }

    /**
     * Every page type, in the order their files are started: the largest files first, so both cores stay busy
     * (llms-full.txt holds every topic's markdown: the one file that costs as much as all the others in a build
     * that links most of them from the last site).
     */
    public static final List<PageType> ALL = List.of(
            new PageType("llmsfull", "llms-full.ftl", ".txt", Links.RELATIVE, Timing.AFTER_THE_RELOAD_OVER_THE_LAST, eachSkill(skill ->
                    List.of(new Page(new SitePath(skill.site().base() + LLMS_FULL_TXT.path()), skill.fullText(), skill.site())))),
            new PageType("searchindex", "search-index.ftl", ".js", Links.RELATIVE, Timing.AFTER_THE_RELOAD,
                    eachSkill(skill -> List.of(new Page(skill.search().get().headPath(), skill.search().get().head(),
                            skill.site())))),
            new PageType("searchwords", "search-words.ftl", ".js", Links.RELATIVE, Timing.AFTER_THE_RELOAD,
                    eachSkill(skill -> skill.search().get().wordShards().stream()
                            .map(shard -> new Page(shard.path(), shard, skill.site())).toList())),
            new PageType("searchterms", "search-terms.ftl", ".js", Links.RELATIVE, Timing.AFTER_THE_RELOAD,
                    eachSkill(skill -> skill.search().get().termShards().stream()
                            .map(shard -> new Page(shard.path(), shard, skill.site())).toList())),
            new PageType("searchpages", "search-pages.ftl", ".js", Links.RELATIVE, Timing.AFTER_THE_RELOAD,
                    eachSkill(skill -> skill.search().get().pageFiles().stream()
                            .map(file -> new Page(file.path(), file, skill.site())).toList())),
            new PageType("llms", "llms.ftl", ".txt", Links.RELATIVE, eachSkill(skill ->
                    List.of(new Page(MarkdownCopy.llmsOf(new SitePath(skill.site().home())), skill.site(), skill.site())))),
            new PageType("catalogue", "catalogue.ftl", ".html", Links.RELATIVE, views -> views.catalogue() == null ? List.of()
                    : List.of(new Page(SitePath.LANDING, views.catalogue(), views.site(), NavPosition.NONE, Page.NO_BODY,
                    PageHeads.catalogue(views.catalogue(), views.baseUrl())))),
            new PageType("cataloguellms", "catalogue-llms.ftl", ".txt", Links.RELATIVE, views -> views.catalogue() == null ? List.of()
                    : List.of(new Page(MarkdownCopy.LLMS_TXT, views.catalogue(), views.site()))),
            new PageType("landing", "landing.ftl", ".html", Links.RELATIVE, eachSkill((skill, heads) ->
                    List.of(new Page(new SitePath(skill.site().home()), skill.site(), skill.site(), NavPosition.NONE, Page.NO_BODY, heads.landing())))),
            new PageType("notfound", "notfound.ftl", ".html", Links.FROM_BASE_PATH, views -> List.of(new Page(NOT_FOUND_HTML,
                    views.catalogue() == null ? views.site() : views.catalogue(), views.site(), NavPosition.NONE, Page.NO_BODY, PageHeads.notFound()))),
            new PageType("section", "section.ftl", ".html", Links.RELATIVE, eachSkill(PageType::sectionPages)),
            new PageType("topic", "topic.ftl", ".html", Links.RELATIVE, eachSkill(PageType::topicPages)),
            new PageType("document", "topic.ftl", ".html", Links.RELATIVE, eachSkill((skill, heads) -> folderPages(skill, heads, "document"))),
            new PageType("file", "file.ftl", ".html", Links.RELATIVE, eachSkill((skill, heads) -> folderPages(skill, heads, "file"))),
            new PageType("markdown", null, ".md", Links.RELATIVE, eachSkill(skill -> skill.markdown().entrySet().stream()
                    .map(copy -> new Page(copy.getKey(), copy.getValue(), skill.site())).toList())),
            new PageType("copy", null, "", Links.RELATIVE, eachSkill(skill -> skill.copies().entrySet().stream()
                    .map(copy -> new Page(copy.getKey(), copy.getValue(), skill.site())).toList())),
            new PageType("sitemap", "sitemap.ftl", ".xml", Links.RELATIVE, PageType::sitemap),
            new PageType("robots", "robots.ftl", ".txt", Links.RELATIVE, PageType::robots));

    /** A page type whose pages each skill has: those of every skill of the site, skill by skill. */
    private static Function<SiteViews, List<Page>> eachSkill(Function<SkillViews, List<Page>> pages) {
        return views -> views.skills().stream().flatMap(skill -> pages.apply(skill).stream()).toList();
    }

    /** The same for HTML pages, which also say what they are to search engines and link previews. */
    private static Function<SiteViews, List<Page>> eachSkill(BiFunction<SkillViews, PageHeads, List<Page>> pages) {
        return views -> views.skills().stream()
                .flatMap(skill -> pages.apply(skill, PageHeads.of(skill, views.baseUrl())).stream()).toList();
    }

    public boolean isTemplated() {
        return template != null;
    }

    public List<Page> pages(SiteViews views) {
        return pages.apply(views);
    }

    private static List<Page> sectionPages(SkillViews views, PageHeads heads) {
        List<Page> pages = new ArrayList<>();
        List<SectionView> sections = views.site().sections();
        for (int s = 0; s < sections.size(); s++) {
            pages.add(new Page(new SitePath(sections.get(s).path()), sections.get(s), views.site(), new NavPosition(s, -1), Page.NO_BODY,
                    heads.section(sections.get(s))));
        }
        return pages;
    }

    /** Topic pages come in the order of the site's sections and their topics, so positions are counted off. */
    private static List<Page> topicPages(SkillViews views, PageHeads heads) {
        List<Page> pages = new ArrayList<>();
        int next = 0;
        List<SectionView> sections = views.site().sections();
        for (int s = 0; s < sections.size(); s++) {
            for (int t = 0; t < sections.get(s).topicCount(); t++) {
                Views.TopicPageView page = views.topicPages().get(next++);
                pages.add(new Page(new SitePath(page.topic().path()), page, views.site(), new NavPosition(s, t), page.html()::text,
                        heads.topic(page, t + 1)));
            }
        }
        return pages;
    }

    /**
     * The pages of one kind of folder item, documents or files; in the navigation the folders follow the
     * sections, so a folder's position counts on from the last section.
     */
    private static List<Page> folderPages(SkillViews views, PageHeads heads, String kind) {
        List<Page> pages = new ArrayList<>();
        int next = 0;
        List<Views.FolderView> folders = views.site().folders();
        int sections = views.site().sections().size();
        for (int f = 0; f < folders.size(); f++) {
            List<Views.FolderItemView> items = folders.get(f).items();
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).kind().equals(kind)) {
                    continue;
                }
                NavPosition nav = new NavPosition(sections + f, i);
                if (kind.equals("document")) {
                    Views.TopicPageView page = views.documentPages().get(next++);
                    pages.add(new Page(new SitePath(page.topic().path()), page, views.site(), nav, page.html()::text, heads.topic(page, 0)));
                } else {
                    Views.FilePageView page = views.filePages().get(next++);
                    pages.add(new Page(new SitePath(page.path()), page, views.site(), nav, page.html()::text, heads.file(page)));
                }
            }
        }
        return pages;
    }

    /** Every HTML page a search engine should list; none without a published address to list them under. */
    private static List<Page> sitemap(SiteViews views) {
        if (views.baseUrl().isEmpty()) {
            return List.of();
        }
        return List.of(new Page(SITEMAP_XML, new SitemapView(views.baseUrl(), views.htmlPages().stream().sorted().toList()),
                views.site()));
    }

    /**
     * robots.txt, naming the sitemap, only for a site published at a domain's root: crawlers read robots.txt
     * there and nowhere else, so one under a sub-path (a GitHub Pages project site) would never be read.
     */
    private static List<Page> robots(SiteViews views) {
        if (!views.atDomainRoot()) {
            return List.of();
        }
        return List.of(new Page(ROBOTS_TXT, new RobotsView(SITEMAP_XML.urlUnder(views.baseUrl())), views.site()));
    }
}
