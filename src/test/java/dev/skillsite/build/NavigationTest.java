package dev.skillsite.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.skillsite.build.Builds.build;
import static dev.skillsite.build.Builds.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The navigation every page carries, rendered once per section and folder depth and marked per page: on every
 * page of skills of each shape, the one link marked as the current page is the page's own, and pages that
 * share a section and a folder carry the same navigation but for that mark.
 */
class NavigationTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"skills/seed", "skills/files", "skills/no-router", "repos/skills-repo"})
    void marksThePageItselfAndNothingElse(String name) throws IOException {
        Path site = temp.resolve("site");
        build(fixture(name), site);
        int marked = 0;
        for (Path file : pages(site)) {
            Element nav = nav(site, file);
            if (nav == null) {
                continue;
            }
            String self = site.relativize(file).toString().replace('\\', '/');
            List<String> linksToSelf = new ArrayList<>();
            for (Element link : nav.select("a[href]")) {
                if (resolve(self, link.attr("href")).equals(self)) {
                    linksToSelf.add(link.outerHtml());
                }
            }
            Elements current = nav.select("[aria-current]");
            if (linksToSelf.isEmpty()) {
                assertEquals(List.of(), current.eachAttr("href"), self + ": nothing in its nav is this page");
            } else {
                assertEquals(1, current.size(), self + ": " + current);
                assertEquals("page", current.get(0).attr("aria-current"), self);
                assertEquals(self, resolve(self, current.get(0).attr("href")), self);
                marked++;
            }
        }
        assertTrue(marked > 0, "some page of " + name + " is in its own nav");
    }

    @ParameterizedTest
    @ValueSource(strings = {"skills/seed", "skills/files"})
    void pagesOfOneSectionAndFolderShareTheirNavigationButForTheMark(String name) throws IOException {
        Path site = temp.resolve("site");
        build(fixture(name), site);
        Map<String, String> navByFolderAndSection = new HashMap<>();
        int shared = 0;
        for (Path file : pages(site)) {
            Element nav = nav(site, file);
            if (nav == null) {
                continue;
            }
            Element open = nav.selectFirst("li.active > a");
            nav.select("[aria-current]").removeAttr("aria-current");
            // The 404 page's links start from the site's path rather than its folder: its first link tells.
            String key = site.relativize(file).getParent() + " " + (open == null ? "" : open.attr("href")) + " "
                    + nav.select("a[href]").first().attr("href");
            String before = navByFolderAndSection.putIfAbsent(key, nav.outerHtml());
            if (before != null) {
                assertEquals(before, nav.outerHtml(), file.toString());
                shared++;
            }
        }
        assertTrue(shared > 0, "some pages of " + name + " share a section and a folder");
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Element nav(Path site, Path file) throws IOException {
        Document page = Jsoup.parse(Files.readString(file));
        return page.getElementById("site-nav");
    }

    /** A relative href from a page, as a path from the site's root. */
    private static String resolve(String page, String href) {
        return URI.create("file:///" + page).resolve(href).getPath().substring(1);
    }
}
