package dev.skillsite.markdown;

import dev.skillsite.skill.Skill;
import dev.skillsite.skill.SkillParser;
import dev.skillsite.skill.SkillSet;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page's first paragraph as plain text: what describes a page that has no description of its own. */
class FirstParagraphTest {
    private static final Markdown MARKDOWN = new Markdown(false);

    private static Map<String, String> summaries(String fixture) {
        return summaries(new SkillMarkdown(MARKDOWN, Set.of()).render(skill(fixture)));
    }

    private static Map<String, String> summaries(RenderedSkills rendered) {
        return rendered.skills().get(0).topics().stream().collect(Collectors.toMap(t -> t.topic().page().path(), RenderedTopic::summary));
    }

    private static Skill skill(String fixture) {
        return new SkillParser().parse(Path.of("src/test/resources/skills").resolve(fixture));
    }

    private static String firstParagraph(String markdown) {
        return SkillMarkdown.firstParagraph(MARKDOWN.parse(markdown).getFirstChild());
    }

    @Test
    void aTopicsSummaryIsItsFirstParagraphAfterTheTitle() {
        assertEquals("When you need the first thing.", summaries("minimal").get("alpha-things/one.html"));
    }

    @Test
    void inlineCodeReadsAsWrittenWithoutItsBackticks() {
        assertEquals("Read this before you touch beforeSleep().", summaries("reading").get("core/loop.html"));
    }

    @Test
    void linksReadAsTheirTextAndTheParagraphsLinesAsOneLine() {
        assertEquals("A form is a set of named fields. The field reference lists them; the grader says when a filled form is good enough.",
                summaries("files").get("forms.html"));
    }

    @Test
    void theFirstParagraphMayFollowAHeading() {
        assertEquals("Bars, lines and pies; each reads a range. See the reference.", summaries("no-router").get("charts.html"));
    }

    @Test
    void aPageWithoutAParagraphOfItsOwnHasNoSummary() {
        assertEquals("", firstParagraph("# Title\n\n- a list item\n\n> a quote\n\n```\ncode\n```\n\n| a |\n|---|\n| b |\n"));
    }

    @Test
    void imagesAreLeftOutAndAParagraphOfImagesOnlyIsPassedOver() {
        assertEquals("Text with an image.", firstParagraph("![logo](logo.png)\n\nText with ![a figure](fig.png) an image.\n"));
    }

    @Test
    void escapesAndEntitiesReadAsTheirCharactersButNotInsideCode() {
        assertEquals("Fish & *chips* and a\\*b.", firstParagraph("Fish &amp; \\*chips\\* and `a\\*b`.\n"));
    }

    @Test
    void aTopicFromTheCacheHasTheSummaryItWasRenderedWith() {
        SkillMarkdown stage = new SkillMarkdown(MARKDOWN, Set.of());
        SkillSet files = SkillSet.read(Path.of("src/test/resources/skills/files"));
        RenderedSkills first = stage.render(files, TopicCache.EMPTY);
        RenderedSkills again = stage.render(files, first.cache());
        assertEquals(first.skills().get(0).topics().size(), again.cached(), "every topic came from the cache");
        assertEquals(summaries(first), summaries(again));
    }
}
