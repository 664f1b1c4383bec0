package dev.skillsite.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillsite.render.StructuredData.Crumb;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON-LD as data, written as text a script element holds safely. */
class StructuredDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> SITE = StructuredData.webSite("Skills", "", "https://example.org/");

    private static JsonNode read(String jsonLd) throws Exception {
        return JSON.readTree(jsonLd);
    }

    @Test
    void thingsAreWrittenAsOneSchemaOrgGraph() throws Exception {
        JsonNode document = read(StructuredData.write(List.of(SITE, StructuredData.breadcrumbs(List.of()))));
        assertEquals("https://schema.org", document.get("@context").asText());
        assertEquals(2, document.get("@graph").size());
        assertEquals("WebSite", document.get("@graph").get(0).get("@type").asText());
        assertEquals("BreadcrumbList", document.get("@graph").get(1).get("@type").asText());
    }

    @Test
    void anArticleHasItsHeadlineDescriptionSectionPositionAndUrl() throws Exception {
        JsonNode article = read(StructuredData.write(List.of(StructuredData.techArticle("Event Loop", "The reactor.",
                "Architecture", 2, "https://example.org/architecture/event-loop.html", SITE)))).get("@graph").get(0);
        assertEquals("TechArticle", article.get("@type").asText());
        assertEquals("Event Loop", article.get("headline").asText());
        assertEquals("The reactor.", article.get("description").asText());
        assertEquals("Architecture", article.get("articleSection").asText());
        assertEquals(2, article.get("position").asInt());
        assertEquals("https://example.org/architecture/event-loop.html", article.get("url").asText());
        assertEquals("Skills", article.get("isPartOf").get("name").asText());
    }

    @Test
    void emptyValuesAreLeftOutRatherThanWrittenEmpty() throws Exception {
        JsonNode article = read(StructuredData.write(List.of(StructuredData.techArticle("Forms", "", "", 0, "", SITE))))
                .get("@graph").get(0);
        List<String> keys = JSON.convertValue(article, Map.class).keySet().stream().map(String::valueOf).toList();
        assertEquals(List.of("@type", "headline", "isPartOf"), keys);
    }

    @Test
    void breadcrumbItemsCountFromOneInTheirOrder() throws Exception {
        JsonNode items = read(StructuredData.write(List.of(StructuredData.breadcrumbs(List.of(
                new Crumb("Home", "https://example.org/"), new Crumb("Guides", "https://example.org/guides/"))))))
                .get("@graph").get(0).get("itemListElement");
        assertEquals(2, items.size());
        assertEquals("ListItem", items.get(0).get("@type").asText());
        assertEquals(1, items.get(0).get("position").asInt());
        assertEquals("Guides", items.get(1).get("name").asText());
        assertEquals("https://example.org/guides/", items.get(1).get("item").asText());
    }

    @Test
    void noTextCanEndTheScriptElementOrOpenAComment() throws Exception {
        String hostile = "</script><script>alert(1)</script> <!-- a & b > c";
        String written = StructuredData.write(List.of(StructuredData.techArticle(hostile, "", "", 0, "", SITE)));
        assertFalse(written.contains("<") || written.contains(">") || written.contains("&"), written);
        assertTrue(written.contains("\\u003c/script\\u003e"), written);
        assertEquals(hostile, read(written).get("@graph").get(0).get("headline").asText(), "JSON reads the same text back");
    }

    @Test
    void nothingToSayIsNoDocument() {
        assertEquals("", StructuredData.write(List.of()));
    }
}
