package dev.skillsite.markdown;

import dev.skillsite.site.SitePath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a topic's markdown copy lives and where the router's links lead from it. */
class MarkdownCopyTest {

    @Test
    void aTopicsCopySitsBesideItsPage() {
        assertEquals(new SitePath("architecture/event-loop.md"), MarkdownCopy.copyOf(new SitePath("architecture/event-loop.html")));
    }

    @Test
    void linksAreRewrittenForWhereTheCopyIsPlaced() {
        String text = "See [x](memory-eviction.md#tests) and [r](../SKILL.md) or [rules](../SKILL.md#critical-rules).";
        MarkdownCopy copy = new MarkdownCopy(text, List.of(
                span(text, "memory-eviction.md#tests", "memory/eviction.html", null, "tests"),
                span(text, "../SKILL.md)", "index.html", "llms.txt", null),
                span(text, "../SKILL.md#critical-rules", "index.html", "llms.txt", "critical-rules")));
        assertEquals("See [x](../memory/eviction.md#tests) and [r](../llms.txt) or [rules](../index.html#critical-rules).",
                copy.placedAt(new SitePath("architecture/event-loop.md")));
        assertEquals("See [x](memory/eviction.md#tests) and [r](llms.txt) or [rules](index.html#critical-rules).",
                copy.placedAt(new SitePath("llms-full.txt")));
    }

    @Test
    void aLinkToAnotherFileLeadsToTheFileAsPublished() {
        String text = "Run [fill](../scripts/fill.py).";
        MarkdownCopy copy = new MarkdownCopy(text, List.of(span(text, "../scripts/fill.py", "scripts/fill.py.html",
                "scripts/fill.py", null)));
        assertEquals("Run [fill](../scripts/fill.py).", copy.placedAt(new SitePath("guides/filling.md")));
    }

    @Test
    void aSkillsIndexIsBesideItsLandingPage() {
        assertEquals(new SitePath("llms.txt"), MarkdownCopy.llmsOf(new SitePath("index.html")));
        assertEquals(new SitePath("glide-mq/llms.txt"), MarkdownCopy.llmsOf(new SitePath("glide-mq/index.html")));
    }

    private static MarkdownCopy.Span span(String text, String url, String page, String file, String fragment) {
        String target = url.endsWith(")") ? url.substring(0, url.length() - 1) : url;
        int start = text.indexOf(url);
        return new MarkdownCopy.Span(start, start + target.length(), new SitePath(page), file == null ? null : new SitePath(file),
                fragment);
    }
}
