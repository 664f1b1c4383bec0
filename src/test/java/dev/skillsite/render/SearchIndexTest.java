package dev.skillsite.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** search-index.js: a script assigning the index, with what ranks (titles, headings) and what matches (body words). */
class SearchIndexTest {
    private static final String PREFIX = "window.skillsiteSearch = ";
    @TempDir
    static Path temp;
    static ReadingSite site;
    static JsonNode index;

    @BeforeAll
    static void build() throws Exception {
        site = ReadingSite.build(temp);
        index = parse(site.read("search-index.js"));
    }

    static JsonNode parse(String script) throws Exception {
        assertTrue(script.startsWith(PREFIX), script.substring(0, 40));
        return new ObjectMapper().readTree(script.substring(PREFIX.length(), script.lastIndexOf(';')));
    }

    private static JsonNode entry(String path) {
        for (JsonNode e : index) {
            if (e.get("u").asText().equals(path)) {
                return e;
            }
        }
        throw new AssertionError("no entry for " + path);
    }

    @Test
    void holdsEverySectionAndTopicPageByItsAddressFromTheRoot() {
        List<String> paths = new ArrayList<>();
        index.forEach(e -> paths.add(e.get("u").asText()));
        assertEquals(List.of("core/index.html", "core/loop.html", "core/samples.html", "agents/index.html", "agents/router.html"), paths);
        JsonNode loop = entry("core/loop.html");
        assertEquals("Event Loop", loop.get("t").asText());
        assertEquals("Core", loop.get("s").asText());
        assertEquals("The event loop and its sleep hooks", loop.get("d").asText());
    }

    @Test
    void headingsCarryTheIdsThePageReallyHas() throws Exception {
        List<List<String>> headings = new ArrayList<>();
        entry("core/loop.html").get("h").forEach(h -> headings.add(List.of(h.get(0).asText(), h.get(1).asText())));
        assertEquals(List.of("Source map", "source-map"), headings.get(0));
        assertTrue(headings.contains(List.of("beforeSleep() and friends", "beforesleep-and-friends")), headings.toString());
        var page = site.page("core/loop.html");
        for (List<String> heading : headings) {
            assertFalse(page.select("article [id=" + heading.get(1) + "]").isEmpty(), heading.get(1));
        }
    }

    @Test
    void theBodyIsKeptAsSortedDistinctLowerCaseWordsWithoutPrefixesOfOthers() {
        String words = entry("core/loop.html").get("w").asText();
        List<String> list = Arrays.asList(words.split(" "));
        assertEquals(list.stream().sorted().distinct().toList(), list);
        assertTrue(list.contains("beforesleep"), words);
        assertTrue(list.contains("reactor"), words);
        assertFalse(list.contains("before"), words);
        assertTrue(list.stream().noneMatch(w -> !w.equals(w.toLowerCase())), words);
    }
}
