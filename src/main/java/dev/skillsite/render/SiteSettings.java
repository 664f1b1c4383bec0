package dev.skillsite.render;

import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The site's settings, read from JBake's configuration ({@code jbake.properties} over JBake's defaults).
 *
 * @param title         {@code site.title}: the site's name; the skill's title when empty
 * @param baseUrl       {@code site.host}: the published URL, for {@code sitemap.xml}; may be empty
 * @param repositoryUrl {@code site.repository}: where the skill's markdown lives, for "edit this page" links; may be empty
 * @param rawHtml       {@code markdown.raw.html}: let raw HTML in markdown through instead of escaping it
 */
public record SiteSettings(String title, String baseUrl, String repositoryUrl, boolean rawHtml) {

    public static SiteSettings from(JBakeConfiguration config) {
        return new SiteSettings(text(config, "site.title"), withSlash(text(config, "site.host")),
                withoutSlash(text(config, "site.repository")), Boolean.parseBoolean(text(config, "markdown.raw.html")));
    }

    private static String text(JBakeConfiguration config, String key) {
        Object value = config.get(key);
        return value == null ? "" : String.valueOf(value).trim();
    }

    private static String withSlash(String url) {
        return url.isEmpty() || url.endsWith("/") ? url : url + "/";
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
