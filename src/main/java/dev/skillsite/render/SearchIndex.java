package dev.skillsite.render;

import dev.skillsite.markdown.Heading;
import dev.skillsite.markdown.RenderedSkill;
import dev.skillsite.markdown.RenderedTopic;
import dev.skillsite.render.Views.SectionView;
import dev.skillsite.render.Views.SiteView;
import dev.skillsite.render.Views.TopicView;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the site's search reads, built once per build and written by {@code search-index.ftl} as a script
 * that assigns a global, so it loads from {@code file://} where a {@code fetch} of JSON would be refused.
 * Each page keeps what ranks and what shows: title, section, address, description and h2/h3 headings
 * with their ids; its body is kept only as the distinct words a query can match, lower case, sorted,
 * without the words most pages share, which keeps the index a fraction of the text it covers.
 */
public record SearchIndex(List<Entry> entries) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]{2,}");
    private static final Pattern NUMBER = Pattern.compile("[0-9_]+");
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
        Map<String, RenderedTopic> byPath = new HashMap<>();
        rendered.topics().forEach(t -> byPath.put(t.topic().page().path(), t));
        Map<String, Set<String>> wordsByPath = new HashMap<>();
        Map<String, Integer> pagesWithWord = new HashMap<>();
        for (RenderedTopic topic : rendered.topics()) {
            Set<String> words = words(topic.text());
            wordsByPath.put(topic.topic().page().path(), words);
            words.forEach(w -> pagesWithWord.merge(w, 1, Integer::sum));
        }
        int common = Math.max(2, (int) Math.ceil(rendered.topics().size() * COMMON));

        List<Entry> entries = new ArrayList<>();
        for (SectionView section : site.sections()) {
            String names = String.join(", ", section.topics().stream().map(TopicView::name).toList());
            entries.add(new Entry(section.title(), "", section.path(), section.topicCount() + " topics: " + names, List.of(), ""));
            for (TopicView topic : section.topics()) {
                RenderedTopic body = byPath.get(topic.path());
                List<Heading> headings = body.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
                TreeSet<String> kept = new TreeSet<>();
                wordsByPath.get(topic.path()).stream().filter(w -> pagesWithWord.get(w) < common).forEach(kept::add);
                entries.add(new Entry(topic.title(), section.title(), topic.path(), topic.description(), headings,
                        String.join(" ", withoutPrefixes(kept))));
            }
        }
        return new SearchIndex(entries);
    }

    /**
     * Drops each word that begins another ({@code load} beside {@code loading}): search matches a query
     * anywhere in a word, so the longer word answers every query the shorter one would.
     */
    private static List<String> withoutPrefixes(TreeSet<String> sorted) {
        List<String> kept = new ArrayList<>();
        String previous = null;
        for (String word : sorted.descendingSet()) {
            if (previous == null || !previous.startsWith(word)) {
                kept.add(word);
            }
            previous = word;
        }
        Collections.reverse(kept);
        return kept;
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!NUMBER.matcher(word).matches()) {
                words.add(word);
            }
        }
        return words;
    }
}
