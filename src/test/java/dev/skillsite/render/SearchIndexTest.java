package dev.skillsite.render;

import dev.skillsite.build.BuildOptions;
import dev.skillsite.build.SiteBuild;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** search-index.js: a script assigning the index, with what ranks (titles, headings) and what matches (body words). */
class SearchIndexTest {
    private static final String PREFIX = "window.skillsiteSearch = ";
    @TempDir
    static Path temp;
    static ReadingSite site;
    static JSONArray index;

    @BeforeAll
    static void build() throws Exception {
        site = ReadingSite.build(temp);
        index = parse(site.read("search-index.js"));
    }

    static JSONArray parse(String script) throws Exception {
        assertTrue(script.startsWith(PREFIX), script.substring(0, 40));
        return (JSONArray) new JSONParser().parse(script.substring(PREFIX.length(), script.lastIndexOf(';')));
    }

    private static JSONObject entry(String path) {
        return (JSONObject) index.stream().filter(e -> ((JSONObject) e).get("u").equals(path)).findFirst().orElseThrow();
    }

    @Test
    void holdsEverySectionAndTopicPageByItsAddressFromTheRoot() {
        List<Object> paths = index.stream().map(e -> ((JSONObject) e).get("u")).toList();
        assertEquals(List.of("core/index.html", "core/loop.html", "core/samples.html", "agents/index.html", "agents/router.html"), paths);
        JSONObject loop = entry("core/loop.html");
        assertEquals("Event Loop", loop.get("t"));
        assertEquals("Core", loop.get("s"));
        assertEquals("The event loop and its sleep hooks", loop.get("d"));
    }

    @Test
    void headingsCarryTheIdsThePageReallyHas() throws Exception {
        JSONArray headings = (JSONArray) entry("core/loop.html").get("h");
        assertEquals(List.of("Source map", "source-map"), headings.get(0));
        assertTrue(headings.contains(List.of("beforeSleep() and friends", "beforesleep-and-friends")), headings.toString());
        var page = site.page("core/loop.html");
        for (Object heading : headings) {
            String id = (String) ((List<?>) heading).get(1);
            assertFalse(page.select("article [id=" + id + "]").isEmpty(), id);
        }
    }

    @Test
    void theBodyIsKeptAsSortedDistinctLowerCaseWordsWithoutPrefixesOfOthers() {
        String words = (String) entry("core/loop.html").get("w");
        List<String> list = Arrays.asList(words.split(" "));
        assertEquals(list.stream().sorted().distinct().toList(), list);
        assertTrue(list.contains("beforesleep"), words);
        assertTrue(list.contains("reactor"), words);
        assertFalse(list.contains("before"), words);
        assertTrue(list.stream().noneMatch(w -> !w.equals(w.toLowerCase())), words);
    }

    @Test
    void theContentIndexStaysSmall() throws Exception {
        Path out = temp.resolve("content-site");
        new SiteBuild().run(BuildOptions.defaults().withContent(Path.of("content")).withOut(out).withProject(Path.of(".")));
        long bytes = Files.size(out.resolve("search-index.js"));
        long text = Files.walk(Path.of("content")).filter(p -> p.toString().endsWith(".md")).mapToLong(p -> p.toFile().length()).sum();
        System.out.printf("search-index.js for content/: %d bytes, %d%% of its %d bytes of markdown%n", bytes, bytes * 100 / text, text);
        assertTrue(bytes < text / 2, bytes + " bytes");
        JSONArray content = parse(Files.readString(out.resolve("search-index.js")));
        Set<Object> addresses = new HashSet<>();
        content.forEach(e -> addresses.add(((JSONObject) e).get("u")));
        assertEquals(content.size(), addresses.size(), "one entry per page");
    }
}
