package dev.skillsite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's JSON-LD (schema.org): what it is, built as data, and written as text that a
 * {@code <script type="application/ld+json">} element holds safely. Values left empty (a URL where the
 * site's address is unknown, a description a page lacks) are left out rather than written empty.
 */
final class StructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One step of a breadcrumb trail: the name the page shows for it, and its page's URL. */
    record Crumb(String name, String url) {
    }

    private StructuredData() {
    }

    /** The site as a whole: what the landing page is, and what every other page is part of. */
    static Map<String, Object> webSite(String name, String description, String url) {
        Map<String, Object> site = thing("WebSite");
        put(site, "name", name);
        put(site, "description", description);
        put(site, "url", url);
        return site;
    }

    /** A page that is not an article, of a schema.org type such as {@code WebPage} or {@code CollectionPage}. */
    static Map<String, Object> webPage(String type, String name, String description, String url, Map<String, Object> site) {
        Map<String, Object> page = thing(type);
        put(page, "name", name);
        put(page, "description", description);
        put(page, "url", url);
        page.put("isPartOf", site);
        return page;
    }

    /**
     * A page of technical writing: its headline, description, the section it is in and its position
     * there (from 1; none where {@code position} is 0), and its URL.
     */
    static Map<String, Object> techArticle(String headline, String description, String section, int position, String url,
                                           Map<String, Object> site) {
        Map<String, Object> article = thing("TechArticle");
        put(article, "headline", headline);
        put(article, "description", description);
        put(article, "articleSection", section);
        if (position > 0) {
            article.put("position", position);
        }
        put(article, "url", url);
        article.put("isPartOf", site);
        return article;
    }

    /** A breadcrumb trail, first step first, each a {@code ListItem} at its position from 1. */
    static Map<String, Object> breadcrumbs(List<Crumb> crumbs) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> item = thing("ListItem");
            item.put("position", i + 1);
            put(item, "name", crumbs.get(i).name());
            put(item, "item", crumbs.get(i).url());
            items.add(item);
        }
        Map<String, Object> list = thing("BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    /**
     * The things as one JSON-LD document ({@code @graph}), on one line, ready to print inside a script
     * element: {@code <}, {@code >} and {@code &} are written as {@code \}{@code u003c} and so on, which
     * JSON reads as the same characters but an HTML parser can never take for {@code </script>} or
     * {@code <!--}. Empty when there is nothing to say.
     */
    static String write(List<Map<String, Object>> things) {
        if (things.isEmpty()) {
            return "";
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.put("@graph", things);
        try {
            return JSON.writeValueAsString(document).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always write as JSON", e);
        }
    }

    private static Map<String, Object> thing(String type) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        return thing;
    }

    private static void put(Map<String, Object> thing, String key, String value) {
        if (value != null && !value.isEmpty()) {
            thing.put(key, value);
        }
    }
}
