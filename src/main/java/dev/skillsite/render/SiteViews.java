package dev.skillsite.render;

import dev.skillsite.markdown.MarkdownCopy;
import dev.skillsite.markdown.RenderedSkill;
import dev.skillsite.markdown.RenderedTopic;
import dev.skillsite.render.Views.FullTextView;
import dev.skillsite.render.Views.LinkView;
import dev.skillsite.render.Views.PassageView;
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
import dev.skillsite.skill.Topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the pages of one site are made of, built by pure code from the rendered skill and the
 * settings: no FreeMarker, no files. {@link PageType} turns these views into pages.
 *
 * @param site       what every page sees: title, routes, sections and their topics, passages
 * @param topicPages one per topic, in the order the site lists them
 * @param topicBodies each topic page's body in HTML, in the same order
 * @param markdown   each topic's markdown copy, with its links rewritten to resolve from beside its page
 * @param search     what the site's search reads
 * @param fullText   every topic's markdown in one file, for agents
 * @param baseUrl    the published address, ending in {@code /}; empty when unknown
 */
public record SiteViews(SiteView site, List<TopicPageView> topicPages, List<String> topicBodies, Map<SitePath, String> markdown,
                        SearchIndex search, FullTextView fullText, String baseUrl) {

    public static SiteViews of(RenderedSkill rendered, SiteSettings settings) {
        SiteView site = siteView(rendered, settings);
        Map<Topic, RenderedTopic> byTopic = new HashMap<>();
        rendered.topics().forEach(t -> byTopic.put(t.topic(), t));
        Map<SitePath, String> markdown = new LinkedHashMap<>();
        for (RenderedTopic topic : rendered.topics()) {
            SitePath copy = MarkdownCopy.copyOf(topic.topic().page());
            markdown.put(copy, topic.markdown().placedAt(copy));
        }
        FullTextView fullText = new FullTextView(rendered.skill().topics().map(byTopic::get)
                .map(t -> t.markdown().placedAt(PageType.LLMS_FULL_TXT).strip()).toList());
        List<String> bodies = rendered.skill().topics().map(t -> byTopic.get(t).html()).toList();
        return new SiteViews(site, topicPages(rendered, site, byTopic), bodies, markdown, SearchIndex.of(rendered, site),
                fullText, settings.baseUrl());
    }

    private static SiteView siteView(RenderedSkill rendered, SiteSettings settings) {
        Skill skill = rendered.skill();
        Map<String, String> titles = new HashMap<>();
        rendered.topics().forEach(t -> titles.put(t.topic().page().path(), t.title()));
        List<RouteView> routes = skill.routes().stream().map(SiteViews::routeView).toList();
        List<SectionView> sections = new ArrayList<>();
        for (Section section : skill.sections()) {
            List<TopicView> topics = section.topics().stream().map(t -> new TopicView(t.name(),
                    titles.getOrDefault(t.page().path(), t.name()), t.description(), t.page().path(), section.title(),
                    section.page().path(), MarkdownCopy.copyOf(t.page()).path())).toList();
            List<RouteView> leading = new ArrayList<>();
            for (int i = 0; i < skill.routes().size(); i++) {
                if (skill.routes().get(i).leadsTo(section)) {
                    leading.add(routes.get(i));
                }
            }
            sections.add(new SectionView(section.title(), section.slug(), section.anchor(), section.page().path(), topics,
                    leading));
        }
        List<PassageView> passages = rendered.passages().stream()
                .map(p -> new PassageView(p.passage().heading(), p.passage().anchor(), p.html())).toList();
        String title = settings.title().isEmpty() ? skill.title() : settings.title();
        return new SiteView(title, skill.metadata().name(), skill.metadata().description(), skill.metadata().version(),
                skill.metadata().argumentHint(), settings.repositoryUrl(), skill.routingAnchor(), settings.sectionsTitle(),
                settings.sectionsAnchor(), sections, routes, passages);
    }

    private static RouteView routeView(Route route) {
        return new RouteView(route.task(), route.targets().stream().map(target -> new TargetView(
                new LinkView(target.section().title(), target.section().page().path(), "section"),
                target.topics().stream().map(t -> new LinkView(t.name(), t.page().path(), "topic")).toList())).toList());
    }

    /** One page per topic, section by section, each with its neighbours in its section and the pages linking to it. */
    private static List<TopicPageView> topicPages(RenderedSkill rendered, SiteView site, Map<Topic, RenderedTopic> byTopic) {
        Map<SitePath, List<LinkView>> linkedFrom = linkedFrom(rendered);
        List<TopicPageView> pages = new ArrayList<>();
        List<Section> sections = rendered.skill().sections();
        // The site's section and topic views were built in the skill's order, so they pair up by index.
        for (int s = 0; s < sections.size(); s++) {
            List<Topic> topics = sections.get(s).topics();
            List<TopicView> views = site.sections().get(s).topics();
            for (int i = 0; i < topics.size(); i++) {
                Topic topic = topics.get(i);
                RenderedTopic body = byTopic.get(topic);
                LinkView previous = i > 0 ? link(views.get(i - 1)) : null;
                LinkView next = i + 1 < topics.size() ? link(views.get(i + 1)) : null;
                pages.add(new TopicPageView(views.get(i),
                        body.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList(),
                        previous, next, linkedFrom.getOrDefault(topic.page(), List.of()),
                        topic.source().toString().replace('\\', '/')));
            }
        }
        return pages;
    }

    /** Who links to each page: the routes that name it, then the topics whose markdown links to it. */
    private static Map<SitePath, List<LinkView>> linkedFrom(RenderedSkill rendered) {
        Map<SitePath, Map<String, LinkView>> from = new TreeMap<>();
        String routing = SitePath.LANDING.path() + "#" + rendered.skill().routingAnchor();
        for (Route route : rendered.skill().routes()) {
            for (Route.Target target : route.targets()) {
                for (Topic topic : target.topics()) {
                    from.computeIfAbsent(topic.page(), k -> new LinkedHashMap<>())
                            .putIfAbsent("route:" + route.task(), new LinkView(route.task(), routing, "route"));
                }
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
}
