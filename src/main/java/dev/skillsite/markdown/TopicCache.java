package dev.skillsite.markdown;

import dev.skillsite.cache.Changes;
import dev.skillsite.cache.KeyedText;
import dev.skillsite.cache.Packed;
import dev.skillsite.cache.StoredPart;
import dev.skillsite.site.SitePath;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>The entries are kept as a whole written once ({@code base}, which the cache folder links from build to
 * build while it lasts) and the {@link Changes} since.
 *
 * @param base       the entries of the last whole, by the topic file's path, relative to the skill folder,
 *                   with forward slashes
 * @param changes    the entries made since, and the paths of the whole whose files are gone
 * @param files      the pages showing the skill's text files, by the file's path
 * @param vocabulary what the entries' search words are numbered in
 */
public record TopicCache(StoredPart<Map<String, Entry>> base, Changes<Entry> changes, Map<String, FileEntry> files,
                         Vocabulary vocabulary) implements Serializable {
    public static final TopicCache EMPTY = new TopicCache(new StoredPart<>(Map.of()), Changes.none(), Map.of(), Vocabulary.EMPTY);

    public TopicCache {
        // A part comes back from its file as whatever the file held: the filter admits maps of anything cached.
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) base.value()).entrySet()) {
            if (!(entry.getKey() instanceof String) || !(entry.getValue() instanceof Entry)) {
                throw new IllegalArgumentException("the base of a topics cache holds something else than entries");
            }
        }
        files = Map.copyOf(files);
        int words = vocabulary.size();
        for (Map<String, Entry> entries : List.of(base.value(), changes.changed())) {
            for (Entry entry : entries.values()) {
                if (!entry.words().allBelow(words)) {
                    throw new IllegalArgumentException("a word of " + entry.key() + " is not in the vocabulary");
                }
            }
        }
    }

    /** What the last build made of the topic file at {@code path}, or null. */
    public Entry entry(String path) {
        return changes.get(base.value(), path);
    }

    /**
     * The cache of a build's entries, whose words are numbered in {@code vocabulary}, after {@code previous}:
     * its whole and the changes since, or a new whole. A vocabulary keeps the words of pages since edited or
     * deleted; once they are the greater part, the cache keeps only the words its entries use, renumbered,
     * in a new whole.
     */
    static TopicCache of(Map<String, Entry> entries, Map<String, FileEntry> files, Vocabulary vocabulary, TopicCache previous) {
        int size = vocabulary.size();
        boolean[] used = new boolean[size];
        entries.values().forEach(entry -> entry.words().markIn(used));
        int unused = 0;
        for (boolean u : used) {
            unused += u ? 0 : 1;
        }
        if (2 * unused > size) {
            int[] renumbered = new int[size];
            Vocabulary kept = vocabulary.keeping(used, renumbered);
            Map<String, Entry> renumberedEntries = new HashMap<>();
            entries.forEach((file, entry) -> renumberedEntries.put(file, entry.withWords(entry.words().renumbered(renumbered))));
            return whole(renumberedEntries, files, kept);
        }
        Changes<Entry> changes = Changes.between(previous.base().value(), entries);
        return changes.outgrow(previous.base().value()) ? whole(entries, files, vocabulary)
                : new TopicCache(previous.base(), changes, files, vocabulary);
    }

    private static TopicCache whole(Map<String, Entry> entries, Map<String, FileEntry> files, Vocabulary vocabulary) {
        return new TopicCache(new StoredPart<>(Map.copyOf(entries)), Changes.none(), files, vocabulary);
    }

    /**
     * One topic file's results.
     *
     * @param key        the cache key of the file's path, text and page
     * @param consulted  the files its links named, relative to the skill folder, in the order first looked up
     * @param targetsKey the cache key of what those files were: each one's page and heading ids
     * @param summary    the plain text of its first paragraph after the title
     * @param html       its HTML in UTF-8, as the cache file holds it: a build that links the page from the
     *                   last build's site never decodes it, and writing the cache never encodes it again
     * @param markdownLinks the links of its markdown copy; the copy's text is the file's own, which the key
     *                   covers and a later build reads anyway, so the cache does not hold it a second time
     * @param warnings   what reading the file warned about, given again when the entry is used
     */
    public record Entry(String key, List<String> consulted, String targetsKey, String title, String summary, byte[] html,
                        List<Heading> headings, Set<SitePath> linksTo, SearchWords words, List<MarkdownCopy.Span> markdownLinks,
                        List<Warning> warnings) implements Serializable {
        public Entry {
            consulted = List.copyOf(consulted);
            headings = List.copyOf(headings);
            linksTo = Set.copyOf(linksTo);
            markdownLinks = List.copyOf(markdownLinks);
            warnings = List.copyOf(warnings);
        }

        private Object writeReplace() {
            return StoredEntry.of(this);
        }

        Entry withWords(SearchWords words) {
            return new Entry(key, consulted, targetsKey, title, summary, html, headings, linksTo, words, markdownLinks, warnings);
        }

        /** The HTML, keyed by what it is made of: the file's path, text and page, and what its links found. */
        public KeyedText keyedHtml() {
            return KeyedText.of(htmlKey(), () -> new String(html, UTF_8));
        }

        /** The key {@link #keyedHtml()} has. */
        String htmlKey() {
            return key + targetsKey;
        }
    }

    /**
     * An entry as the cache file holds it: its HTML and search words as they store themselves, and all else,
     * short strings and numbers, {@link Packed} in one array.
     */
    private record StoredEntry(byte[] fields, byte[] html, SearchWords words) implements Serializable {
        static StoredEntry of(Entry entry) {
            Packed.Writer fields = new Packed.Writer().string(entry.key()).strings(entry.consulted()).string(entry.targetsKey())
                    .string(entry.title()).string(entry.summary());
            fields.number(entry.headings().size());
            for (Heading heading : entry.headings()) {
                fields.number(heading.level()).string(heading.text()).string(heading.id()).number(heading.line());
            }
            fields.strings(entry.linksTo().stream().map(SitePath::path).toList());
            fields.number(entry.markdownLinks().size());
            for (MarkdownCopy.Span span : entry.markdownLinks()) {
                fields.number(span.start()).number(span.end()).string(pathOf(span.page())).string(pathOf(span.file()))
                        .string(span.fragment());
            }
            fields.number(entry.warnings().size());
            for (Warning warning : entry.warnings()) {
                fields.number(warning.line()).string(warning.message());
            }
            return new StoredEntry(fields.bytes(), entry.html(), entry.words());
        }

        private Object readResolve() throws InvalidObjectException {
            Packed.Reader fields = new Packed.Reader(this.fields);
            String key = fields.string();
            List<String> consulted = fields.strings();
            String targetsKey = fields.string();
            String title = fields.string();
            String summary = fields.string();
            List<Heading> headings = new ArrayList<>();
            for (int i = fields.count(); i > 0; i--) {
                headings.add(new Heading(fields.number(), fields.string(), fields.string(), fields.number()));
            }
            Set<SitePath> linksTo = new HashSet<>();
            for (String path : fields.strings()) {
                linksTo.add(new SitePath(path));
            }
            List<MarkdownCopy.Span> markdownLinks = new ArrayList<>();
            for (int i = fields.count(); i > 0; i--) {
                markdownLinks.add(new MarkdownCopy.Span(fields.number(), fields.number(), sitePath(fields.string()),
                        sitePath(fields.string()), fields.string()));
            }
            List<Warning> warnings = new ArrayList<>();
            for (int i = fields.count(); i > 0; i--) {
                warnings.add(new Warning(fields.number(), fields.string()));
            }
            fields.end();
            return new Entry(key, consulted, targetsKey, title, summary, html, headings, linksTo, words, markdownLinks, warnings);
        }

        private static String pathOf(SitePath path) {
            return path == null ? null : path.path();
        }

        private static SitePath sitePath(String path) {
            return path == null ? null : new SitePath(path);
        }
    }

    /** A warning about a topic file: its line and what it says. */
    public record Warning(int line, String message) implements Serializable {
    }

    /** A text file shown on a page: the cache key of its path and bytes, and its highlighted HTML in UTF-8. */
    public record FileEntry(String key, byte[] html) implements Serializable {
        /** The HTML, keyed by what it is made of: the file's path and text. */
        public KeyedText keyedHtml() {
            return KeyedText.of(key, () -> new String(html, UTF_8));
        }
    }
}
