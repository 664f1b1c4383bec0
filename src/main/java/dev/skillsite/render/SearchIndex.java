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
import java.util.stream.Collectors;

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
        // Splitting bodies into words is most of the work and each page's alone: both cores share it.
        Map<String, Set<String>> wordsByPath = rendered.topics().parallelStream()
                .collect(Collectors.toConcurrentMap(t -> t.topic().page().path(), t -> words(t.text()), (a, b) -> b));
        Map<String, Integer> pagesWithWord = new HashMap<>();
        wordsByPath.values().forEach(words -> words.forEach(w -> pagesWithWord.merge(w, 1, Integer::sum)));
        Map<String, RenderedTopic> byPath = new HashMap<>();
        rendered.topics().forEach(t -> byPath.put(t.topic().page().path(), t));
        int common = Math.max(2, (int) Math.ceil(rendered.topics().size() * COMMON));

        List<Entry> entries = new ArrayList<>();
        for (SectionView section : site.sections()) {
            String names = String.join(", ", section.topics().stream().map(TopicView::name).toList());
            entries.add(new Entry(section.title(), "", section.path(), section.topicCount() + " topics: " + names, List.of(), ""));
            // The topics' entries in parallel, kept in the section's order.
            entries.addAll(section.topics().parallelStream().map(topic -> {
                RenderedTopic body = byPath.get(topic.path());
                List<Heading> headings = body.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
                TreeSet<String> kept = new TreeSet<>();
                wordsByPath.get(topic.path()).stream().filter(w -> pagesWithWord.get(w) < common).forEach(kept::add);
                return new Entry(topic.title(), section.title(), topic.path(), topic.description(), headings,
                        String.join(" ", withoutPrefixes(kept)));
            }).toList());
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

    /**
     * The distinct words of a text, lower case, in order of first use: runs of at least two letters, digits
     * or underscores ({@code [\p{L}\p{N}_]{2,}}, counted in code points), except runs of ASCII digits and
     * underscores alone. Written out rather than matched with a regular expression: at 10,000 pages the
     * expression was the largest cost of the index.
     */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int start = i;
            int codePoints = 0;
            boolean number = true;
            while (i < length) {
                int c = text.codePointAt(i);
                if (!isWordCharacter(c)) {
                    break;
                }
                number &= (c >= '0' && c <= '9') || c == '_';
                codePoints++;
                i += Character.charCount(c);
            }
            if (codePoints >= 2 && !number) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
            if (i == start) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return words;
    }

    /** {@code \p{L}}, {@code \p{N}} or {@code _}, as java.util.regex reads them (by Character.getType). */
    private static boolean isWordCharacter(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
