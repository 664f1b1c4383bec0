package dev.skillsite.check;

import dev.skillsite.build.BuildOptions;
import dev.skillsite.build.SiteBuild;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page read with its repeated navigation taken from the cache lists the same ids and links, in the same order,
 * as a read of the whole page: on every page of a built site, and on pages where the navigation's surroundings,
 * its own text or the page's encoding would make a read of the navigation on its own say something else.
 */
class NavCacheTest {
    private static final Path PAGES = Path.of("src/test/resources/navs");

    @Test
    void everyPageOfABuiltSiteReadsAsAWholeReadDoesAndMostTakeTheirNavigationFromTheCache(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        new SiteBuild().run(new BuildOptions(Path.of("src/test/resources/skills/seed"), site, Path.of("."), "", "/", false));
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        NavCache navs = new NavCache();
        for (Path page : pages) {
            PageScanner.scan(Files.readAllBytes(page), page.toString(), navs, Parser.htmlParser()); // each navigation seen once
        }
        int spliced = 0;
        for (Path page : pages) {
            byte[] bytes = Files.readAllBytes(page);
            assertSameRead(PageScanner.scan(bytes, page.toString()), PageScanner.scan(bytes, page.toString(), navs, Parser.htmlParser()));
            spliced += navs.splice(bytes) == null ? 0 : 1;
        }
        assertTrue(pages.size() > 60, "pages: " + pages.size());
        assertTrue(spliced > pages.size() * 3 / 4, spliced + " of " + pages.size() + " pages took their navigation from the cache");
    }

    @Test
    void pagesThatMarkDifferentLinksAsThemselvesShareTheirNavigationsRead() throws IOException {
        NavCache navs = new NavCache();
        byte[] a = page("marked-a.html");
        byte[] b = page("marked-b.html");
        PageScanner.scan(a, "marked-a.html", navs, Parser.htmlParser());

        assertNotNull(navs.splice(b));
        assertSameRead(PageScanner.scan(b, "marked-b.html"), PageScanner.scan(b, "marked-b.html", navs, Parser.htmlParser()));
        assertSameRead(PageScanner.scan(a, "marked-a.html"), PageScanner.scan(a, "marked-a.html", navs, Parser.htmlParser()));
    }

    @Test
    void aNavigationShorterThanThePlaceLeftForItIsSplicedToo() throws IOException {
        byte[] page = "<!DOCTYPE html><title>t</title><nav><a href=a>a</a></nav><p id=x>text</p>".getBytes(StandardCharsets.UTF_8);
        NavCache navs = new NavCache();
        PageScanner.scan(page, "a.html", navs, Parser.htmlParser());

        CheckedPage read = PageScanner.scan(page, "a.html", navs, Parser.htmlParser());

        assertNotNull(navs.splice(page));
        assertSameRead(PageScanner.scan(page, "a.html"), read);
    }

    @Test
    void aPageThatNamesUtf8InAnyCaseIsSpliced() {
        byte[] page = ("<!DOCTYPE html><meta http-equiv=content-type content='text/html; CharSet = \"UTF-8\"'>"
                + "<nav><a href=a>a</a></nav>").getBytes(StandardCharsets.UTF_8);
        NavCache navs = new NavCache();
        navs.splice(page);

        assertNotNull(navs.splice(page));
    }

    @Test
    void aPageThatNamesAnotherCharsetAnywhereIsReadWithThePage() {
        for (String named : List.of("<meta charset=latin1>", "<meta content='text/html; CHARSET = iso-8859-1'>",
                "<p>charset=utf-16</p>", "<meta charset=utf-8x>")) {
            byte[] page = ("<!DOCTYPE html>" + named + "<nav><a href=a>a</a></nav>").getBytes(StandardCharsets.UTF_8);
            NavCache navs = new NavCache();
            navs.splice(page);

            assertNull(navs.splice(page), named);
        }
    }

    @Test
    void aPageWithAByteOrderMarkIsReadWithThePage() {
        byte[] text = "<!DOCTYPE html><nav><a href=a>a</a></nav>".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[text.length + 3];
        page[0] = (byte) 0xef;
        page[1] = (byte) 0xbb;
        page[2] = (byte) 0xbf;
        System.arraycopy(text, 0, page, 3, text.length);
        NavCache navs = new NavCache();
        navs.splice(page);

        assertNull(navs.splice(page));
    }

    @Test
    void aNavigationSeenOnceIsReadInPlace() throws IOException {
        byte[] a = page("marked-a.html");

        assertNull(new NavCache().splice(a));
    }

    @Test
    void aNavigationInsideALinkIsReadWithThePage() throws IOException {
        // The link around it is cloned into the navigation: a link the navigation's own read does not have.
        assertReadsAsAWhole("inside-a-link.html");
    }

    @Test
    void aNavigationThatLeavesALinkOpenIsReadWithThePage() throws IOException {
        // The open link is cloned into the paragraph after the navigation.
        assertReadsAsAWhole("left-open.html");
    }

    @Test
    void aNavigationWithAParseErrorIsReadWithThePage() throws IOException {
        // A second body tag lends its id to the body only if the body has none: the page's has one.
        assertReadsAsAWhole("body-tag.html");
    }

    @Test
    void aMarkInsideAnAttributesValueIsPartOfTheValue() throws IOException {
        NavCache navs = new NavCache();
        byte[] plain = page("mark-in-url-b.html");
        byte[] marked = page("mark-in-url-a.html");
        PageScanner.scan(plain, "b.html", navs, Parser.htmlParser());
        PageScanner.scan(plain, "b.html", navs, Parser.htmlParser());

        CheckedPage read = PageScanner.scan(marked, "a.html", navs, Parser.htmlParser());

        assertSameRead(PageScanner.scan(marked, "a.html"), read);
        assertEquals("odd.html aria-current=\"page\"", read.links().get(0).url());
    }

    @Test
    void aPageInAnotherEncodingIsReadWithThePage() throws IOException {
        assertReadsAsAWhole("latin1.html");
        assertEquals("café.html", PageScanner.scan(page("latin1.html"), "p", new NavCache(), Parser.htmlParser()).links().get(0).url());
    }

    @Test
    void aPageWhoseXmlDeclarationNamesAnotherEncodingIsReadWithThePage() throws IOException {
        assertReadsAsAWhole("xml-latin1.html");
    }

    /** Read twice through one cache, so the second read may take the navigation from it. */
    private static void assertReadsAsAWhole(String name) throws IOException {
        byte[] bytes = page(name);
        NavCache navs = new NavCache();
        PageScanner.scan(bytes, name, navs, Parser.htmlParser());
        assertSameRead(PageScanner.scan(bytes, name), PageScanner.scan(bytes, name, navs, Parser.htmlParser()));
    }

    private static byte[] page(String name) throws IOException {
        return Files.readAllBytes(PAGES.resolve(name));
    }

    private static void assertSameRead(CheckedPage whole, CheckedPage spliced) {
        assertEquals(whole.ids(), spliced.ids());
        assertEquals(whole.links(), spliced.links());
    }
}
