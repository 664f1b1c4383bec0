package dev.skillsite.render;

import dev.skillsite.cache.CacheKey;
import dev.skillsite.cache.KeyedText;
import dev.skillsite.markdown.MarkdownCopy;
import dev.skillsite.markdown.RenderedFile;
import dev.skillsite.markdown.RenderedSkill;
import dev.skillsite.markdown.RenderedTopic;
import dev.skillsite.render.Views.FilePageView;
import dev.skillsite.render.Views.FolderItemView;
import dev.skillsite.render.Views.FolderView;
import dev.skillsite.render.Views.FullTextView;
import dev.skillsite.render.Views.LinkView;
import dev.skillsite.render.Views.PassageView;
import dev.skillsite.render.Views.RepositoryView;
import dev.skillsite.render.Views.RouteView;
import dev.skillsite.render.Views.SectionView;
import dev.skillsite.render.Views.SiteView;
import dev.skillsite.render.Views.TargetView;
import dev.skillsite.render.Views.TopicPageView;
import dev.skillsite.render.Views.TopicView;
import dev.skillsite.site.SitePath;
import dev.skillsite.skill.Route;
import dev.skillsite.skill.Section;
import dev.skillsite.skill.Skill;
import dev.skillsite.skill.SkillFile;
import dev.skillsite.skill.Topic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Everything the pages of one skill are made of, built by pure code from the rendered skill and the
 * settings: no FreeMarker, no files. {@link PageType} turns these views into pages.
 *
 * @param site          what every page sees: title, routes, sections and their topics, folders, passages
 * @param topicPages    one per topic the router lists, in the order the site lists them
 * @param documentPages one per markdown file no section lists, folder by folder
 * @param filePages     one per text file of the skill, folder by folder
 * @param copies        every file of the skill that is not markdown, by where it is published, to the file to copy
 * @param markdown      each page's markdown copy, with its links rewritten to resolve from beside its page
 * @param search        what the site's search reads of this skill, made the first time it is asked for
 * @param fullText      every page's markdown in one file, for agents
 */
public record SkillViews(SiteView site, List<TopicPageView> topicPages, List<TopicPageView> documentPages,
                         List<FilePageView> filePages, Map<SitePath, Path> copies, Map<SitePath, KeyedText> markdown,
                         Supplier<SearchIndex> search, FullTextView fullText) {
    /** The skill's own icon, when it ships one at its top; else the theme's. */
    private static final List<String> FAVICONS = List.of("favicon.svg", "favicon.png", "favicon.ico");
    static final String THEME_FAVICON = "img/favicon.svg";

    /**
     * @param repository the repository the skill is one of, for the way back to its catalogue and the other
     *                   skills; null when the skill is the whole site
     * @param texts      where llms-full.txt's texts come from when the last build made them
     */
    static SkillViews of(RenderedSkill rendered, SiteSettings settings, RepositoryView repository, TextCache texts) {
        Map<Topic, RenderedTopic> byTopic = new HashMap<>();
        rendered.topics().forEach(t -> byTopic.put(t.topic(), t));
        Map<String, List<Item>> folders = folders(rendered, byTopic);
        SiteView site = siteView(rendered, settings, folders, repository);
        Map<SitePath, KeyedText> markdown = new LinkedHashMap<>();
        for (RenderedTopic topic : rendered.topics()) {
            SitePath copy = MarkdownCopy.copyOf(topic.topic().page());
            markdown.put(copy, KeyedText.of(placedKey(topic, copy), () -> topic.markdown().placedAt(copy)));
        }
        SitePath fullTextPath = new SitePath(rendered.skill().base() + PageType.LLMS_FULL_TXT.path());
        FullTextView fullText = new FullTextView(rendered.skill().pages().map(byTopic::get)
                .map(t -> texts.text(placedKey(t, fullTextPath), () -> t.markdown().placedAt(fullTextPath).strip())).toList());
        Map<SitePath, List<LinkView>> linkedFrom = linkedFrom(rendered);
        List<TopicPageView> documentPages = new ArrayList<>();
        List<FilePageView> filePages = new ArrayList<>();
        for (Map.Entry<String, List<Item>> folder : folders.entrySet()) {
            List<Item> items = folder.getValue();
            for (int i = 0; i < items.size(); i++) {
                LinkView previous = i > 0 ? items.get(i - 1).link() : null;
                LinkView next = i + 1 < items.size() ? items.get(i + 1).link() : null;
                Item item = items.get(i);
                if (item.topic() != null) {
                    documentPages.add(topicPage(item.topic(), topicView(item.topic(), folderTitle(folder.getKey()), null),
                            previous, next, linkedFrom));
                } else {
                    filePages.add(filePage(item.file(), folderTitle(folder.getKey()), previous, next));
                }
            }
        }
        Map<SitePath, Path> copies = new LinkedHashMap<>();
        rendered.skill().files().forEach(f -> copies.put(f.path(), rendered.skill().root().resolve(f.source())));
        return new SkillViews(site, topicPages(rendered, site, byTopic, linkedFrom), documentPages, filePages, copies, markdown,
                SearchIndex.whenAsked(rendered, site), fullText);
    }

    /**
     * The key of a topic's markdown copy placed at {@code where} (made only when it is written): that of the
     * topic's HTML, which is made of the same markdown and link targets, and the place.
     */
    private static String placedKey(RenderedTopic topic, SitePath where) {
        return CacheKey.of(topic.html().key(), where);
    }

    /** A page of a folder: a document, or a text file's page, whichever it holds. */
    private record Item(RenderedTopic topic, RenderedFile file, FolderItemView view) {
        LinkView link() {
            return view.link();
        }
    }

    /**
     * The documents and text files of each folder, by name; folders by path, the skill's top first. A
     * folder's title is its path in the skill; the top's is empty.
     */
    private static Map<String, List<Item>> folders(RenderedSkill rendered, Map<Topic, RenderedTopic> byTopic) {
        String base = rendered.skill().base();
        Map<String, Map<String, Item>> byFolder = new TreeMap<>();
        for (Topic document : rendered.skill().documents()) {
            RenderedTopic topic = byTopic.get(document);
            byFolder.computeIfAbsent(folderIn(document.page(), base), k -> new TreeMap<>()).put(document.source().getFileName().toString(),
                    new Item(topic, null, new FolderItemView(topic.title(), document.page().path(), "document",
                            MarkdownCopy.copyOf(document.page()).path())));
        }
        for (RenderedFile file : rendered.files()) {
            byFolder.computeIfAbsent(folderIn(file.file().path(), base), k -> new TreeMap<>()).put(file.file().name(),
                    new Item(null, file, new FolderItemView(file.file().name(), file.file().view().path(), "file",
                            file.file().path().path())));
        }
        Map<String, List<Item>> folders = new LinkedHashMap<>();
        byFolder.forEach((folder, items) -> folders.put(folder, List.copyOf(items.values())));
        return folders;
    }

    /** The folder of a page in its skill: {@code agents} for {@code glide-mq/agents/grader.html}, empty at the top. */
    private static String folderIn(SitePath page, String base) {
        String path = page.path().substring(base.length());
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String folderTitle(String folder) {
        return folder.isEmpty() ? "" : folder + "/";
    }

    private static SiteView siteView(RenderedSkill rendered, SiteSettings settings, Map<String, List<Item>> folders,
                                     RepositoryView repository) {
        Skill skill = rendered.skill();
        Map<String, RenderedTopic> byPage = new HashMap<>();
        rendered.topics().forEach(t -> byPage.put(t.topic().page().path(), t));
        Map<String, String> homes = new HashMap<>();
        if (repository != null) {
            repository.skills().forEach(other -> homes.put(other.label(), other.path()));
        }
        List<RouteView> routes = skill.routes().stream().map(route -> routeView(route, homes)).toList();
        List<SectionView> sections = new ArrayList<>();
        for (Section section : skill.sections()) {
            List<TopicView> topics = section.topics().stream()
                    .map(t -> topicView(byPage.get(t.page().path()), section.title(), section.page().path())).toList();
            List<RouteView> leading = new ArrayList<>();
            for (int i = 0; i < skill.routes().size(); i++) {
                if (skill.routes().get(i).leadsTo(section)) {
                    leading.add(routes.get(i));
                }
            }
            sections.add(new SectionView(section.title(), section.slug(), section.anchor(), section.page().path(), topics,
                    leading));
        }
        List<FolderView> folderViews = new ArrayList<>();
        folders.forEach((folder, items) -> folderViews.add(new FolderView(folderTitle(folder), items.stream().map(Item::view).toList())));
        List<PassageView> passages = rendered.passages().stream()
                .map(p -> new PassageView(p.passage().heading(), p.passage().anchor(), p.html())).toList();
        // In a repository the site's title is the repository's; each skill is titled by its own.
        String title = settings.title().isEmpty() || repository != null ? skill.title() : settings.title();
        String favicon = FAVICONS.stream().map(name -> skill.base() + name)
                .filter(path -> skill.files().stream().anyMatch(f -> f.path().path().equals(path)))
                .findFirst().orElse(THEME_FAVICON);
        return new SiteView(title, skill.name(), skill.metadata().description(), skill.metadata().version(),
                skill.metadata().argumentHint(), settings.repositoryUrl(), skill.home().path(), skill.base(),
                skill.routingAnchor(), settings.sectionsTitle(), settings.sectionsAnchor(),
                rendered.intro() == null ? "" : rendered.intro().html(), sections, folderViews, routes, passages, favicon, repository);
    }

    private static TopicView topicView(RenderedTopic rendered, String sectionTitle, String sectionPath) {
        Topic t = rendered.topic();
        return new TopicView(t.name(), rendered.title(), t.description(), t.page().path(), sectionTitle, sectionPath,
                MarkdownCopy.copyOf(t.page()).path());
    }

    /** A route's targets as links; what resolved to nothing, or to a skill this build does not hold, stays text. */
    private static RouteView routeView(Route route, Map<String, String> homes) {
        List<TargetView> targets = new ArrayList<>();
        for (Route.Target target : route.targets()) {
            if (target instanceof Route.InSection in) {
                targets.add(new TargetView(new LinkView(in.section().title(), in.section().page().path(), "section"),
                        in.topics().stream().map(m -> m.topic() == null ? new LinkView(m.name(), null, "text")
                                : new LinkView(m.topic().name(), m.topic().page().path(), "topic")).toList()));
            } else if (target instanceof Route.OtherSkill skill) {
                String home = homes.get(skill.name());
                targets.add(new TargetView(new LinkView(skill.name(), home, "skill"), List.of()));
            } else {
                targets.add(new TargetView(new LinkView(target.text(), null, "text"), List.of()));
            }
        }
        return new RouteView(route.task(), targets);
    }

    /** One page per listed topic, section by section, each with its neighbours in its section and the pages linking to it. */
    private static List<TopicPageView> topicPages(RenderedSkill rendered, SiteView site, Map<Topic, RenderedTopic> byTopic,
                                                  Map<SitePath, List<LinkView>> linkedFrom) {
        List<TopicPageView> pages = new ArrayList<>();
        List<Section> sections = rendered.skill().sections();
        // The site's section and topic views were built in the skill's order, so they pair up by index.
        for (int s = 0; s < sections.size(); s++) {
            List<Topic> topics = sections.get(s).topics();
            List<TopicView> views = site.sections().get(s).topics();
            for (int i = 0; i < topics.size(); i++) {
                LinkView previous = i > 0 ? link(views.get(i - 1)) : null;
                LinkView next = i + 1 < topics.size() ? link(views.get(i + 1)) : null;
                pages.add(topicPage(byTopic.get(topics.get(i)), views.get(i), previous, next, linkedFrom));
            }
        }
        return pages;
    }

    private static TopicPageView topicPage(RenderedTopic body, TopicView view, LinkView previous, LinkView next,
                                           Map<SitePath, List<LinkView>> linkedFrom) {
        Topic topic = body.topic();
        return new TopicPageView(view, body.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList(),
                previous, next, linkedFrom.getOrDefault(topic.page(), List.of()), topic.source().toString().replace('\\', '/'),
                body.html(), body.summary());
    }

    private static FilePageView filePage(RenderedFile file, String folder, LinkView previous, LinkView next) {
        SkillFile f = file.file();
        return new FilePageView(f.source().getFileName().toString(), f.view().path(), f.path().path(), size(f.size()),
                file.language(), folder, previous, next, file.html());
    }

    /** A size as a reader says it: {@code 812 bytes}, {@code 2.4 KB}, {@code 1.1 MB}. */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** Who links to each page: the routes that name it, then the pages whose markdown links to it. */
    private static Map<SitePath, List<LinkView>> linkedFrom(RenderedSkill rendered) {
        Map<SitePath, Map<String, LinkView>> from = new HashMap<>();
        String routing = rendered.skill().home().path() + "#" + rendered.skill().routingAnchor();
        for (Route route : rendered.skill().routes()) {
            for (Topic topic : route.topics()) {
                from.computeIfAbsent(topic.page(), k -> new LinkedHashMap<>())
                        .putIfAbsent("route:" + route.task(), new LinkView(route.task(), routing, "route"));
            }
        }
        for (RenderedTopic topic : rendered.topics()) {
            for (SitePath target : topic.linksTo()) {
                if (!target.equals(topic.topic().page())) {
                    from.computeIfAbsent(target, k -> new LinkedHashMap<>())
                            .putIfAbsent(topic.topic().page().path(), new LinkView(topic.title(), topic.topic().page().path(), "topic"));
                }
            }
        }
        Map<SitePath, List<LinkView>> result = new HashMap<>();
        from.forEach((page, links) -> {
            List<LinkView> sorted = new ArrayList<>(links.values());
            sorted.sort((a, b) -> a.kind().equals(b.kind()) ? a.label().compareToIgnoreCase(b.label()) : a.kind().equals("route") ? -1 : 1);
            result.put(page, List.copyOf(sorted));
        });
        return result;
    }

    private static LinkView link(TopicView topic) {
        return new LinkView(topic.title(), topic.path(), "topic");
    }

    /** Every page the skill has, by path from the site's root: what a sitemap lists. */
    List<String> htmlPages() {
        List<String> paths = new ArrayList<>();
        paths.add(site.home());
        site.sections().forEach(section -> {
            paths.add(section.path());
            section.topics().forEach(topic -> paths.add(topic.path()));
        });
        site.folders().forEach(folder -> folder.items().forEach(item -> paths.add(item.path())));
        return paths;
    }
}
