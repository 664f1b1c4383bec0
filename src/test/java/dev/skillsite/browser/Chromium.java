package dev.skillsite.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven through chromium-driver, as the browser tests start it: one browser per
 * test class, a desktop window, the console logged. Tests skip themselves when it is not installed.
 */
final class Chromium {
    // Debian's paths; -Dskillsite.chromedriver=... and -Dskillsite.chromium=... point elsewhere.
    static final Path CHROMEDRIVER = Path.of(System.getProperty("skillsite.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("skillsite.chromium", "/usr/bin/chromium"));
    static final String MISSING = "browser tests skipped: no chromium and chromium-driver "
            + "(apt-get install chromium chromium-driver, as .ci/run does)";

    private Chromium() {
    }

    static boolean installed() {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!installed) {
            System.err.println("Browser tests skipped: no " + CHROMEDRIVER + " or " + CHROMIUM
                    + " (apt-get install chromium chromium-driver, as .ci/run does)");
        }
        return installed;
    }

    /** The browser's console errors since the last call; CSP violations and failed loads are logged there. */
    static List<String> consoleErrors(ChromeDriver driver) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** A headless browser with a 1280 × 900 window and its own profile folder. */
    static ChromeDriver start(Path profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(profile));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
