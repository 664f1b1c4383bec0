package dev.skillsite.bench;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A built site's search in headless Chromium, as a reader uses it from {@code file://}: what the first query
 * loads (the bytes of the index files it fetched, gzipped as a web server would send them), and how long
 * each keystroke takes to answer while a query is typed letter by letter on a fresh page, from the input
 * event to the results shown. Chromium is started as {@code SiteInBrowserTest} starts it (Debian's
 * {@code chromium} and {@code chromium-driver}); Selenium comes with the test classpath, which
 * {@code mvn -Pbench package} runs the benchmark with.
 *
 * <pre>
 * java -cp target/skillsite.jar:target/test-classes:$(cat target/test-classpath.txt) dev.skillsite.bench.SearchProbe SITE [QUERY]
 * </pre>
 */
public final class SearchProbe {
    static final Path CHROMEDRIVER = Path.of(System.getProperty("skillsite.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("skillsite.chromium", "/usr/bin/chromium"));
    /** Words every synthetic page draws from, with a typo and a code name's part: what a reader might type. */
    static final String QUERY = "sampled evicton key";

    /**
     * What was measured.
     *
     * @param firstQueryGzip the index files the first query loaded, gzipped, in bytes
     * @param firstQueryFiles how many index files that was
     * @param firstQueryMillis the first query, loading included
     * @param keystrokes     each keystroke's answer, typing {@link #QUERY} on a fresh page, in milliseconds
     */
    record Figures(long firstQueryGzip, int firstQueryFiles, double firstQueryMillis, List<Double> keystrokes) {
        double median() {
            List<Double> sorted = keystrokes.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        double worst() {
            return keystrokes.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "first query %s gzipped in %d files, %.0f ms; keystrokes median %.0f ms, worst %.0f ms (%d)",
                    kilobytes(firstQueryGzip), firstQueryFiles, firstQueryMillis, median(), worst(), keystrokes.size());
        }
    }

    /** Why the search cannot be measured here, or null when it can. */
    static String unavailable() {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            return "no " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
        }
        try {
            Class.forName("org.openqa.selenium.chrome.ChromeDriver");
            return null;
        } catch (ClassNotFoundException e) {
            return "Selenium is not on the classpath (run with mvn -Pbench package, or add the test classpath)";
        }
    }

    public static void main(String[] args) throws IOException {
        String why = unavailable();
        if (why != null || args.length < 1) {
            System.err.println(why != null ? "search probe: " + why : "usage: SearchProbe SITE [QUERY]");
            System.exit(2);
        }
        Figures figures = measure(Path.of(args[0]), args.length > 1 ? args[1] : QUERY);
        System.out.println(figures);
        System.out.println("keystrokes, ms: " + figures.keystrokes().stream().map(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList());
    }

    static Figures measure(Path site, String query) throws IOException {
        Path profile = Files.createTempDirectory("search-probe");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            String page = site.resolve("index.html").toUri().toString();
            driver.get(page);
            double first = answer(driver, query);
            List<Path> loaded = loadedIndexFiles(driver);
            long gzip = 0;
            for (Path file : loaded) {
                gzip += gzipped(file);
            }
            driver.get(page);
            List<Double> keystrokes = new ArrayList<>();
            for (int i = 1; i <= query.length(); i++) {
                keystrokes.add(answer(driver, query.substring(0, i)));
            }
            return new Figures(gzip, loaded.size(), first, keystrokes);
        } finally {
            driver.quit();
            Benchmark.deleteTree(profile);
        }
    }

    /**
     * Puts the text in the box as a keystroke would and waits for the answer: results shown, and the list no
     * longer busy loading parts of the index (an engine that answers at once never marks it busy).
     */
    private static double answer(ChromeDriver driver, String text) {
        Object millis = driver.executeAsyncScript("""
                const [text, done] = arguments;
                const input = document.getElementById('search-input');
                const list = document.getElementById('search-results');
                input.focus();
                input.value = text;
                const start = performance.now();
                input.dispatchEvent(new Event('input', {bubbles: true}));
                const answered = () => !list.hidden && list.getAttribute('aria-busy') !== 'true';
                if (answered()) { done(performance.now() - start); return; }
                new MutationObserver((changes, observer) => {
                  if (answered()) { observer.disconnect(); done(performance.now() - start); }
                }).observe(list, {attributes: true, childList: true});""", text);
        return ((Number) millis).doubleValue();
    }

    /**
     * The files of the search index the page has loaded so far: the scripts it added (from {@code file://}
     * Chromium keeps no resource timings).
     */
    private static List<Path> loadedIndexFiles(ChromeDriver driver) {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) driver.executeScript(
                "return [...document.querySelectorAll('script[src]')].map(s => s.src).filter(n => n.includes('search-index'))");
        return urls.stream().map(url -> Path.of(URI.create(url))).distinct().toList();
    }

    static long gzipped(Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(Files.readAllBytes(file));
            }
            return bytes.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%,.0f KB", bytes / 1000.0);
    }
}
