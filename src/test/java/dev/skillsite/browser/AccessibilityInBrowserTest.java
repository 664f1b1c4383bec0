package dev.skillsite.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every page skillsite builds passes axe-core's WCAG 2.0/2.1 A and AA and WCAG 2.2 AA rules: every page of the
 * content/ site and of every fixture skill, in the light and the dark theme, on a desktop window and on a phone.
 * axe-core is the copy bundled in Deque's Selenium integration, injected into each page; nothing comes from the
 * network.
 *
 * <p>A page is loaded once and seen four ways in place, without reloading: light, then dark (the attribute the ◐
 * button sets), then at phone width with touch, dark and then light. The themes differ in colours alone
 * (ThemeContrastTest holds site.css to that), so the dark views run axe's colour rules only; the light views run
 * every rule. The colour rules are most of axe's time on these pages, so this saves little, but nothing that
 * could differ goes unchecked. Headless Chromium has no pointer that hovers, so every view sees the Copy buttons
 * of code blocks as a touch screen shows them.
 */
@EnabledIf(value = "dev.skillsite.browser.Chromium#installed", disabledReason = Chromium.MISSING)
class AccessibilityInBrowserTest {
    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags its rules (it has no rule tagged wcag22a). */
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SITES = Path.of("target/accessibility");
    private static final String PLANTED = "planted.html";

    static ChromeDriver driver;
    static String axeSource;
    static AxeBuilder everyRule;
    static AxeBuilder colourRules;
    static boolean phone;

    /** One way of seeing a page: on which screen and in which theme, and so which of axe's rules can find anything new. */
    enum View {
        DESKTOP_LIGHT(false, "light"), DESKTOP_DARK(false, "dark"), PHONE_DARK(true, "dark"), PHONE_LIGHT(true, "light");

        final boolean phone;
        final String theme;

        View(boolean phone, String theme) {
            this.phone = phone;
            this.theme = theme;
        }

        AxeBuilder axe() {
            return "dark".equals(theme) ? colourRules : everyRule;
        }

        @Override
        public String toString() {
            return (phone ? "phone, " : "desktop, ") + theme;
        }
    }

    @BeforeAll
    static void startBrowserWithAxe(@TempDir Path temp) throws Exception {
        driver = Chromium.start(temp.resolve("profile"));
        axeSource = new AxeBuilder().getAxeScriptProvider().getScript();
        driver.get("about:blank");
        driver.executeScript(axeSource);
        // axe's own list of the WCAG A/AA rules that read colours, rather than names that a new axe could outgrow.
        @SuppressWarnings("unchecked")
        List<String> colour = (List<String>) driver.executeScript(
                "return axe.getRules(arguments[0]).filter(r => r.tags.includes('cat.color')).map(r => r.ruleId)", WCAG_AA);
        assertTrue(colour.contains("color-contrast"), colour.toString());
        everyRule = axe("tag", WCAG_AA);
        colourRules = axe("rule", colour);
    }

    /**
     * An audit of the page as it is, by the axe-core already injected into it: axe is injected once per page load, not
     * once per audit. Legacy mode runs axe.run in the page itself; the default mode opens a second window for every
     * audit to merge results from frames, which these pages do not have, and that took longer than the audit.
     */
    private static AxeBuilder axe(String kind, List<String> rules) {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType(kind);
        only.setValues(rules);
        AxeRunOptions options = new ViolationsOnly();
        options.setRunOnly(only);
        AxeBuilder axe = new AxeBuilder().withOptions(options).setLegacyMode(true).disableIframeTesting();
        axe.setInjectAxe(page -> { }, false);
        return axe;
    }

    /**
     * axe.run's options with the one that AxeRunOptions lacks: the "no-passes" reporter, which returns violations
     * alone rather than every rule that passed or did not apply, a quarter of each audit's time through WebDriver.
     */
    static final class ViolationsOnly extends AxeRunOptions {
        @JsonProperty("reporter")
        public String getReporter() {
            return "no-passes";
        }
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.skillsite.browser.FixtureSites#all")
    void everyPagePassesAxeInBothThemesOnDesktopAndPhone(Path skill) throws IOException {
        String name = skill.getFileName().toString();
        Path site = SITES.resolve(name);
        FixtureSites.build(skill, site);
        List<String> pages = FixtureSites.htmlPages(site);
        assertTrue(pages.contains("index.html") && pages.contains("404.html"), pages.toString());
        long start = System.nanoTime();
        Map<String, List<String>> violations = new TreeMap<>();
        try (SiteServer server = SiteServer.serve(site, Map.of())) {
            for (String page : pages) {
                violations.putAll(audit(server.base(), page));
            }
        }
        System.out.printf("axe-core: %s, %d pages in %d views, %.1f s%n", name, pages.size(), View.values().length,
                (System.nanoTime() - start) / 1e9);
        Path saved = SITES.resolve(name + "-axe.txt");
        Files.deleteIfExists(saved);
        if (!violations.isEmpty()) {
            String report = report(violations);
            Files.writeString(saved, report);
            fail(report);
        }
    }

    @Test
    void violationsWouldBeReportedWithTheirPageViewRuleAndElements(@TempDir Path empty) throws IOException {
        // A page with something for every view to find: faint text and a missing text alternative in the light
        // theme, touching 10 px links (a WCAG 2.2 rule), text that fades only in the dark theme and faint text
        // shown only on a phone.
        String planted = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>planted</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"><style>
                body { background: #ffffff; color: #1f2328; }
                :root[data-theme="dark"] body { background: #0d1117; color: #e6edf3; }
                :root[data-theme="dark"] #dim { color: #30363d; }
                .tiny { display: inline-block; width: 10px; height: 10px; line-height: 10px; font-size: 8px; }
                #phone-only { display: none; }
                @media (max-width: 760px) { #phone-only { display: block; color: #999999; } }
                </style></head><body><main>
                <h1>Planted</h1>
                <p id="faint" style="color:#bbbbbb">Faint text</p>
                <img id="unlabelled" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">
                <p><a id="tiny" class="tiny" href="#a">a</a><a class="tiny" href="#b">b</a></p>
                <p id="dim">Dim in the dark</p>
                <p id="phone-only">Faint on a phone</p>
                </main></body></html>""";
        Map<String, List<String>> found;
        try (SiteServer server = SiteServer.serve(empty, Map.of(SiteServer.PREFIX + PLANTED, planted))) {
            found = audit(server.base(), PLANTED);
        }
        String report = report(found);
        assertReported(found, View.DESKTOP_LIGHT, "color-contrast", "#faint", "image-alt", "#unlabelled", "target-size", "#tiny");
        assertReported(found, View.DESKTOP_DARK, "color-contrast", "#dim");
        assertReported(found, View.PHONE_DARK, "color-contrast", "#dim");
        assertReported(found, View.PHONE_LIGHT, "color-contrast", "#faint", "#phone-only", "image-alt", "#unlabelled");
        assertTrue(report.startsWith("axe-core found WCAG A/AA violations") && report.contains(PLANTED + " (phone, dark)"), report);
    }

    private static void assertReported(Map<String, List<String>> found, View view, String... expected) {
        String seen = String.join("\n", found.getOrDefault(PLANTED + " (" + view + ")", List.of()));
        for (String what : expected) {
            assertTrue(seen.contains(what), view + " should report " + what + ", reported:\n" + seen);
        }
    }

    /** One page in every view: what each view found, under "page (view)", for the views that found something. */
    private static Map<String, List<String>> audit(String base, String page) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        driver.get(base + page);
        driver.executeScript(axeSource);
        for (View view : View.values()) {
            List<String> violations = new ArrayList<>(show(view));
            violations.addAll(violations(view.axe().analyze(driver)));
            if (!violations.isEmpty()) {
                found.put(page + " (" + view + ")", violations);
            }
        }
        show(View.DESKTOP_LIGHT);
        return found;
    }

    /**
     * Puts the loaded page in a view without reloading it: the theme as the toggle sets it, the phone's metrics and
     * touch. Returns what axe does not check there: a page wider than the phone (WCAG 1.4.10, reflow).
     */
    private static List<String> show(View view) {
        if (view.phone != phone) {
            if (view.phone) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
            } else {
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
            driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", view.phone, "maxTouchPoints", 5));
            phone = view.phone;
            // The page reacts to its new size as it would on a phone: resize handlers run before the next frame.
            driver.executeAsyncScript("requestAnimationFrame(() => requestAnimationFrame(arguments[arguments.length - 1]))");
        }
        driver.executeScript("document.documentElement.setAttribute('data-theme', arguments[0])", view.theme);
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) driver.executeScript("return {width: " + (view.phone ? "screen.width" : "innerWidth")
                + ", wide: document.documentElement.scrollWidth, background: getComputedStyle(document.body).backgroundColor}");
        // What the page now shows, so that an emulation that did not take cannot pass for an audit of it.
        assertEquals(List.of(view.phone ? 375L : 1280L, "dark".equals(view.theme) ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)"),
                List.of(seen.get("width"), seen.get("background")), view.toString());
        long wide = (Long) seen.get("wide");
        return view.phone && wide > 375
                ? List.of("reflow (WCAG 1.4.10, not an axe rule): the page is " + wide + " px wide on a 375 px phone") : List.of();
    }

    /** Each violated rule, with the selector of each element that violates it and what axe says is wrong there. */
    private static List<String> violations(Results results) {
        if (results.isErrored()) {
            return List.of("axe-core could not run: " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            StringBuilder line = new StringBuilder(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
                line.append("\n      ").append(node.getTarget()).append(": ").append(summary(node));
            }
            found.add(line.toString());
        }
        return found;
    }

    /** What axe's checks say about one failing element (the "no-passes" reporter leaves out its failure summary). */
    private static String summary(CheckedNode node) {
        return Stream.of(node.getAny(), node.getAll(), node.getNone()).filter(Objects::nonNull).flatMap(List::stream)
                .map(Check::getMessage).collect(Collectors.joining("; "));
    }

    /** All violations at once: how many page views broke each rule, then every page view with its rules and elements. */
    static String report(Map<String, List<String>> violations) {
        Map<String, Integer> perRule = new TreeMap<>();
        violations.values().forEach(rules -> rules.forEach(r -> perRule.merge(r.substring(0, r.indexOf(' ')), 1, Integer::sum)));
        StringBuilder report = new StringBuilder("axe-core found WCAG A/AA violations (page views per rule: " + perRule + ")\n");
        violations.forEach((page, rules) -> {
            report.append(page).append('\n');
            rules.forEach(rule -> report.append("  ").append(rule).append('\n'));
        });
        return report.toString();
    }

}
