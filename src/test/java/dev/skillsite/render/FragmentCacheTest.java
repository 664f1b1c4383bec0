package dev.skillsite.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shared part of pages: rendered once per key, with the link to each page marked on that page. */
class FragmentCacheTest {
    private static final String NAV = "<a href=\"../a/index.html\">A</a><a href=\"../a/one.html\">One</a><a href=\"../a/one.html\">One again</a>";

    @Test
    void marksTheFirstLinkToTheCurrentPage() {
        assertEquals("<a href=\"../a/index.html\">A</a><a href=\"../a/one.html\" aria-current=\"page\">One</a>"
                + "<a href=\"../a/one.html\">One again</a>", FragmentCache.marked(NAV, "../a/one.html"));
    }

    @Test
    void leavesTheFragmentAsItIsWhenThePageIsNotLinkedFromIt() {
        assertEquals(NAV, FragmentCache.marked(NAV, "../a/two.html"));
    }

    @Test
    void matchesTheCurrentAddressAsTheTemplateEscapedIt() {
        String fragment = "<a href=\"r&amp;d.html\">R&amp;D</a>";
        assertEquals("<a href=\"r&amp;d.html\" aria-current=\"page\">R&amp;D</a>", FragmentCache.marked(fragment, "r&d.html"));
    }

    @Test
    void matchesWholeAddressesOnly() {
        // "one.html" is the end of "../a/one.html" but not the address the link holds.
        assertEquals(NAV, FragmentCache.marked(NAV, "one.html"));
    }

    @Test
    void rendersItsBodyOncePerKeyAndMarksEachPage() throws Exception {
        FragmentCache cache = oneBuild();
        AtomicInteger renders = new AtomicInteger();
        String template = "<@cached key=section current=page>${count()}<#list links as l><a href=\"${l}\">${l}</a></#list></@cached>";
        List<String> links = List.of("a/one.html", "a/two.html");
        String one = render(template, cache, renders, "a", "a/one.html", links);
        String two = render(template, cache, renders, "a", "a/two.html", List.of("the body is not rendered again"));
        String other = render(template, cache, renders, "b", "a/two.html", links);
        assertEquals("1<a href=\"a/one.html\" aria-current=\"page\">a/one.html</a><a href=\"a/two.html\">a/two.html</a>", one);
        assertEquals("1<a href=\"a/one.html\">a/one.html</a><a href=\"a/two.html\" aria-current=\"page\">a/two.html</a>", two);
        assertEquals("2<a href=\"a/one.html\">a/one.html</a><a href=\"a/two.html\" aria-current=\"page\">a/two.html</a>", other);
        assertEquals(2, renders.get());
    }

    @Test
    void writesTheBodyUnmarkedWithoutACurrentPage() throws Exception {
        String out = render("<@cached key=\"k\"><a href=\"x.html\">x</a></@cached>", oneBuild(), new AtomicInteger(),
                "", "", List.of());
        assertEquals("<a href=\"x.html\">x</a>", out);
    }

    @Test
    void needsAKey() {
        String message = failureOf("<@cached current=page>x</@cached>");
        assertTrue(message.contains("cached needs a key"), message);
    }

    @Test
    void refusesAParameterItDoesNotKnow() {
        String message = failureOf("<@cached key=\"k\" curent=page>x</@cached>");
        assertTrue(message.contains("not curent"), message);
    }

    @Test
    void aPreviewsNextBuildTakesTheLastBuildsFragmentUnderTheSameTemplatesAndSite() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        String again = nextBuild("<@cached key=section current=page>${count()}<a href=\"a/one.html\">One</a></@cached>",
                "templates and site", "templates and site", renders);
        assertEquals("1<a href=\"a/one.html\" aria-current=\"page\">One</a>", again);
        assertEquals(1, renders.get());
    }

    @Test
    void aBuildUnderOtherTemplatesOrAnotherSiteRendersTheFragmentAgain() throws Exception {
        String again = nextBuild("<@cached key=section current=page>${count()}</@cached>", "templates and site",
                "other templates and site", new AtomicInteger());
        assertEquals("2", again);
    }

    @Test
    void anErrorInTheBodyIsTheTemplatesError() {
        String message = failureOf("<@cached key=\"k\">${noSuchThing}</@cached>");
        assertTrue(message.contains("noSuchThing"), message);
    }

    /** The page {@code template} renders in a preview's next build under {@code next}, after one under {@code first}. */
    private static String nextBuild(String template, String first, String next, AtomicInteger renders) throws IOException, TemplateException {
        TextCache last = new TextCache(Map.of(), true);
        render(template, new FragmentCache(last, first), renders, "a", "a/one.html", List.of());
        return render(template, new FragmentCache(new TextCache(last.kept(), true), next), renders, "a", "a/one.html", List.of());
    }

    /** The message of the template error rendering {@code template} in one build throws. */
    private static String failureOf(String template) {
        return assertThrows(TemplateException.class, () -> render(template, oneBuild(), new AtomicInteger(), "", "x.html", List.of()))
                .getMessage();
    }

    /** A cache for one build from the command line, which hands nothing on. */
    private static FragmentCache oneBuild() {
        return new FragmentCache(new TextCache(Map.of(), false), "templates and site");
    }

    private static String render(String source, FragmentCache cache, AtomicInteger renders, String section, String page,
                                 List<String> links) throws IOException, TemplateException {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setOutputFormat(freemarker.core.HTMLOutputFormat.INSTANCE);
        Template template = new Template("nav.ftl", new StringReader(source), config);
        Map<String, Object> model = new HashMap<>();
        model.put("cached", cache);
        model.put("section", section);
        model.put("page", page);
        model.put("links", links);
        model.put("count", (TemplateMethodModelEx) args -> renders.incrementAndGet());
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }
}
