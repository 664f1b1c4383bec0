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
 * @param files   the pages showing the skill's text files, by the file's path
 */
public record TopicCache(Map<String, Entry> entries, Map<String, FileEntry> files) implements Serializable {
    public static final TopicCache EMPTY = new TopicCache(Map.of(), Map.of());

    public TopicCache {
        entries = Map.copyOf(entries);
        files = Map.copyOf(files);
    }

    /**
     * One topic file's results.
     *
     * @param key        the cache key of the file's path, text and page
     * @param consulted  the files its links named, relative to the skill folder, in the order first looked up
     * @param targetsKey the cache key of what those files were: each one's page and heading ids
     * @param summary    the plain text of its first paragraph after the title
     * @param markdownLinks the links of its markdown copy; the copy's text is the file's own, which the key
     *                   covers and a later build reads anyway, so the cache does not hold it a second time
     * @param warnings   what reading the file warned about, given again when the entry is used
     */
    public record Entry(String key, List<String> consulted, String targetsKey, String title, String summary, String html,
                        List<Heading> headings, Set<SitePath> linksTo, SearchWords words, List<MarkdownCopy.Span> markdownLinks,
                        List<Warning> warnings) implements Serializable {
        public Entry {
            consulted = List.copyOf(consulted);
            headings = List.copyOf(headings);
            linksTo = Set.copyOf(linksTo);
            markdownLinks = List.copyOf(markdownLinks);
            warnings = List.copyOf(warnings);
        }
    }

    /** A warning about a topic file: its line and what it says. */
    public record Warning(int line, String message) implements Serializable {
    }

    /** A text file shown on a page: the cache key of its path and bytes, and its highlighted HTML. */
    public record FileEntry(String key, String html) implements Serializable {
    }
}
