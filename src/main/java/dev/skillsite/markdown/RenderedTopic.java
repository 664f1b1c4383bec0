package dev.skillsite.markdown;

import dev.skillsite.skill.SitePath;
import dev.skillsite.skill.Topic;

import java.util.List;
import java.util.Set;

/**
 * A topic file turned into HTML: its title (the file's {@code # } heading, which the page template
 * shows itself, so it is not in {@code html}), its h2–h6 headings and the pages it links to.
 */
public record RenderedTopic(Topic topic, String title, String html, List<Heading> headings, Set<SitePath> linksTo) {
    public RenderedTopic {
        headings = List.copyOf(headings);
        linksTo = Set.copyOf(linksTo);
    }
}
