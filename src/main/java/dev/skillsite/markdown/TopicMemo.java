package dev.skillsite.markdown;

import dev.skillsite.skill.SitePath;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the markdown stage of an earlier build made of each topic file, with what that depended on: a
 * later build reuses an entry, skipping the parse and the render, when the file's text and page are
 * the same and every file it looked up while resolving links still becomes the same page with the
 * same heading ids.
 */
public record TopicMemo(Map<Path, Entry> entries) {
    public static final TopicMemo EMPTY = new TopicMemo(Map.of());

    public TopicMemo {
        entries = Map.copyOf(entries);
    }

    /**
     * One topic file's results.
     *
     * @param source     fingerprint of the file's path, text and page
     * @param consulted  the files its links named, content-relative, in the order first looked up
     * @param targets    fingerprint of what those files were: each one's page and heading ids
     */
    public record Entry(String source, List<Path> consulted, String targets, String title, String html,
                        List<Heading> headings, Set<SitePath> linksTo, List<String> words, MarkdownCopy markdown) {
        public Entry {
            consulted = List.copyOf(consulted);
            headings = List.copyOf(headings);
            linksTo = Set.copyOf(linksTo);
            words = List.copyOf(words);
        }
    }
}
