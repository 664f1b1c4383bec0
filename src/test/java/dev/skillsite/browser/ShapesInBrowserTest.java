package dev.skillsite.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page of a skill of every shape, in headless Chromium, served under a sub-path: no console error (a
 * failed load from the site, a script error, a Content-Security-Policy violation) and an icon that loads.
 * Skipped without chromium-driver.
 */
@EnabledIf(value = "dev.skillsite.browser.Chromium#installed", disabledReason = Chromium.MISSING)
class ShapesInBrowserTest {
    @TempDir
    static Path temp;
    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = Chromium.start(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.skillsite.browser.FixtureSites#all")
    void everyPageLoadsWithoutAConsoleErrorAndWithItsIcon(Path skill) throws IOException {
        Path site = temp.resolve(skill.getFileName().toString());
        FixtureSites.build(skill, site);
        Map<String, List<String>> problems = new TreeMap<>();
        try (SiteServer server = SiteServer.serve(site, Map.of())) {
            errors(); // what an earlier site left
            for (String page : FixtureSites.htmlPages(site)) {
                driver.get(server.base() + page);
                // As an image, which the pages' policy allows (it allows no fetch): loads only if found and an image.
                Object icon = driver.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const link = document.querySelector('link[rel=icon]');
                        if (!link) { done('no rel=icon link'); return; }
                        const image = new Image();
                        image.onload = () => done('');
                        image.onerror = () => done('the icon ' + link.getAttribute('href') + ' does not load');
                        image.src = link.href;""");
                // An image a page's markdown names on another host is the skill's, not the site's: the tests have no network.
                String origin = server.base().substring(0, server.base().indexOf('/', "http://".length()));
                List<String> found = new ArrayList<>(errors().stream()
                        .filter(e -> !(e.contains("Failed to load resource") && e.startsWith("http") && !e.startsWith(origin))).toList());
                if (!"".equals(icon)) {
                    found.add(String.valueOf(icon));
                }
                if (!found.isEmpty()) {
                    problems.put(page, found);
                }
            }
        }
        assertEquals(Map.of(), problems);
    }

    private static List<String> errors() {
        return Chromium.consoleErrors(driver);
    }
}
