package dev.skillsite.markdown;

import dev.skillsite.cache.KeyedText;
import dev.skillsite.site.SitePath;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The markdown stage's cache: what an earlier build made of each topic file, with what that depended
 * on. A later build uses an entry instead of parsing and rendering the file when the file's text and
 * page are the same and every file its links looked up still becomes the same page with the same
 * heading ids.
 *
 * @param entries    by the topic file's path, relative to the skill folder, with forward slashes
 * @param files      the pages showing the skill's text files, by the file's path
 * @param vocabulary what the entries' search words are numbered in
 */
public record TopicCache(Map<String, Entry> entries, Map<String, FileEntry> files, Vocabulary vocabulary) implements Serializable {
    public static final TopicCache EMPTY = new TopicCache(Map.of(), Map.of(), Vocabulary.EMPTY);

    public TopicCache {
        entries = Map.copyOf(entries);
        files = Map.copyOf(files);
        int words = vocabulary.size();
        for (Entry entry : entries.values()) {
            for (int i = 0; i < entry.words().distinct(); i++) {
                if (entry.words().word(i) < 0 || entry.words().word(i) >= words) {
                    throw new IllegalArgumentException("a word of " + entry.key() + " is not in the vocabulary");
                }
            }
        }
    }

    /**
     * The cache of a build's entries, whose words are numbered in {@code vocabulary}. A vocabulary keeps the
     * words of pages since edited or deleted; once they are the greater part, the cache keeps only the words
     * its entries use, renumbered.
     */
    static TopicCache of(Map<String, Entry> entries, Map<String, FileEntry> files, Vocabulary vocabulary) {
        int size = vocabulary.size();
        boolean[] used = new boolean[size];
        entries.values().forEach(entry -> entry.words().markIn(used));
        int unused = 0;
        for (boolean u : used) {
            unused += u ? 0 : 1;
        }
        if (2 * unused <= size) {
            return new TopicCache(entries, files, vocabulary);
        }
        int[] renumbered = new int[size];
        Vocabulary kept = vocabulary.keeping(used, renumbered);
        Map<String, Entry> renumberedEntries = new HashMap<>();
        entries.forEach((file, entry) -> renumberedEntries.put(file, entry.withWords(entry.words().renumbered(renumbered))));
        return new TopicCache(renumberedEntries, files, kept);
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

        Entry withWords(SearchWords words) {
            return new Entry(key, consulted, targetsKey, title, summary, html, headings, linksTo, words, markdownLinks, warnings);
        }

        /** The HTML, keyed by what it is made of: the file's path, text and page, and what its links found. */
        public KeyedText keyedHtml() {
            return new KeyedText(key + targetsKey, html);
        }

        private Object writeReplace() {
            return new StoredEntry(key, consulted, targetsKey, title, summary, html.getBytes(UTF_8), headings, linksTo, words,
                    markdownLinks, warnings);
        }
    }

    /**
     * An entry as the cache file holds it: its HTML, most of the file, as UTF-8 bytes. Java serialization
     * writes and reads a string a character at a time; bytes it copies, and the JDK converts them in bulk,
     * which takes a third off writing and reading the cache.
     */
    private record StoredEntry(String key, List<String> consulted, String targetsKey, String title, String summary, byte[] html,
                               List<Heading> headings, Set<SitePath> linksTo, SearchWords words,
                               List<MarkdownCopy.Span> markdownLinks, List<Warning> warnings) implements Serializable {
        private Object readResolve() {
            return new Entry(key, consulted, targetsKey, title, summary, new String(html, UTF_8), headings, linksTo, words,
                    markdownLinks, warnings);
        }
    }

    /** A warning about a topic file: its line and what it says. */
    public record Warning(int line, String message) implements Serializable {
    }

    /** A text file shown on a page: the cache key of its path and bytes, and its highlighted HTML. */
    public record FileEntry(String key, String html) implements Serializable {
        /** The HTML, keyed by what it is made of: the file's path and text. */
        public KeyedText keyedHtml() {
            return new KeyedText(key, html);
        }

        private Object writeReplace() {
            return new StoredFileEntry(key, html.getBytes(UTF_8));
        }
    }

    /** A text file's entry as the cache file holds it, its HTML as UTF-8 bytes, as {@link StoredEntry}. */
    private record StoredFileEntry(String key, byte[] html) implements Serializable {
        private Object readResolve() {
            return new FileEntry(key, new String(html, UTF_8));
        }
    }
}
