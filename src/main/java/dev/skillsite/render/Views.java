package dev.skillsite.render;

import dev.skillsite.cache.KeyedText;
import dev.skillsite.markdown.Heading;
import dev.skillsite.site.SitePath;

import java.util.List;

/**
 * What the FreeMarker templates see. Paths are relative to the site root; a template prefixes them
 * with {@code content.rootpath}, so every link in the output is relative. Built once per build by
 * {@link SiteViews} and shared between pages: nothing here is computed per page from every other page.
 */
public final class Views {
    private Views() {
    }

    /**
     * A link: its label and where it leads, with a kind such as {@code section} or {@code topic}; a null
     * path is text that names something no page is for (a routing target that resolved to nothing).
     */
    public record LinkView(String label, String path, String kind) {
    }

    /**
     * A topic as every page lists it; {@code markdownPath} is its markdown copy, beside the page. A document
     * no section lists is a topic of its folder: {@code sectionTitle} names the folder, {@code sectionPath} is null.
     */
    public record TopicView(String name, String title, String description, String path, String sectionTitle,
                            String sectionPath, String markdownPath) {
    }

    /** A folder of the skill in the navigation: its documents and the pages that show its text files, by name. */
    public record FolderView(String title, List<FolderItemView> items) {
    }

    /**
     * A page of a folder: {@code kind} {@code document} or {@code file}; {@code sourcePath} is what an agent
     * reads instead, the document's markdown copy or the file itself.
     */
    public record FolderItemView(String label, String path, String kind, String sourcePath) {
        public LinkView link() {
            return new LinkView(label, path, kind);
        }
    }

    /** A section: {@code anchor} is its id on the landing page, {@code routes} the routing lines that lead to it. */
    public record SectionView(String title, String slug, String anchor, String path, List<TopicView> topics,
                              List<RouteView> routes) {
        public int topicCount() {
            return topics.size();
        }

        /** How many topics it has and their names, {@code 2 topics: one, two}: what search and link previews say of it. */
        public String summary() {
            return topicCount() + (topicCount() == 1 ? " topic: " : " topics: ")
                    + String.join(", ", topics.stream().map(TopicView::name).toList());
        }
    }

    /** A routing line: the task and, per target, the section and the topics it names. */
    public record RouteView(String task, List<TargetView> targets) {
    }

    public record TargetView(LinkView section, List<LinkView> topics) {
    }

    /** A prose passage of SKILL.md; {@code id} is the id of its heading, as on GitHub. */
    public record PassageView(String heading, String id, String html) {
    }

    /**
     * A skill as every one of its pages sees it; {@code home} is its landing page and {@code base} the folder its
     * pages are in (both empty-prefixed when the skill is the whole site); {@code routingId} and {@code sectionsId}
     * are the ids of the landing page's routing table and list of sections, {@code sectionsTitle} what the
     * sections are called together; {@code intro} is SKILL.md's prose before its first section (may be empty);
     * {@code folders} group the pages no section lists; {@code favicon} is the path of the site's icon;
     * {@code repository} the repository the skill is one of, or null.
     */
    public record SiteView(String title, String skillName, String description, String version, String argumentHint,
                           String repositoryUrl, String home, String base, String routingId, String sectionsTitle,
                           String sectionsId, String intro, List<SectionView> sections, List<FolderView> folders,
                           List<RouteView> routes, List<PassageView> passages, String favicon, RepositoryView repository) {
    }

    /**
     * A repository of skills as each skill's pages see it: its title, its catalogue, every skill by name, and
     * the folder of each skill's search index from the site's root, which one search reads together.
     */
    public record RepositoryView(String title, String home, List<LinkView> skills, List<String> indexes) {
    }

    /**
     * The catalogue of a repository's skills: each skill's card, in groups by the folder the skills live in.
     * The site-wide pages of a repository (the catalogue, its 404) see it as {@code content.page}.
     */
    public record CatalogueView(String title, String description, List<CatalogueGroup> groups, int skillCount, int pageCount) {
    }

    /** The skills of one folder of the repository ({@code skills/}, {@code plugins/x/skills/}); the top's folder is empty. */
    public record CatalogueGroup(String folder, List<SkillCard> skills) {
    }

    /**
     * One skill in the catalogue: its name, description, version, how many pages it has, where it starts, and
     * the first things it offers: its first routes' tasks, else its first sections or headings.
     */
    public record SkillCard(String name, String title, String description, String version, int pages, String home,
                            List<String> offers) {
    }

    /** {@code llms-full.txt}: every topic's markdown in section order, links rewritten to resolve from the site root. */
    public record FullTextView(List<KeyedText> topics) {
        public FullTextView {
            topics = List.copyOf(topics);
        }
    }

    /**
     * One topic page: the topic, its contents, neighbours and the pages that link to it, its body in HTML,
     * and the plain text of its first paragraph after the title (empty when it has none).
     */
    public record TopicPageView(TopicView topic, List<Heading> toc, LinkView previous, LinkView next,
                                List<LinkView> linkedFrom, String sourcePath, KeyedText html, String summary) {
    }

    /**
     * A page that shows a text file of the skill: its name, where the file itself is published, its size in
     * words ("2.4 KB"), the language it is highlighted as, its folder, and the highlighted file.
     */
    public record FilePageView(String name, String path, String rawPath, String size, String language, String folder,
                               LinkView previous, LinkView next, KeyedText html) {
    }

    /**
     * The sitemap: the published URL, the path of every page a search engine should list, and each one's
     * URL ({@link SitePath#urlUnder}: a folder's {@code index.html} left off, percent-encoded), in that order.
     */
    public record SitemapView(String baseUrl, List<String> pages, List<String> urls) {
        public SitemapView(String baseUrl, List<String> pages) {
            this(baseUrl, pages, pages.stream().map(p -> new SitePath(p).urlUnder(baseUrl)).toList());
        }
    }

    /** {@code robots.txt}: the sitemap's URL, which it names for crawlers. */
    public record RobotsView(String sitemap) {
    }

    /**
     * What a page tells search engines and link previews about itself, built with the page ({@link PageHeads}):
     * its title as its h1 shows it, its description (possibly empty), its canonical URL and its image's URL
     * (empty without the site's address, or without an image), its OpenGraph type ({@code website} or
     * {@code article}), its JSON-LD, ready to print inside a script element (empty for none), and whether
     * search engines should list it at all (not the 404 page).
     */
    public record HeadView(String title, String description, String url, String type, String image,
                           String structuredData, boolean indexed) {
    }

    /**
     * Where a page sits in the navigation every page shows: the index of its section and of its topic in
     * that section, -1 where it has none. The layout compares these numbers rather than paths: FreeMarker
     * compares strings with a locale collator, and at a few hundred nav items per page that was the
     * largest single cost of rendering.
     */
    public record NavPosition(int section, int topic) {
        public static final NavPosition NONE = new NavPosition(-1, -1);
    }
}
