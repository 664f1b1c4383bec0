package dev.skillsite.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every generated page promises, read from its HTML: its policy, its structure, its search box. */
class PageSafetyTest {
    @TempDir
    static Path temp;
    static ReadingSite site;
    static List<String> pages;

    @BeforeAll
    static void build() throws IOException {
        site = ReadingSite.build(temp);
        try (Stream<Path> walk = Files.walk(site.root())) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.root().relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void everyPageAllowsOnlyItsOwnScriptsAndStylesBeforeLoadingAny() throws IOException {
        for (String path : pages) {
            Document page = site.page(path);
            Element policy = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertNotNull(policy, path);
            String csp = policy.attr("content");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self';") && csp.contains("style-src 'self';"), csp);
            assertEquals(1, policy.elementSiblingIndex(), path + ": the policy comes right after <meta charset>");
        }
    }

    @Test
    void noPageHasInlineScriptStyleOrHandlersThePolicyWouldBlock() throws IOException {
        for (String path : pages) {
            Document page = site.page(path);
            // A JSON-LD data block is never run, so script-src does not apply to it; any other inline script would be blocked.
            assertTrue(page.select("script:not([src]):not([type=application/ld+json])").isEmpty(), path);
            assertTrue(page.select("style, [style]").isEmpty(), path);
            assertTrue(page.getAllElements().stream().noneMatch(e -> e.attributes().asList().stream()
                    .anyMatch(a -> a.getKey().startsWith("on"))), path);
        }
    }

    @Test
    void everyPageHasOneH1TheLandmarksAndASkipLinkToMain() throws IOException {
        for (String path : pages) {
            Document page = site.page(path);
            assertEquals(1, page.select("h1").size(), path);
            assertEquals(1, page.select("body > header").size(), path);
            assertEquals(1, page.select("main#content").size(), path);
            assertFalse(page.select("nav[aria-label]").isEmpty(), path);
            assertEquals(1, page.select("body > footer").size(), path);
            assertEquals("#content", page.selectFirst("body > a.skip-link").attr("href"), path);
        }
    }

    @Test
    void aTitleWithCodeReadsAsPlainTextInTheH1AndTheTitleBar() throws IOException {
        Document samples = site.page("core/samples.html");
        assertEquals("Code samples in fenced blocks", samples.selectFirst("h1").text());
        assertTrue(samples.title().startsWith("Code samples in fenced blocks · "), samples.title());
    }

    @Test
    void everyImageHasAltText() throws IOException {
        int images = 0;
        for (String path : pages) {
            for (Element image : site.page(path).select("img")) {
                images++;
                assertFalse(image.attr("alt").isBlank(), path + ": " + image);
            }
        }
        assertTrue(images > 0, "the fixture has an image");
    }

    @Test
    void everyPageHasTheSearchBoxWiredToItsResultList() throws IOException {
        for (String path : pages) {
            Document page = site.page(path);
            Element input = page.selectFirst("header [role=search] input#search-input[type=search]");
            assertNotNull(input, path);
            assertEquals("search-results", input.attr("aria-controls"));
            assertNotNull(page.selectFirst("label[for=search-input]"), path);
            assertNotNull(page.selectFirst("ul#search-results[role=listbox]"), path);
            assertTrue(page.select("script[src$=js/search.js]").size() == 1, path);
        }
    }
}
