package dev.skillsite.render;

import dev.skillsite.markdown.Heading;
import dev.skillsite.markdown.RenderedSkill;
import dev.skillsite.markdown.RenderedTopic;
import dev.skillsite.render.Views.FolderView;
import dev.skillsite.render.Views.SectionView;
import dev.skillsite.render.Views.SiteView;
import dev.skillsite.render.Views.TopicView;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the site's search reads, built once per build and written by {@code search-index.ftl} as a script
 * that assigns a global, so it loads from {@code file://} where a {@code fetch} of JSON would be refused.
 * Each page keeps what ranks and what shows: title, section, address, description and h2/h3 headings
 * with their ids; its body is kept only as the distinct words a query can match, lower case, sorted,
 * without the words most pages share, which keeps the index a fraction of the text it covers.
 */
public record SearchIndex(List<Entry> entries) {
    /** A word in at least this share of the topics tells them apart no better than a stop word. */
    private static final double COMMON = 0.5;

    /**
     * One page as search sees it.
     *
     * @param words the body's distinct words, space-separated, for matching only
     */
    public record Entry(String title, String section, String path, String description, List<Heading> headings,
                        String words) {
        public Entry {
            headings = List.copyOf(headings);
        }
    }

    public SearchIndex {
        entries = List.copyOf(entries);
    }

    static SearchIndex of(RenderedSkill rendered, SiteView site) {
        // Each topic's words are distinct already (the markdown stage took them): count the pages per word.
        Map<String, Integer> pagesWithWord = new HashMap<>();
        Map<String, RenderedTopic> byPath = new HashMap<>();
        for (RenderedTopic topic : rendered.topics()) {
            topic.words().forEach(w -> pagesWithWord.merge(w, 1, Integer::sum));
            byPath.put(topic.topic().page().path(), topic);
        }
        int common = Math.max(2, (int) Math.ceil(rendered.topics().size() * COMMON));

        List<Entry> entries = new ArrayList<>();
        for (SectionView section : site.sections()) {
            String names = String.join(", ", section.topics().stream().map(TopicView::name).toList());
            entries.add(new Entry(section.title(), "", section.path(), section.topicCount() + " topics: " + names, List.of(), ""));
            // The topics' entries in parallel, kept in the section's order.
            entries.addAll(section.topics().parallelStream()
                    .map(topic -> entry(byPath.get(topic.path()), section.title(), topic.description(), pagesWithWord, common))
                    .toList());
        }
        for (FolderView folder : site.folders()) {
            entries.addAll(folder.items().parallelStream().filter(item -> item.kind().equals("document"))
                    .map(item -> entry(byPath.get(item.path()), folder.title(), "", pagesWithWord, common)).toList());
        }
        return new SearchIndex(entries);
    }

    private static Entry entry(RenderedTopic body, String section, String description, Map<String, Integer> pagesWithWord,
                               int common) {
        List<Heading> headings = body.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        List<String> kept = new ArrayList<>();
        body.words().forEach(w -> {
            if (pagesWithWord.get(w) < common) {
                kept.add(w);
            }
        });
        Collections.sort(kept);
        return new Entry(body.title(), section, body.topic().page().path(), description, headings, String.join(" ", withoutPrefixes(kept)));
    }

    /**
     * Drops each word that begins another ({@code load} beside {@code loading}): search matches a query
     * anywhere in a word, so the longer word answers every query the shorter one would.
     */
    private static List<String> withoutPrefixes(List<String> sorted) {
        List<String> kept = new ArrayList<>();
        String previous = null;
        for (int i = sorted.size() - 1; i >= 0; i--) {
            String word = sorted.get(i);
            if (previous == null || !previous.startsWith(word)) {
                kept.add(word);
            }
            previous = word;
        }
        Collections.reverse(kept);
        return kept;
    }
}
