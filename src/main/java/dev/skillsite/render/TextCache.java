package dev.skillsite.render;

import dev.skillsite.cache.KeyedText;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Texts one build's pages are made of, by key, handed on to the next build of a preview server
 * ({@link PageCache#texts()}): {@code llms-full.txt} holds every topic's markdown placed at its own address,
 * and an edit changes one of them, yet the file is written whole; every page shows the navigation, which an
 * edit of a topic's body leaves as it was, yet the one page written renders it. A text is made only when a
 * page asks for it and the last build left none under its key. A build that is not to keep its texts (one from
 * the command line, whose cache file holds none) makes each text when asked, and holds on to none: its heap
 * would carry every topic's text a second time.
 */
final class TextCache {
    private final Map<String, String> last;
    private final boolean keeping;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Map<String, String> made = new ConcurrentHashMap<>();

    /**
     * @param last    what the last build kept
     * @param keeping whether to keep this build's texts for the next
     */
    TextCache(Map<String, String> last, boolean keeping) {
        this.last = last;
        this.keeping = keeping;
    }

    /** The text under {@code key}: the last build's, else made by {@code text} the first time it is asked for. */
    KeyedText text(String key, Supplier<String> text) {
        if (!keeping) {
            return KeyedText.of(key, text);
        }
        used.add(key);
        return KeyedText.of(key, () -> made.computeIfAbsent(key, k -> {
            String before = last.get(k);
            return before != null ? before : text.get();
        }));
    }

    /**
     * The text under {@code key} at once: the last build's, else made by {@code text} now; for a text made while a
     * page is rendered, such as a navigation shared by many pages ({@link FragmentCache}).
     */
    String now(String key, Supplier<String> text) {
        return text(key, text).text();
    }

    /**
     * What the next build starts from: the text of each key this build used, as this build or the last made it;
     * nothing from a cache that does not keep its texts, which notes no key.
     */
    Map<String, String> kept() {
        Map<String, String> kept = new HashMap<>();
        for (String key : used) {
            String text = made.getOrDefault(key, last.get(key));
            if (text != null) {
                kept.put(key, text);
            }
        }
        return kept;
    }
}
