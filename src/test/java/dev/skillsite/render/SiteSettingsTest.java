package dev.skillsite.render;

import dev.skillsite.markdown.SourceLinks;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The site settings as jbake.properties states them. */
class SiteSettingsTest {
    @TempDir
    Path project;

    private SiteSettings settings(String properties) throws IOException {
        Files.writeString(project.resolve("jbake.properties"), properties);
        return SiteSettings.from(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), project.resolve("out").toFile(), false));
    }

    private SourceLinks sourceLinks(String properties) throws IOException {
        return settings(properties).sourceLinks();
    }

    @Test
    void theSitesAddressEndsInASlashAndItsPathIsTheBasePath() throws IOException {
        SiteSettings settings = settings("site.host=https://owner.github.io/repo\n");
        assertEquals("https://owner.github.io/repo/", settings.baseUrl());
        assertEquals("/repo/", settings.basePath());
    }

    @Test
    void aProjectThatNamesNoAddressHasNoneNotJBakesDefault() throws IOException {
        SiteSettings settings = settings("site.title=x\n");
        assertEquals("", settings.baseUrl(), "JBake's default site.host is not this site's address");
        assertEquals("/", settings.basePath());
    }

    @Test
    void withoutASourceUrlInlineCodeStaysCode() throws IOException {
        assertEquals(SourceLinks.NONE.url(), sourceLinks("site.title=x\n").url());
        assertEquals(Optional.empty(), sourceLinks("site.title=x\n").href("src/ae.c"));
    }

    @Test
    void aSourceUrlAloneLinksTheUsualFoldersOfARepository() throws IOException {
        SourceLinks links = sourceLinks("source.url=https://example.org/r/blob/main/\n");
        assertEquals(Optional.of("https://example.org/r/blob/main/src/x.c"), links.href("src/x.c"));
        assertEquals(Optional.of("https://example.org/r/blob/main/README.md"), links.href("README.md"));
        assertEquals(Optional.empty(), links.href("utils/x.py"));
    }

    @Test
    void sourceUrlFoldersAndFilesNameAnotherRepository() throws IOException {
        SourceLinks links = sourceLinks("source.url=https://example.org/r/blob/v1\nsource.folders=lib, include/\nsource.files=build.conf\n");
        assertEquals(new SourceLinks("https://example.org/r/blob/v1/", List.of("lib/", "include/"), Set.of("build.conf")), links);
        assertEquals(Optional.of("https://example.org/r/blob/v1/include/x.h#L3"), links.href("include/x.h:3"));
    }

    @Test
    void anEmptySourceUrlTurnsSourceLinksOff() throws IOException {
        assertEquals(Optional.empty(), sourceLinks("source.url=\n").href("src/ae.c"));
    }
}
