package dev.skillsite.markdown;

import dev.skillsite.cache.KeyedText;
import dev.skillsite.site.SitePath;
import dev.skillsite.skill.Topic;

import java.util.List;
import java.util.Set;

/**
 * A topic file turned into HTML: its title (the file's {@code # } heading, which the page template
 * shows itself, so it is not in {@code html}), the plain text of its first paragraph after the title
 * (what describes the page where nothing else does; empty when it has none), its h2–h6 headings, the pages
 * it links to, the words of its body with their counts (what search matches), and its markdown, ready to
 * be published beside the page.
 */
public record RenderedTopic(Topic topic, String title, String summary, KeyedText html, List<Heading> headings, Set<SitePath> linksTo,
                            SearchWords words, MarkdownCopy markdown) {
    public RenderedTopic {
        headings = List.copyOf(headings);
        linksTo = Set.copyOf(linksTo);
    }
}
