package dev.skillsite.browser;

import dev.skillsite.build.BuildOptions;
import dev.skillsite.build.SiteBuild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A repository of skills in a real browser: the catalogue filtered as you type, the switcher between
 * skills on a desktop and on a phone, and search across skills. Skipped without chromium-driver.
 */
@EnabledIf(value = "dev.skillsite.browser.Chromium#installed", disabledReason = Chromium.MISSING)
class RepositoryInBrowserTest {
    private static final Path PROJECT = Path.of("src/test/resources/projects/titled");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path temp;
    static SiteServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void startBrowserOnTheBuiltRepository() throws IOException {
        Path site = temp.resolve("site");
        new SiteBuild().run(BuildOptions.defaults().withContent(FixtureSites.REPOSITORY).withOut(site).withProject(PROJECT));
        server = SiteServer.serve(site, Map.of());
        driver = Chromium.start(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void backToDesktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void typingInTheCatalogueFilterLeavesTheMatchingSkillsAndTheirFolders() {
        open("index.html");
        assertEquals(List.of("ops", "python-client", "glide-mq", "valkey-basics"), shownSkills());
        WebElement filter = driver.findElement(By.id("catalogue-filter"));
        filter.sendKeys("queue");
        assertEquals(List.of("glide-mq", "valkey-basics"), shownSkills(), "the words of each card, routes among them");
        assertEquals(List.of("skills/"), shownFolders());
        assertEquals("2 of 4 skills", driver.findElement(By.className("catalogue-count")).getText());
        filter.sendKeys(" retry");
        assertEquals(List.of("glide-mq"), shownSkills(), "every word must match");
    }

    @Test
    void aFilterThatMatchesNothingSaysSoAndClearingItShowsEverySkill() {
        open("index.html");
        WebElement filter = driver.findElement(By.id("catalogue-filter"));
        WebElement none = driver.findElement(By.className("catalogue-none"));
        assertFalse(none.isDisplayed());
        filter.sendKeys("memcached");
        assertEquals(List.of(), shownSkills());
        assertTrue(none.isDisplayed(), "no skill matches");
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertEquals(4, shownSkills().size());
        assertFalse(none.isDisplayed());
    }

    @Test
    void theSwitcherOnADesktopMarksThisSkillAndOpensAnother() {
        open("glide-mq/index.html");
        WebElement switcher = driver.findElement(By.className("skill-switcher"));
        WebElement list = switcher.findElement(By.tagName("ul"));
        assertFalse(list.isDisplayed(), "closed until asked");
        switcher.findElement(By.tagName("summary")).click();
        assertTrue(list.isDisplayed());
        assertEquals("glide-mq", switcher.findElement(By.cssSelector("a[aria-current]")).getText());
        assertEquals(List.of("All skills", "ops", "python-client", "glide-mq", "valkey-basics"),
                switcher.findElements(By.tagName("a")).stream().map(WebElement::getText).toList());
        switcher.findElement(By.linkText("ops")).click();
        assertEquals(server.base() + "ops/index.html", driver.getCurrentUrl());
        assertEquals("Operations", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void onAPhoneTheSwitcherFitsTheScreenAndLeadsBackToTheCatalogue() {
        phone();
        open("python-client/pooling.html");
        WebElement switcher = driver.findElement(By.className("skill-switcher"));
        switcher.findElement(By.tagName("summary")).click();
        Rectangle list = switcher.findElement(By.tagName("ul")).getRect();
        assertTrue(list.getX() >= 0 && list.getX() + list.getWidth() <= 375, "the list within the screen: " + list.getX()
                + " + " + list.getWidth());
        assertEquals(Boolean.FALSE, driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth"));
        switcher.findElement(By.linkText("All skills")).click();
        assertEquals(server.base() + "index.html", driver.getCurrentUrl());
        assertEquals("Example Skills", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void searchFromOneSkillFindsAPageOfAnotherAndNamesItsSkill() {
        open("glide-mq/index.html");
        WebElement input = search("pooling");
        WebElement first = results().get(0);
        assertEquals("Connection Pooling", first.findElement(By.className("result-title")).getText());
        assertEquals("python-client", first.findElement(By.className("result-skill")).getText());
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().equals(server.base() + "python-client/pooling.html"));
    }

    @Test
    void onlyThisSkillNarrowsTheSearchAndIsRememberedOnItsOtherPages() {
        open("glide-mq/index.html");
        driver.executeScript("localStorage.clear()");
        open("glide-mq/index.html");
        search("stream");
        List<String> everywhere = resultPaths();
        assertTrue(everywhere.stream().anyMatch(p -> p.contains("/valkey-basics/")), "another skill's page: " + everywhere);
        WebElement scope = driver.findElement(By.id("search-scope"));
        assertEquals("Only glide-mq", scope.findElement(By.xpath("..")).getText());
        scope.click();
        // The list is redrawn when the search answers: elements read before then may go stale.
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> resultPaths().stream().allMatch(p -> p.contains("/glide-mq/")));
        assertTrue(driver.findElements(By.className("result-skill")).isEmpty(), "one skill: no skill named");
        assertEquals("search-input", driver.switchTo().activeElement().getAttribute("id"), "typing goes on in the box");

        open("glide-mq/queues/workers.html");
        assertTrue(driver.findElement(By.id("search-scope")).isSelected(), "remembered");
        open("index.html");
        search("stream");
        assertTrue(resultPaths().stream().anyMatch(p -> p.contains("/valkey-basics/")), "the catalogue searches every skill");
        driver.executeScript("localStorage.clear()");
    }

    private static WebElement search(String text) {
        WebElement input = driver.findElement(By.id("search-input"));
        input.click();
        input.sendKeys(text);
        return input;
    }

    private static List<WebElement> results() {
        return new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> options = d.findElements(By.cssSelector("#search-results li[role=option]"));
            return options.isEmpty() ? null : options;
        });
    }

    private static List<String> resultPaths() {
        return results().stream().map(r -> r.findElement(By.tagName("a")).getAttribute("href")).toList();
    }

    private static List<String> shownSkills() {
        return driver.findElements(By.cssSelector(".skill-card h3 a")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    private static List<String> shownFolders() {
        return driver.findElements(By.cssSelector(".catalogue-group h2.folder")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    private static void phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    private static void open(String path) {
        driver.get(server.base() + path);
    }
}
