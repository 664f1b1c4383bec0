package dev.skillsite.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** llms.txt, llms-full.txt and each topic's markdown beside its page: what an agent fetches instead of HTML. */
class AgentFilesTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    @TempDir
    static Path temp;
    static ReadingSite site;

    @BeforeAll
    static void build() {
        site = ReadingSite.build(temp);
    }

    @Test
    void llmsTxtHasTheSkillNameTheDescriptionAsSummaryAndASectionPerSubsystem() throws IOException {
        List<String> lines = site.read("llms.txt").lines().toList();
        assertEquals("# reading", lines.get(0));
        assertEquals("> A skill that exercises the reading experience: search, page contents, source links, "
                + "highlighted code and the files for agents.", lines.get(2));
        assertEquals(List.of("## Core", "## Agents"), lines.stream().filter(l -> l.startsWith("## ")).toList());
        assertTrue(lines.contains("- [Event Loop](core/loop.md): The event loop and its sleep hooks"), lines.toString());
        assertTrue(lines.contains("- [Router Links](agents/router.md): Links back to the router"), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("# ")).count());
    }

    @Test
    void everyLinkOfTheAgentFilesLeadsToAFileOfTheSite() throws IOException {
        for (String file : List.of("llms.txt", "llms-full.txt", "core/loop.md", "core/samples.md", "agents/router.md")) {
            Path dir = site.root().resolve(file).getParent();
            for (String href : links(site.read(file))) {
                if (href.startsWith("https:")) {
                    continue;
                }
                Path target = dir.resolve(href.replaceFirst("#.*", "")).normalize();
                assertTrue(Files.isRegularFile(target), file + " links to " + href + ", which is not in the site");
            }
        }
    }

    @Test
    void aTopicsMarkdownSitsBesideItsPageWithLinksToTheOtherCopies() throws IOException {
        String router = site.read("agents/router.md");
        assertEquals(List.of("../index.html#critical-rules", "../llms.txt", "../core/loop.md#how-it-works", "https://valkey.io/"),
                links(router));
        String source = Files.readString(ReadingSite.CONTENT.resolve("reference/agents-router.md"));
        assertEquals(source.replaceAll("\\]\\([^)]*\\)", "]()"), router.replaceAll("\\]\\([^)]*\\)", "]()"),
                "only link targets change");
    }

    @Test
    void llmsFullHoldsEveryTopicInSiteOrderWithLinksFromTheRoot() throws IOException {
        String full = site.read("llms-full.txt");
        assertTrue(full.startsWith("# reading\n\n> A skill"), full.substring(0, 40));
        int loop = full.indexOf("\n# Event Loop\n");
        int samples = full.indexOf("\n# Code samples in `fenced` blocks\n");
        int router = full.indexOf("\n# Router Links\n");
        assertTrue(0 < loop && loop < samples && samples < router, "topics in the order of the router's tables");
        assertTrue(links(full).containsAll(List.of("core/samples.md#c", "index.html#critical-rules", "llms.txt")), links(full).toString());
    }

    @Test
    void aTopicPageNamesItsMarkdownAndEveryPageLinksToLlmsTxt() throws IOException {
        var page = site.page("core/loop.html");
        assertEquals("../core/loop.md", page.selectFirst("link[rel=alternate][type=text/markdown]").attr("href"));
        assertEquals("../core/loop.md", page.selectFirst(".page-source a").attr("href"));
        assertEquals("../llms.txt", page.selectFirst("footer a[href$=llms.txt]").attr("href"));
        assertEquals("llms.txt", site.page("index.html").selectFirst("footer a[href$=llms.txt]").attr("href"));
    }

    private static List<String> links(String markdown) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(markdown);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }
}
