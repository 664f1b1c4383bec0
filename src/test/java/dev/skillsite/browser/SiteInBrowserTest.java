package dev.skillsite.browser;

import dev.skillsite.search.TextCase;
import dev.skillsite.skill.Skill;
import dev.skillsite.skill.SkillParser;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The content/ site in a real browser: Debian's headless Chromium, driven by Selenium through
 * chromium-driver, against the built site served on loopback under a sub-path. One browser for the
 * whole class keeps it fast. Without /usr/bin/chromedriver every test is skipped, saying why; CI
 * installs it (.ci/run).
 */
@EnabledIf(value = "dev.skillsite.browser.Chromium#installed", disabledReason = Chromium.MISSING)
class SiteInBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String TOPIC = "architecture/event-loop.html";
    private static final String CODE = "data-structures/skiplist.html";
    private static final String PROBE = "/probe/inline-script.html";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path temp;
    static Path site;
    static SiteServer server;
    static ChromeDriver driver;
    static Map<String, PageFacts> visited;

    /**
     * What one visit of a page showed: console errors (CSP violations among them), h1s, landmarks, and the
     * schema.org type of each JSON-LD block as the browser's JSON.parse read it ("invalid: …" where it could not).
     */
    record PageFacts(List<String> errors, long h1s, List<String> landmarks, List<String> jsonLd) {
    }

    @BeforeAll
    static void startBrowserOnTheBuiltSite() throws IOException {
        site = temp.resolve("site");
        FixtureSites.build(Path.of("content"), site);
        // A page that breaks its own policy, to prove a violation would be seen.
        String probe = "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"script-src 'self'\"><title>probe</title></head><body><script>document.title='ran'</script></body></html>";
        server = SiteServer.serve(site, Map.of(PROBE, probe));
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
    void backToDesktopLight() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        open("index.html");
        driver.executeScript("localStorage.clear()");
        errors(); // a test's leftovers are not the next one's
    }

    @Test
    void noPageLogsAConsoleErrorOrAContentSecurityPolicyViolation() throws IOException {
        Map<String, PageFacts> pages = visitEveryPage();
        Skill skill = new SkillParser().parse(Path.of("content"));
        assertEquals(2 + skill.sections().size() + skill.topics().count(), pages.size(), "landing, 404, sections, topics");
        pages.forEach((path, facts) -> assertEquals(List.of(), facts.errors(), path));
    }

    @Test
    void everyPageButThe404CarriesJsonLdTheBrowserReadsAndThePolicyLetsBe() throws IOException {
        visitEveryPage().forEach((path, facts) -> {
            if (path.equals("404.html")) {
                assertEquals(List.of(), facts.jsonLd(), path);
            } else {
                assertEquals(1, facts.jsonLd().size(), path + ": " + facts.jsonLd());
                assertTrue(List.of("WebSite", "CollectionPage", "TechArticle").contains(facts.jsonLd().get(0)), path + ": " + facts.jsonLd());
            }
            // A data block is never run, so script-src 'self' neither blocks nor reports it.
            assertEquals(List.of(), facts.errors(), path);
        });
    }

    @Test
    void aPolicyViolationWouldBeSeen() {
        driver.get(server.base().replace(SiteServer.PREFIX, PROBE));
        assertEquals("probe", driver.getTitle(), "the inline script was blocked");
        List<String> errors = errors();
        assertTrue(errors.stream().anyMatch(e -> e.contains("Content Security Policy")), errors.toString());
    }

    @Test
    void everyPageHasOneH1AndTheLandmarks() throws IOException {
        visitEveryPage().forEach((path, facts) -> {
            assertEquals(1, facts.h1s(), path + ": h1 count");
            assertEquals(List.of("banner", "navigation", "main", "contentinfo"), facts.landmarks(), path);
        });
    }

    @Test
    void searchingBeforeSleepListsTheEventLoopFirstAndEnterOpensIt() {
        open("index.html");
        new Actions(driver).sendKeys("/").perform();
        WebElement input = driver.switchTo().activeElement();
        assertEquals("search-input", input.getAttribute("id"), "'/' focuses the search box");
        input.sendKeys("beforeSleep");
        List<WebElement> results = results();
        assertEquals("Event Loop", results.get(0).findElement(By.className("result-title")).getText());
        assertTrue(results.size() > 1, "other topics mention it in their text");
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains(TOPIC));
        assertEquals("Event Loop", driver.findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), errors());
    }

    @Test
    void searchHighlightsWhatMatchedAndRanksTitlesAboveBodyText() {
        open(TOPIC);
        WebElement input = driver.findElement(By.id("search-input"));
        input.click();
        input.sendKeys("eviction");
        List<WebElement> results = results();
        assertTrue(results.get(0).findElement(By.className("result-title")).getText().toLowerCase().contains("eviction"));
        List<WebElement> marks = driver.findElements(By.cssSelector("#search-results mark"));
        assertFalse(marks.isEmpty());
        marks.forEach(mark -> assertEquals("eviction", mark.getText().toLowerCase()));
    }

    /**
     * The relevance set, each query typed into the real search box as a reader would: the expected page must
     * come first for 90% of the queries and in the top three for 97%. The figures are printed either way.
     */
    @Test
    void theQuerySetFindsTheExpectedPages() throws IOException {
        open("index.html");
        WebElement input = driver.findElement(By.id("search-input"));
        input.click();
        List<RelevanceQuery> queries = RelevanceQuery.read(Path.of("src/test/resources/search/queries.tsv"));
        List<Integer> ranks = new ArrayList<>();
        StringBuilder misses = new StringBuilder();
        for (RelevanceQuery query : queries) {
            input.sendKeys(Keys.ESCAPE);
            input.sendKeys(query.text());
            List<String> found = resultPages(query.text());
            int rank = found.indexOf(query.expected()) + 1;
            ranks.add(rank);
            if (rank != 1) {
                misses.append(String.format("%n  %-45s expected %s at %s; first: %s", query.text(), query.expected(),
                        rank == 0 ? "none" : "rank " + rank, found.isEmpty() ? "nothing" : found.get(0)));
            }
        }
        RelevanceQuery.Figures figures = RelevanceQuery.Figures.of(ranks);
        System.out.println("search relevance: " + figures + misses);
        assertTrue(figures.top1() >= 0.90 && figures.top3() >= 0.97, figures + misses.toString());
    }

    @Test
    void theSearchBoxMakesOfTextWhatTheBuildDoes() {
        open("index.html");
        List<String> wrong = new ArrayList<>();
        for (TextCase text : TextCase.all()) {
            Object got = driver.executeScript(text.kind().equals("words")
                    ? "return window.skillsiteSearch.words(arguments[0]).join(' ')" : "return window.skillsiteSearch.term(arguments[0])",
                    text.input());
            if (!text.expected().equals(got)) {
                wrong.add(text + ": " + got + ", not " + text.expected());
            }
        }
        assertEquals(List.of(), wrong, "search.js against " + TextCase.FILE);
    }

    @Test
    void aQueryLoadsOnlyThePartsOfTheIndexItNeeds() throws IOException {
        open("index.html");
        WebElement input = driver.findElement(By.id("search-input"));
        input.click();
        input.sendKeys("beforeSleep");
        results();
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('search-index'))");
        long shards;
        try (Stream<Path> files = Files.list(site.resolve("search-index"))) {
            shards = files.filter(f -> f.getFileName().toString().startsWith("terms-")).count();
        }
        assertTrue(loaded.stream().anyMatch(n -> n.endsWith("/search-index.js")), loaded.toString());
        long terms = loaded.stream().filter(n -> n.contains("/terms-")).count();
        assertTrue(terms >= 1 && terms < shards, terms + " of " + shards + " shards of terms: " + loaded);
        assertTrue(loaded.stream().anyMatch(n -> n.contains("/pages-")), loaded.toString());
    }

    @Test
    void arrowsMoveThroughResultsAndEnterOpensTheSelectedOne() {
        open("index.html");
        WebElement input = driver.findElement(By.id("search-input"));
        input.click();
        input.sendKeys("replication");
        List<WebElement> results = results();
        assertEquals("true", results.get(0).getAttribute("aria-selected"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
        assertEquals("true", results.get(1).getAttribute("aria-selected"));
        assertEquals(results.get(1).getAttribute("id"), input.getAttribute("aria-activedescendant"));
        String href = results.get(1).findElement(By.tagName("a")).getAttribute("href");
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().equals(href));
    }

    @Test
    void onThisPageFollowsScrolling() {
        open(TOPIC);
        assertEquals("#source-map", activeTocEntry());
        for (String id : List.of("time-events", "invariants-and-pitfalls", "the-reactor")) {
            driver.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
            new WebDriverWait(driver, WAIT).until(d -> ("#" + id).equals(activeTocEntry()));
        }
        driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
        new WebDriverWait(driver, WAIT).until(d -> "#related".equals(activeTocEntry()));
    }

    @Test
    void theThemeToggleIsRememberedAcrossPages() {
        open("index.html");
        assertEquals("rgb(255, 255, 255)", background(), "light by default, as the system is");
        driver.findElement(By.className("theme-toggle")).click();
        assertEquals("dark", driver.executeScript("return document.documentElement.dataset.theme"));
        open(TOPIC);
        assertEquals("dark", driver.executeScript("return document.documentElement.dataset.theme"));
        assertEquals("rgb(13, 17, 23)", background());
        driver.findElement(By.className("theme-toggle")).click();
        open("cluster/index.html");
        assertEquals("rgb(255, 255, 255)", background());
    }

    @Test
    void atPhoneWidthTheSidebarHidesBehindItsButton() {
        phone();
        open(TOPIC);
        assertEquals(375L, driver.executeScript("return window.innerWidth"));
        WebElement nav = driver.findElement(By.id("site-nav"));
        WebElement button = driver.findElement(By.className("nav-toggle"));
        assertFalse(nav.isDisplayed(), "sidebar hidden");
        assertTrue(button.isDisplayed(), "menu button shown");
        assertFalse(driver.findElement(By.className("toc")).isDisplayed(), "contents hidden on a phone");
        button.click();
        assertTrue(nav.isDisplayed(), "the button opens the sidebar");
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertEquals(Boolean.FALSE, driver.executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth"), "nothing wider than the phone");
    }

    @Test
    void keyboardFocusIsVisibleStartingWithTheSkipLink() {
        open(TOPIC);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("skip-link", skip.getAttribute("class"));
        assertTrue(skip.getRect().getY() >= 0 && skip.isDisplayed(), "the skip link shows when focused");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement next = driver.switchTo().activeElement();
        assertFalse("none".equals(next.getCssValue("outline-style")), next.getTagName() + " has a focus outline");
    }

    @Test
    void searchWorksFromAFileUrlToo() {
        driver.get(site.resolve("index.html").toUri().toString());
        WebElement input = driver.findElement(By.id("search-input"));
        input.click();
        input.sendKeys("beforeSleep");
        assertEquals("Event Loop", results().get(0).findElement(By.className("result-title")).getText());
        assertEquals(List.of(), errors());
    }

    @Test
    void screenshotsOfTheLandingAndATopicPageInLightDarkAndPhone() throws IOException {
        // Emptied first, so that every image checked below is one this run took.
        PathUtils.deleteDirectory(Files.createDirectories(SCREENSHOTS));
        Files.createDirectories(SCREENSHOTS);
        for (String theme : List.of("light", "dark")) {
            open("index.html");
            driver.executeScript("localStorage.setItem('skillsite-theme', arguments[0])", theme);
            shoot("index.html", "landing-" + theme);
            shoot(TOPIC, "topic-" + theme);
            open(CODE);
            driver.executeScript("document.querySelector('pre > code.language-c').parentElement.scrollIntoView()");
            save("code-" + theme);
        }
        driver.executeScript("localStorage.clear()");
        open("index.html");
        WebElement input = driver.findElement(By.id("search-input"));
        input.click();
        input.sendKeys("beforeSleep");
        results();
        save("search-results");
        phone();
        shoot("index.html", "landing-phone");
        shoot(TOPIC, "topic-phone");
        driver.findElement(By.className("nav-toggle")).click();
        save("topic-phone-menu");
        open(TOPIC);
        driver.findElement(By.id("search-input")).click();
        driver.findElement(By.id("search-input")).sendKeys("eviction");
        results();
        save("search-phone");
        for (String name : List.of("landing-light", "topic-light", "code-light", "landing-dark", "topic-dark", "code-dark",
                "search-results", "landing-phone", "topic-phone", "topic-phone-menu", "search-phone")) {
            Path shot = SCREENSHOTS.resolve(name + ".png");
            assertTrue(Files.isRegularFile(shot), "no screenshot " + shot);
            // A PNG, and not an empty page: an image of a rendered page is tens of kilobytes.
            byte[] bytes = Files.readAllBytes(shot);
            assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', shot + ": " + bytes.length + " bytes");
        }
    }

    private void shoot(String path, String name) throws IOException {
        open(path);
        save(name);
    }

    private void save(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static void phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    private static void open(String path) {
        driver.get(server.base() + path);
    }

    private static List<WebElement> results() {
        return new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> options = d.findElements(By.cssSelector("#search-results li[role=option]"));
            return options.isEmpty() ? null : options;
        });
    }

    /**
     * The pages the search lists for what is in the box, in order, once it has answered that text: while it
     * loads the parts of the index a query needs, the list is marked busy.
     */
    private static List<String> resultPages(String text) {
        WebElement input = driver.findElement(By.id("search-input"));
        WebElement list = driver.findElement(By.id("search-results"));
        new WebDriverWait(driver, WAIT).until(d -> text.equals(input.getAttribute("value")) && !"true".equals(list.getAttribute("aria-busy"))
                && !list.findElements(By.tagName("li")).isEmpty());
        List<String> pages = new ArrayList<>();
        for (WebElement link : list.findElements(By.cssSelector("li[role=option] a"))) {
            pages.add(link.getAttribute("href").replaceFirst("#.*", "").substring(server.base().length()));
        }
        return pages;
    }

    private static String activeTocEntry() {
        List<WebElement> active = driver.findElements(By.cssSelector(".toc a.active"));
        return active.size() == 1 ? active.get(0).getAttribute("href").replaceFirst("^[^#]*", "") : String.valueOf(active.size());
    }

    private static String background() {
        return (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor");
    }

    private static List<String> errors() {
        return Chromium.consoleErrors(driver);
    }

    /** Every HTML page of the site, visited once for all the tests that read what a visit shows. */
    private static synchronized Map<String, PageFacts> visitEveryPage() throws IOException {
        if (visited != null) {
            return visited;
        }
        List<String> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        }
        errors();
        Map<String, PageFacts> facts = new LinkedHashMap<>();
        for (String page : pages) {
            open(page);
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) driver.executeScript("""
                    const roles = {HEADER: 'banner', NAV: 'navigation', MAIN: 'main', FOOTER: 'contentinfo'};
                    const landmarks = [];
                    for (const el of document.querySelectorAll('body > header, nav, main, body > footer')) {
                      const role = roles[el.tagName];
                      if (!landmarks.includes(role)) landmarks.push(role);
                    }
                    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map(s => {
                      try { return JSON.parse(s.textContent)['@graph'][0]['@type']; } catch (e) { return 'invalid: ' + e.message; }
                    });
                    return {landmarks: landmarks, h1s: document.querySelectorAll('h1').length, jsonLd: jsonLd};""");
            facts.put(page, new PageFacts(errors(), (Long) seen.get("h1s"), (List<String>) seen.get("landmarks"),
                    (List<String>) seen.get("jsonLd")));
        }
        visited = facts;
        return facts;
    }
}
