package dev.skillsite.check;

import dev.skillsite.site.SourceLine;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How one page's URLs are read: the attribute grammars of the HTML spec, and where each link came from. */
class PageScannerTest {

    @Test
    void oneParserReadsPageAfterPageAsANewParserForEachDoes() throws IOException {
        // Every fixture page, in one order: custom elements, tables, foreign content and other encodings included.
        List<Path> pages;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources/check")), Files.walk(Path.of("src/test/resources/navs")))) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        Parser parser = Parser.htmlParser();
        NavCache navs = new NavCache();
        NavCache navsOfNewParsers = new NavCache();
        for (int round = 0; round < 2; round++) { // the second round splices the navigations the first one met
            for (Path page : pages) {
                byte[] bytes = Files.readAllBytes(page);
                CheckedPage kept = PageScanner.scan(bytes, page.toString(), navs, parser);
                CheckedPage fresh = PageScanner.scan(bytes, page.toString(), navsOfNewParsers, Parser.htmlParser());
                assertEquals(fresh.ids(), kept.ids(), page.toString());
                assertEquals(fresh.links(), kept.links(), page.toString());
            }
        }
        assertTrue(pages.size() > 40, "pages: " + pages.size());
    }

    @Test
    void aSrcsetUrlRunsToWhitespaceSoItMayHoldCommas() {
        assertEquals(List.of("img,small.png", "large.png"), PageScanner.srcset("img,small.png 1x, large.png 2x"));
    }

    @Test
    void srcsetCandidatesWithoutDescriptorsAreSplitAtCommas() {
        assertEquals(List.of("a.png", "b.png"), PageScanner.srcset("a.png, b.png,"));
    }

    @Test
    void srcsetDescriptorsEndAtACommaOutsideParentheses() {
        assertEquals(List.of("a.png", "b.png"), PageScanner.srcset("a.png 100w (x, y),b.png 200w"));
    }

    @Test
    void aRefreshNamesItsUrlAfterTheDelay() {
        assertEquals("next.html", PageScanner.refreshUrl("0; url=next.html"));
        assertEquals("next.html#top", PageScanner.refreshUrl("5;URL = 'next.html#top'"));
        assertEquals("next.html", PageScanner.refreshUrl("1, next.html"));
    }

    @Test
    void aRefreshWithADelayOnlyReloadsThePage() {
        assertNull(PageScanner.refreshUrl("30"));
    }

    @Test
    void aDataSourceThatIsNotFileAndLineIsSomeoneElsesAndIgnored(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("index.html");
        Files.writeString(page, """
                <a href="a.html" data-source="reference/a.md:7">a</a>
                <a href="b.html" data-source="twitter">b</a>
                """);

        List<SourceLine> sources = PageScanner.scan(page, "index.html").links().stream().map(LinkReference::source).toList();

        assertEquals(Arrays.asList(new SourceLine("reference/a.md", 7), null), sources);
    }

    @Test
    void resourceHintsNameAnOriginNotALink(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("index.html");
        Files.writeString(page, """
                <link rel="preconnect" href="https://fonts.example.org">
                <link rel="dns-prefetch" href="//cdn.example.org">
                <link rel="stylesheet" href="site.css">
                """);

        assertEquals(List.of("site.css"), PageScanner.scan(page, "index.html").links().stream().map(LinkReference::url).toList());
    }

    @Test
    void idsAndAnchorNamesAreFragmentTargets(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("index.html");
        Files.writeString(page, "<h2 id=\"usage\">Usage</h2><a name=\"legacy\"></a><span name=\"not-an-anchor\"></span>");

        assertEquals(java.util.Set.of("usage", "legacy"), PageScanner.scan(page, "index.html").ids());
    }
}
