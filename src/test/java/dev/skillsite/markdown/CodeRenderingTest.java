package dev.skillsite.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Code in the markdown flavour: fenced blocks highlighted at build time, source paths linked, on flexmark's AST. */
class CodeRenderingTest {
    private static final Path FIXTURE = Path.of("src/test/resources/skills/reading/reference");
    private static final Markdown MARKDOWN = new Markdown(false, SourceLinksTest.VALKEY);
    static Document samples;
    static Document loop;
    static String samplesSource;

    @BeforeAll
    static void render() throws IOException {
        samplesSource = Files.readString(FIXTURE.resolve("core-samples.md"));
        samples = Jsoup.parse(MARKDOWN.render(MARKDOWN.parse(samplesSource)));
        loop = Jsoup.parse(MARKDOWN.render(MARKDOWN.parse(Files.readString(FIXTURE.resolve("core-loop.md")))));
    }

    @Test
    void fencedCCodeIsColouredWithTokenSpans() {
        Element code = samples.selectFirst("pre > code.language-c");
        assertEquals("/* a comment */", code.selectFirst("span.tok-comment").text());
        assertEquals("#include", code.selectFirst("span.tok-meta").text());
        assertEquals(List.of("static", "return"), code.select("span.tok-keyword").eachText());
        assertEquals(List.of("int", "void"), code.select("span.tok-type").eachText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh", "tcl", "rust", "lua", "conf"})
    void everyLanguageTheReferenceUsesIsColoured(String language) {
        Element code = samples.selectFirst("pre > code.language-" + language);
        assertNotNull(code, language);
        assertFalse(code.select("span[class^=tok-]").isEmpty(), code.outerHtml());
    }

    @Test
    void highlightingKeepsTheCodeExactlyAsWritten() {
        String c = samplesSource.substring(samplesSource.indexOf("```c\n") + 5, samplesSource.indexOf("```", samplesSource.indexOf("```c\n") + 5));
        assertEquals(c, samples.selectFirst("pre > code.language-c").wholeText());
    }

    @Test
    void textBlocksAreEscapedAndNotColoured() {
        Element text = samples.selectFirst("pre > code.language-text");
        assertEquals("<not> highlighted & escaped\n", text.wholeText());
        assertTrue(text.children().isEmpty(), text.outerHtml());
    }

    @Test
    void inlineCodeNamingARepositoryFileLinksToIt() {
        Element ae = loop.selectFirst("a.source[href$=src/ae.c]");
        assertEquals("https://github.com/valkey-io/valkey/blob/unstable/src/ae.c", ae.attr("href"));
        assertEquals("src/ae.c", ae.selectFirst("> code").text());
        assertEquals(List.of("src/ae.c", "src/ae.c:123", "src/ae.c:10-20", "src/server.h", "tests/unit/expire.tcl",
                "tests/unit/", "valkey.conf"), loop.select("a.source > code").eachText());
    }

    @Test
    void inlineCodeThatIsNoRepositoryPathStaysPlainCode() {
        for (String code : List.of("src/*.c", "src/commands/<name>.json", "src/valkey-server", "Makefile", "aeMain()")) {
            Element element = loop.select("code").stream().filter(e -> e.text().equals(code)).findFirst().orElseThrow();
            assertEquals("li", element.parent().tagName(), code);
        }
    }

    @Test
    void codeAlreadyInsideALinkKeepsThatLinkAndNoAnchorIsNested() {
        assertEquals("https://example.org/ae", loop.select("a:has(> code)").last().attr("href"));
        assertTrue(loop.select("a a").isEmpty());
    }

    @Test
    void headingPermalinksFollowTheTextAndHaveANameForScreenReaders() {
        Element heading = loop.selectFirst("h2#source-map");
        assertEquals("a", heading.child(heading.childrenSize() - 1).tagName());
        assertEquals("Source map", heading.ownText());
        assertEquals("Permalink", heading.selectFirst("a.permalink").attr("aria-label"));
    }

    @Test
    void rawHtmlIsEscapedUnlessTheSiteAllowsIt() {
        assertTrue(loop.select("article script, script").isEmpty());
        assertTrue(loop.text().contains("<script>alert(\"raw html\")</script>"));
    }
}
