package dev.skillsite.render;

import dev.skillsite.markdown.SourceLinks;
import dev.skillsite.skill.HeadingIds;
import org.jbake.app.configuration.JBakeConfiguration;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The site's settings, read from JBake's configuration ({@code jbake.properties} over JBake's defaults).
 *
 * @param title         {@code site.title}: the site's name; the skill's title when empty
 * @param sectionsTitle {@code site.sections.title}: what the skill's sections are called together, as the
 *                      landing page's heading over them and the navigation's name ("Sections" when unset)
 * @param baseUrl       {@code site.host}: the published URL, ending in {@code /}, for {@code sitemap.xml}, {@code robots.txt},
 *                      canonical URLs and link previews; empty when the project names none
 * @param basePath      the path the site is served under ({@code /repo/}): the published URL's path, {@code /} without one
 * @param repositoryUrl {@code site.repository}: where the skill's markdown lives, for "edit this page" links; may be empty
 * @param rawHtml       {@code markdown.raw.html}: let raw HTML in markdown through instead of escaping it
 * @param sourceLinks   {@code source.url}, {@code source.folders}, {@code source.files}: which inline code links to
 *                      the source repository, and where; none unless {@code source.url} names a repository
 */
public record SiteSettings(String title, String sectionsTitle, String baseUrl, String basePath, String repositoryUrl,
                           boolean rawHtml, SourceLinks sourceLinks) {
    /**
     * JBake's own default for {@code site.host}, which its configuration gives every project that sets none:
     * no address of the project's, and pages must never name it as theirs.
     */
    static final String JBAKE_DEFAULT_HOST = "http://www.jbake.org/";

    public static SiteSettings from(JBakeConfiguration config) {
        String sections = text(config, "site.sections.title");
        String host = withSlash(text(config, "site.host"));
        String baseUrl = host.equals(JBAKE_DEFAULT_HOST) ? "" : host;
        return new SiteSettings(text(config, "site.title"), sections.isEmpty() ? "Sections" : sections, baseUrl,
                pathOf(baseUrl), withoutSlash(text(config, "site.repository")),
                Boolean.parseBoolean(text(config, "markdown.raw.html")), sourceLinks(config));
    }

    /** The same settings, served under another path. */
    public SiteSettings withBasePath(String basePath) {
        String path = basePath.startsWith("/") ? basePath : "/" + basePath;
        return new SiteSettings(title, sectionsTitle, baseUrl, withSlash(path), repositoryUrl, rawHtml, sourceLinks);
    }

    /** The path of a URL, {@code /repo/} of {@code https://owner.github.io/repo/}; {@code /} when it has none. */
    private static String pathOf(String url) {
        if (url.isEmpty()) {
            return "/";
        }
        try {
            String path = URI.create(url).getRawPath();
            return path == null || path.isEmpty() ? "/" : withSlash(path);
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** The id of the landing page's heading over the sections: an anchor SKILL.md's links may name besides its own headings. */
    public String sectionsAnchor() {
        return HeadingIds.of(sectionsTitle);
    }

    private static SourceLinks sourceLinks(JBakeConfiguration config) {
        String url = text(config, "source.url");
        List<String> folders = config.get("source.folders") == null ? SourceLinks.DEFAULT_FOLDERS : List.copyOf(list(config, "source.folders"));
        Set<String> files = config.get("source.files") == null ? SourceLinks.DEFAULT_FILES : list(config, "source.files");
        return new SourceLinks(url, folders, files);
    }

    /** A comma-separated setting; JBake's configuration may already have split it into a list. */
    private static Set<String> list(JBakeConfiguration config, String key) {
        Object value = config.get(key);
        Stream<String> items = value instanceof Collection<?> c ? c.stream().map(String::valueOf)
                : Stream.of(String.valueOf(value).split(","));
        Set<String> result = new LinkedHashSet<>();
        items.map(String::trim).filter(s -> !s.isEmpty()).forEach(result::add);
        return result;
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
