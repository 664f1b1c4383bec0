package dev.skillsite.render;

import dev.skillsite.markdown.Heading;

import java.util.List;

/**
 * What the FreeMarker templates see. Paths are relative to the site root; a template prefixes them
 * with {@code content.rootpath}, so every link in the output is relative. Built once per build and
 * shared between pages: nothing here is computed per page from every other page.
 */
public final class Views {
    private Views() {
    }

    /** A link: its label and where it leads, with an optional kind such as {@code section} or {@code topic}. */
    public record LinkView(String label, String path, String kind) {
    }

    /** A topic as every page lists it; {@code markdownPath} is its markdown copy, beside the page. */
    public record TopicView(String name, String title, String description, String path, String sectionTitle,
                            String sectionPath, String markdownPath) {
    }

    public record SectionView(String title, String slug, String path, List<TopicView> topics, List<RouteView> routes) {
        public int topicCount() {
            return topics.size();
        }
    }

    /** A routing line: the task and, per target, the section and the topics it names. */
    public record RouteView(String task, List<TargetView> targets) {
    }

    public record TargetView(LinkView section, List<LinkView> topics) {
    }

    public record PassageView(String heading, String id, String html) {
    }

    public record SiteView(String title, String skillName, String description, String version, String argumentHint,
                           String repositoryUrl, List<SectionView> sections, List<RouteView> routes,
                           List<PassageView> passages) {
    }

    /** {@code llms-full.txt}: every topic's markdown in section order, links rewritten to resolve from the site root. */
    public record FullTextView(List<String> topics) {
        public FullTextView {
            topics = List.copyOf(topics);
        }
    }

    /** One topic page: the topic, its body, contents, neighbours and the pages that link to it. */
    public record TopicPageView(TopicView topic, String html, List<Heading> toc, LinkView previous, LinkView next,
                                List<LinkView> linkedFrom, String sourcePath) {
    }
}
