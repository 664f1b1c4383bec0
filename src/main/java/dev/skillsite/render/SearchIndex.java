package dev.skillsite.render;

import dev.skillsite.cache.Keyed;
import dev.skillsite.markdown.Heading;
import dev.skillsite.markdown.RenderedSkill;
import dev.skillsite.markdown.RenderedTopic;
import dev.skillsite.render.Views.FolderView;
import dev.skillsite.render.Views.LinkView;
import dev.skillsite.render.Views.RouteView;
import dev.skillsite.render.Views.SectionView;
import dev.skillsite.render.Views.SiteView;
import dev.skillsite.render.Views.TargetView;
import dev.skillsite.render.Views.TopicView;
import dev.skillsite.site.SitePath;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the site's search reads, built once per build and split into files so that a query loads only what
 * it needs, as Pagefind does: at 10,000 pages the whole index is tens of megabytes, and a reader's first
 * query should not wait for all of it. Every file is a script that hands its data to {@code search.js}
 * (a {@code fetch} of JSON is refused from {@code file://}):
 * <ul>
 * <li>{@code search-index.js}, the head: the skill, how many pages, and the first word or term of each
 *     shard of words and of terms;</li>
 * <li>{@code search-index/words-N.js}: a run of the words a query can match, in sorted order, for words
 *     being typed and for typos: a query loads the shard of its word, or for a word the site does not use,
 *     the shards of words that start with the same letter;</li>
 * <li>{@code search-index/terms-N.js}: a run of terms in sorted order, each with the pages that hold it and
 *     how much it weighs there ({@link Relevance}), precomputed so a query only adds numbers up;</li>
 * <li>{@code search-index/pages-N.js}: what a result shows for {@value #PAGES_PER_FILE} pages at a time:
 *     title, section, address, description and h2/h3 headings with their ids.</li>
 * </ul>
 * Each skill's index stands alone in the skill's folder of the site (the site's root for a single skill) and
 * names its skill, with its pages' addresses from that folder, so one engine can search several skills' indexes.
 *
 * @param headPath where {@code search-index.js} is published
 */
public record SearchIndex(SitePath headPath, Head head, List<WordShard> wordShards, List<TermShard> termShards,
                          List<PageFile> pageFiles) {
    /** Pages per file of results: a query's ten results come from ten such files at most. */
    static final int PAGES_PER_FILE = 50;
    /**
     * Characters of terms and postings a shard of terms holds on average: a few kilobytes gzipped, so a query of
     * several words, each typed letter by letter, loads tens of such files rather than the whole index.
     */
    static final int TERM_SHARD_CHARACTERS = 24_000;
    /**
     * Characters of words a shard of words holds on average: large enough that the words of one first
     * letter, which a typo loads, come in a few files rather than tens (each file a browser loads costs time).
     */
    static final int WORD_SHARD_CHARACTERS = 48_000;

    /** The head's name, in the folder of its skill; its other files are in {@link #FOLDER} beside it. */
    public static final String HEAD = "search-index.js";
    static final String FOLDER = "search-index/";

    public SearchIndex {
        wordShards = List.copyOf(wordShards);
        termShards = List.copyOf(termShards);
        pageFiles = List.copyOf(pageFiles);
    }

    /**
     * The head of the index.
     *
     * @param wordStarts  the first word of each shard of words, in order
     * @param termStarts the first term of each shard of terms, in order
     */
    public record Head(String skill, String title, int pages, int pagesPerFile, List<String> wordStarts, List<String> termStarts) {
        public Head {
            wordStarts = List.copyOf(wordStarts);
            termStarts = List.copyOf(termStarts);
        }
    }

    /** A run of the words a query can match, sorted, space-separated. */
    public record WordShard(SitePath path, String words) {
    }

    /**
     * A run of terms: each with its postings, pairs of (page number, weight) with each page number given as
     * the difference from the one before, comma-separated. The postings are made text as the shard is written
     * ({@code terms} makes each as it is read); {@code key} is that of the numbers they are made from.
     */
    public record TermShard(SitePath path, List<Postings> terms, String key) implements Keyed {
        static TermShard of(SitePath path, Relevance.IndexedTerms indexed, int from, int to) {
            List<Postings> terms = new AbstractList<>() {
                @Override
                public Postings get(int i) {
                    Objects.checkIndex(i, size());
                    return new Postings(indexed.term(from + i), indexed.postings(from + i));
                }

                @Override
                public int size() {
                    return to - from;
                }
            };
            return new TermShard(path, terms, indexed.key(from, to));
        }
    }

    public record Postings(String term, String postings) {
    }

    /** What results show for a run of pages, in page-number order. */
    public record PageFile(SitePath path, List<Entry> entries) {
        public PageFile {
            entries = List.copyOf(entries);
        }
    }

    /** One page as a result shows it: title, section (or folder), address from the root, description, h2/h3 headings. */
    public record Entry(String title, String section, String path, String description, List<Heading> headings) {
        public Entry {
            headings = List.copyOf(headings);
        }
    }

    /** The skill's index, made the first time it is asked for, once: a preview writes it after the rest of the site. */
    static Supplier<SearchIndex> whenAsked(RenderedSkill rendered, SiteView site) {
        return new Supplier<>() {
            private SearchIndex index;

            @Override
            public synchronized SearchIndex get() {
                if (index == null) {
                    index = of(rendered, site);
                }
                return index;
            }
        };
    }

    static SearchIndex of(RenderedSkill rendered, SiteView site) {
        String base = site.base();
        Map<String, RenderedTopic> byPath = new HashMap<>();
        rendered.topics().forEach(topic -> byPath.put(topic.topic().page().path(), topic));
        Map<String, List<String>> tasks = tasks(site);
        List<Relevance.Document> documents = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (SectionView section : site.sections()) {
            Entry entry = new Entry(section.title(), "", section.path().substring(base.length()), section.summary(), List.of());
            entries.add(entry);
            documents.add(new Relevance.Document(entry.title(), List.of(), entry.description(),
                    tasks.getOrDefault(section.path(), List.of()), null));
            for (TopicView topic : section.topics()) {
                List<String> router = new ArrayList<>(tasks.getOrDefault(topic.path(), List.of()));
                router.add(topic.name());
                add(byPath.get(topic.path()), base, section.title(), topic.description(), router, entries, documents);
            }
        }
        for (FolderView folder : site.folders()) {
            folder.items().stream().filter(item -> item.kind().equals("document"))
                    .forEach(item -> add(byPath.get(item.path()), base, folder.title(), "", tasks.getOrDefault(item.path(), List.of()),
                            entries, documents));
        }
        Relevance.Weights weights = Relevance.of(documents, rendered.vocabulary()).weights();
        List<TermShard> termShards = termShards(base, weights.terms());
        List<PageFile> pageFiles = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += PAGES_PER_FILE) {
            pageFiles.add(new PageFile(file(base, "pages", pageFiles.size()),
                    entries.subList(from, Math.min(entries.size(), from + PAGES_PER_FILE))));
        }
        List<WordShard> wordShards = wordShards(base, weights.words());
        Head head = new Head(rendered.skill().name(), site.title(), entries.size(), PAGES_PER_FILE,
                wordShards.stream().map(shard -> shard.words().substring(0, (shard.words() + " ").indexOf(' '))).toList(),
                termShards.stream().map(shard -> shard.terms().get(0).term()).toList());
        return new SearchIndex(new SitePath(base + HEAD), head, wordShards, termShards, pageFiles);
    }

    /** @param router what the router calls the page, and the tasks it leads to it for */
    private static void add(RenderedTopic body, String base, String section, String description, List<String> router,
                            List<Entry> entries, List<Relevance.Document> documents) {
        List<Heading> headings = body.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        String path = body.topic().page().path().substring(base.length());
        entries.add(new Entry(body.title(), section, path, description, headings));
        documents.add(new Relevance.Document(body.title(), headings.stream().map(Heading::text).toList(), description,
                router, body.words()));
    }

    /**
     * The router's tasks by the page they lead to: a topic the line names, or a section it names without
     * topics ({@code Performance work -> Memory}).
     */
    private static Map<String, List<String>> tasks(SiteView site) {
        Map<String, List<String>> tasks = new HashMap<>();
        for (RouteView route : site.routes()) {
            for (TargetView target : route.targets()) {
                List<String> paths = target.topics().isEmpty() ? Collections.singletonList(target.section().path())
                        : target.topics().stream().map(LinkView::path).toList();
                paths.stream().filter(Objects::nonNull).forEach(path -> tasks.computeIfAbsent(path, k -> new ArrayList<>()).add(route.task()));
            }
        }
        return tasks;
    }

    /** Words in sorted order, cut into shards of about {@link #WORD_SHARD_CHARACTERS} characters where the words say. */
    private static List<WordShard> wordShards(String base, List<String> words) {
        return new ShardCuts(WORD_SHARD_CHARACTERS).shards(words.size(), words::get, i -> words.get(i).length() + 1,
                (number, from, to) -> new WordShard(file(base, "words", number), String.join(" ", words.subList(from, to))));
    }

    /** Terms in sorted order, cut into shards of about {@link #TERM_SHARD_CHARACTERS} characters of postings where the terms say. */
    private static List<TermShard> termShards(String base, Relevance.IndexedTerms terms) {
        return new ShardCuts(TERM_SHARD_CHARACTERS).shards(terms.size(), terms::term,
                i -> terms.term(i).length() + terms.postingsLength(i),
                (number, from, to) -> TermShard.of(file(base, "terms", number), terms, from, to));
    }

    /** The {@code number}th file of a kind ({@code words}, {@code terms}, {@code pages}) in the index's folder. */
    private static SitePath file(String base, String kind, int number) {
        return new SitePath(base + FOLDER + kind + "-" + number + ".js");
    }
}
