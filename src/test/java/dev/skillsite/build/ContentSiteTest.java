package dev.skillsite.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillsite.site.SitePath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import dev.skillsite.check.CheckReport;
import dev.skillsite.check.LinkChecker;
import dev.skillsite.skill.Skill;
import dev.skillsite.skill.SkillParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end on the real content/: every topic becomes a page, every link resolves, the search index stays small. */
class ContentSiteTest {
    private static final Path CONTENT = Path.of("content");
    @TempDir
    static Path temp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void buildContent() {
        site = temp.resolve("site");
        result = Builds.build(CONTENT, site);
    }

    @Test
    void writesALandingPageAPagePerSectionAndAPagePerTopic() throws IOException {
        Skill skill = new SkillParser().parse(CONTENT);
        Set<String> expected = new TreeSet<>(Set.of("index.html", "404.html"));
        skill.sections().forEach(s -> expected.add(s.page().path()));
        skill.topics().forEach(t -> expected.add(t.page().path()));
        Set<String> html;
        try (Stream<Path> walk = Files.walk(site)) {
            html = walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(expected, html);
        assertEquals(skill.topics().count(), result.topics());
    }

    @Test
    void everyInternalLinkResolvesAndEveryPageIsReachable() {
        CheckReport report = new LinkChecker("/").check(site);
        assertTrue(report.findings().isEmpty(), report.text());
        assertTrue(report.links() > 1000, "suspiciously few links: " + report.links());
    }

    @Test
    void writesSitemapAndNoJekyllMarker() throws IOException {
        assertTrue(Files.isRegularFile(site.resolve(".nojekyll")));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://"), sitemap.substring(0, Math.min(300, sitemap.length())));
        assertTrue(!sitemap.contains("404.html"));
    }

    @Test
    void theSearchIndexHasOneEntryPerPageAndItsHeadStaysSmallBesideTheMarkdown() throws IOException {
        // The head is what every first query loads; shards of terms and files of pages come as queries need them.
        Path index = site.resolve("search-index.js");
        long bytes = Files.size(index);
        long markdown;
        try (Stream<Path> files = Files.walk(CONTENT)) {
            markdown = files.filter(p -> p.toString().endsWith(".md")).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("search-index.js for content/: %d bytes, %d%% of its %d bytes of markdown%n", bytes, bytes * 100 / markdown, markdown);
        assertTrue(bytes < markdown / 4, bytes + " bytes");
        Set<String> addresses = new TreeSet<>();
        int entries = 0;
        try (Stream<Path> files = Files.list(site.resolve("search-index"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("pages-")).toList()) {
                String script = Files.readString(file);
                JsonNode pages = new ObjectMapper().readTree(script.substring(script.indexOf('['), script.lastIndexOf(']') + 1));
                entries += pages.size();
                pages.forEach(e -> addresses.add(e.get(2).asText()));
            }
        }
        assertEquals(entries, addresses.size(), "one entry per page");
    }

    @Test
    void everyPageBuiltWithThePagesAddressCarriesACanonicalUrlPreviewTagsAndValidJsonLd() throws IOException {
        String address = "https://valkey-dev.github.io/skillsite/"; // site.host in jbake.properties
        List<String> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("404.html")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        for (String path : pages) {
            Document page = Jsoup.parse(site.resolve(path).toFile());
            assertEquals(address + new SitePath(path).address(), page.selectFirst("link[rel=canonical]").attr("href"), path);
            for (String tag : List.of("og:title", "og:description", "og:url", "og:type", "og:site_name")) {
                assertFalse(page.select("meta[property=" + tag + "]").attr("content").isBlank(), path + ": " + tag);
            }
            for (String tag : List.of("twitter:card", "twitter:title", "twitter:description")) {
                assertFalse(page.select("meta[name=" + tag + "]").attr("content").isBlank(), path + ": " + tag);
            }
            JsonNode jsonLd = json.readTree(page.selectFirst("script[type=application/ld+json]").data());
            assertEquals("https://schema.org", jsonLd.get("@context").asText(), path);
        }
        Skill skill = new SkillParser().parse(CONTENT);
        assertEquals(1 + skill.sections().size() + skill.topics().count(), pages.size(), "the landing page, sections and topics");
    }

    @Test
    void noRobotsTxtUnderTheProjectPathWhereCrawlersNeverReadIt() {
        assertFalse(Files.exists(site.resolve("robots.txt")));
    }
}
