package dev.skillsite.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index of the reading fixture: search-index.js (the head), search-index/words-N.js (the words a
 * query can match), search-index/terms-N.js (terms with their weighted pages) and search-index/pages-N.js
 * (what results show), each a script handing its data on.
 */
class SearchIndexTest {
    private static final String PREFIX = "skillsiteSearch.receive(document.currentScript.src, ";
    private static final List<String> PAGES = List.of("core/index.html", "core/loop.html", "core/samples.html", "agents/index.html",
            "agents/router.html");
    @TempDir
    static Path temp;
    static ReadingSite site;
    static JsonNode head;
    static JsonNode pages;
    static List<JsonNode> shards = new ArrayList<>();
    static List<String> words = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        site = ReadingSite.build(temp);
        head = parse(site.read("search-index.js"));
        pages = parse(site.read("search-index/pages-0.js"));
        for (int i = 0; i < head.get("terms").size(); i++) {
            shards.add(parse(site.read("search-index/terms-" + i + ".js")));
        }
        for (int i = 0; i < head.get("words").size(); i++) {
            String shard = parse(site.read("search-index/words-" + i + ".js")).asText();
            assertEquals(head.get("words").get(i).asText(), shard.split(" ")[0], "the head names each shard's first word");
            words.addAll(Arrays.asList(shard.split(" ")));
        }
    }

    static JsonNode parse(String script) throws IOException {
        assertTrue(script.startsWith(PREFIX), script.substring(0, 40));
        assertTrue(script.endsWith(");\n") || script.endsWith(");"), script.substring(script.length() - 20));
        return new ObjectMapper().readTree(script.substring(PREFIX.length(), script.lastIndexOf(')')));
    }

    /** A term's weight on each page that has it, by the page's address. */
    private static Map<String, Integer> weights(String term) {
        Map<String, Integer> weights = new HashMap<>();
        for (JsonNode shard : shards) {
            JsonNode postings = shard.get(term);
            if (postings != null) {
                int page = 0;
                for (int i = 0; i < postings.size(); i += 2) {
                    page += postings.get(i).asInt();
                    weights.put(PAGES.get(page), postings.get(i + 1).asInt());
                }
            }
        }
        return weights;
    }

    @Test
    void theHeadNamesTheSkillAndCountsItsPagesAndShards() throws IOException {
        assertEquals("reading", head.get("skill").asText());
        assertEquals(PAGES.size(), head.get("pages").asInt());
        assertEquals(SearchIndex.PAGES_PER_FILE, head.get("pagesPerFile").asInt());
        try (Stream<Path> files = Files.list(site.root().resolve("search-index"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(head.get("terms").size(), names.stream().filter(n -> n.startsWith("terms-")).count());
            assertEquals(head.get("words").size(), names.stream().filter(n -> n.startsWith("words-")).count());
        }
    }

    @Test
    void resultsShowEachPageByItsNumberWithTitleSectionAddressAndDescription() {
        List<String> paths = new ArrayList<>();
        pages.forEach(p -> paths.add(p.get(2).asText()));
        assertEquals(PAGES, paths);
        JsonNode loop = pages.get(1);
        assertEquals("Event Loop", loop.get(0).asText());
        assertEquals("Core", loop.get(1).asText());
        assertEquals("The event loop and its sleep hooks", loop.get(3).asText());
    }

    @Test
    void headingsCarryTheIdsThePageReallyHas() throws Exception {
        List<List<String>> headings = new ArrayList<>();
        pages.get(1).get(4).forEach(h -> headings.add(List.of(h.get(0).asText(), h.get(1).asText())));
        assertEquals(List.of("Source map", "source-map"), headings.get(0));
        assertTrue(headings.contains(List.of("beforeSleep() and friends", "beforesleep-and-friends")), headings.toString());
        var page = site.page("core/loop.html");
        for (List<String> heading : headings) {
            assertFalse(page.select("article [id=" + heading.get(1) + "]").isEmpty(), heading.get(1));
        }
    }

    @Test
    void theWordsAQueryCanMatchAreSortedDistinctAndLowerCaseWithCodeNamesWholeAndInParts() {
        assertEquals(words.stream().sorted().distinct().toList(), words);
        assertTrue(words.containsAll(List.of("beforesleep", "before", "sleep", "reactor", "loop")), words.toString());
        assertTrue(words.stream().allMatch(w -> w.equals(w.toLowerCase())), words.toString());
        assertFalse(words.contains("the"), "a stop word");
    }

    @Test
    void termsAreStemmedAndEachShardHoldsTheTermsFromItsStartOn() {
        List<String> starts = new ArrayList<>();
        head.get("terms").forEach(s -> starts.add(s.asText()));
        for (int i = 0; i < shards.size(); i++) {
            List<String> terms = new ArrayList<>();
            shards.get(i).fieldNames().forEachRemaining(terms::add);
            assertEquals(starts.get(i), terms.get(0));
            assertEquals(terms.stream().sorted().toList(), terms);
            if (i + 1 < shards.size()) {
                assertTrue(terms.get(terms.size() - 1).compareTo(starts.get(i + 1)) < 0, terms + " runs into " + starts.get(i + 1));
            }
        }
        assertTrue(weights("hook").containsKey("core/loop.html"), "'hooks' is found by its stem");
        assertTrue(weights("hooks").isEmpty());
    }

    @Test
    void aWordInThePagesTitleWeighsMoreThanTheSameWordInAnotherPagesBody() {
        Map<String, Integer> loop = weights("loop");
        assertTrue(loop.get("core/loop.html") > loop.get("agents/router.html"), loop.toString());
    }

    @Test
    void aCodeNameIsIndexedWholeAndByItsParts() {
        assertTrue(weights("beforesleep").containsKey("core/loop.html"));
        assertTrue(weights("sleep").containsKey("core/loop.html"));
    }
}
