package dev.skillsite.markdown;

import dev.skillsite.site.SitePath;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The markdown stage's cache: what an earlier build made of each topic file, with what that depended
 * on. A later build uses an entry instead of parsing and rendering the file when the file's text and
 * page are the same and every file its links looked up still becomes the same page with the same
 * heading ids.
 *
 * @param entries by the topic file's path, relative to the skill folder, with forward slashes
 */
public record TopicCache(Map<String, Entry> entries) implements Serializable {
    public static final TopicCache EMPTY = new TopicCache(Map.of());

    public TopicCache {
        entries = Map.copyOf(entries);
    }

    /**
     * One topic file's results.
     *
     * @param key        the cache key of the file's path, text and page
     * @param consulted  the files its links named, relative to the skill folder, in the order first looked up
     * @param targetsKey the cache key of what those files were: each one's page and heading ids
     */
    public record Entry(String key, List<String> consulted, String targetsKey, String title, String html,
                        List<Heading> headings, Set<SitePath> linksTo, List<String> words, MarkdownCopy markdown)
            implements Serializable {
        public Entry {
            consulted = List.copyOf(consulted);
            headings = List.copyOf(headings);
            linksTo = Set.copyOf(linksTo);
            words = List.copyOf(words);
        }
    }
}
