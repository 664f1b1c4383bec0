package dev.skillsite.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --external} against an HTTP server on 127.0.0.1 only, never another host. The server answers
 * at once except where a test is about waiting, and those waits are a fraction of a second (one
 * second for Retry-After), so the whole class runs in a few seconds.
 */
class ExternalLinksTest {
    /** Ample for a loopback answer even on a busy machine; only the silent server ever reaches it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    @TempDir
    Path temp;
    private HttpServer server;
    private ExecutorService handlers;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int seen = requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            try {
                respond(exchange, path, seen);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    private void respond(HttpExchange exchange, String path, int seen) throws IOException {
        switch (path) {
            case "/ok" -> send(exchange, 200);
            case "/moved" -> {
                exchange.getResponseHeaders().add("Location", "/ok");
                send(exchange, 301);
            }
            case "/gone" -> send(exchange, 404);
            case "/busy" -> {
                if (seen == 1) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    send(exchange, 429);
                } else {
                    send(exchange, 200);
                }
            }
            case "/busy-for-an-hour" -> {
                exchange.getResponseHeaders().add("Retry-After", "3600");
                send(exchange, 429);
            }
            case "/flaky" -> send(exchange, seen == 1 ? 503 : 200);
            case "/silent" -> {
                try {
                    release.await(10, TimeUnit.SECONDS); // answers only after the client gave up
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200);
            }
            default -> {
                if (path.startsWith("/slow/")) {
                    // Counted while the answer is held back: once it is sent, the client may ask again
                    // before this thread gets to count the request as done.
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(150);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        inFlight.decrementAndGet();
                    }
                    send(exchange, 200);
                } else {
                    send(exchange, 404);
                }
            }
        }
    }

    private static void send(HttpExchange exchange, int status) throws IOException {
        byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, status == 301 ? -1 : body.length);
        if (status != 301) {
            exchange.getResponseBody().write(body);
        }
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private int requestsFor(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    /** A site whose index.html links to each path on the loopback server, one link a line from line 4 on. */
    private Path site(String... paths) throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        List<String> lines = new ArrayList<>(List.of("<!DOCTYPE html>", "<title>external</title>", "<body>"));
        for (String path : paths) {
            lines.add("<a href=\"" + url(path) + "\">" + path + "</a>");
        }
        Files.write(site.resolve("index.html"), lines);
        return site;
    }

    private ExternalOptions options() {
        return new ExternalOptions(4, TIMEOUT, 1, Duration.ofMillis(50), Duration.ofSeconds(2),
                temp.resolve("cache.tsv"), Duration.ofHours(1));
    }

    private List<String> check(Path site, ExternalOptions options) {
        return LinkCheckerTest.describe(new LinkChecker("/", options).check(site));
    }

    @Test
    void anAddressThatAnswersPasses() throws IOException {
        assertEquals(List.of(), check(site("/ok"), options()));
        assertEquals(1, requestsFor("/ok"));
    }

    @Test
    void aPermanentRedirectToAnAddressThatAnswersPasses() throws IOException {
        assertEquals(List.of(), check(site("/moved"), options()));
        assertEquals(1, requestsFor("/ok"));
    }

    @Test
    void aMissingPageIsAnErrorAtEveryLinkButAskedOnce() throws IOException {
        Path site = site("/gone", "/gone#section");

        CheckReport report = new LinkChecker("/", options()).check(site);

        assertEquals(List.of("EXTERNAL_UNREACHABLE index.html:4:1 " + url("/gone"),
                "EXTERNAL_UNREACHABLE index.html:5:1 " + url("/gone#section")), LinkCheckerTest.describe(report));
        assertEquals("HTTP 404", report.findings().get(0).message());
        assertEquals(1, requestsFor("/gone"));
    }

    @Test
    void tooManyRequestsIsAskedAgainAfterTheRetryAfterWait() throws IOException {
        long start = System.nanoTime();

        assertEquals(List.of(), check(site("/busy"), options()));

        assertEquals(2, requestsFor("/busy"));
        assertTrue(System.nanoTime() - start >= Duration.ofSeconds(1).toNanos(), "did not wait for Retry-After");
    }

    @Test
    void aRetryAfterLongerThanTheLongestWaitFailsAtOnce() throws IOException {
        CheckReport report = new LinkChecker("/", options()).check(site("/busy-for-an-hour"));

        assertEquals("HTTP 429 Too Many Requests, and the server asks to wait 3600 s before trying again",
                report.findings().get(0).message());
        assertEquals(1, requestsFor("/busy-for-an-hour"));
    }

    @Test
    void aServerErrorIsAskedAgainAfterABackoff() throws IOException {
        assertEquals(List.of(), check(site("/flaky"), options()));
        assertEquals(2, requestsFor("/flaky"));
    }

    @Test
    void noAnswerWithinTheTimeoutIsAnErrorAfterTheRetries() throws IOException {
        Path site = site("/silent");

        ExternalOptions impatient = new ExternalOptions(4, SHORT_TIMEOUT, 1, Duration.ofMillis(50), Duration.ofSeconds(2),
                temp.resolve("cache.tsv"), Duration.ofHours(1));

        CheckReport report = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new LinkChecker("/", impatient).check(site));

        assertEquals(List.of("EXTERNAL_UNREACHABLE index.html:4:1 " + url("/silent")), LinkCheckerTest.describe(report));
        assertEquals("no answer within 300 ms, 2 tries", report.findings().get(0).message());
    }

    @Test
    void noMoreRequestsThanTheConcurrencyAreInFlight() throws IOException {
        Path site = site("/slow/1", "/slow/2", "/slow/3", "/slow/4", "/slow/5", "/slow/6");
        ExternalOptions two = new ExternalOptions(2, TIMEOUT, 0, Duration.ofMillis(50), Duration.ofSeconds(2),
                temp.resolve("cache.tsv"), Duration.ofHours(1));

        assertEquals(List.of(), check(site, two));
        assertEquals(2, mostInFlight.get());
    }

    @Test
    void anAnswerInTheCacheIsTrustedUntilItsMaxAge() throws IOException {
        Path site = site("/ok");
        check(site, options());

        check(site, options());

        assertEquals(1, requestsFor("/ok"));
    }

    @Test
    void anAnswerOlderThanTheMaxAgeIsAskedAgain() throws IOException {
        Path site = site("/ok");
        long twoHoursAgo = Instant.now().minus(Duration.ofHours(2)).getEpochSecond();
        Files.writeString(temp.resolve("cache.tsv"), twoHoursAgo + "\t" + url("/ok") + "\n");

        check(site, options());

        assertEquals(1, requestsFor("/ok"));
        assertTrue(Files.readString(temp.resolve("cache.tsv")).lines().anyMatch(l -> l.endsWith("\t" + url("/ok"))
                && Long.parseLong(l.substring(0, l.indexOf('\t'))) > twoHoursAgo));
    }

    @Test
    void aFailureIsNeverCachedSoAFixShowsAtOnce() throws IOException {
        Path site = site("/gone");
        check(site, options());

        check(site, options());

        assertEquals(2, requestsFor("/gone"));
    }

    @Test
    void theCacheDefaultsToTheCheckedFoldersParent() throws IOException {
        Path site = site("/ok");

        check(site, options().withCache(null));

        assertTrue(Files.isRegularFile(temp.resolve(ExternalOptions.CACHE_FILE)));
    }

    @Test
    void withoutExternalOptionsNoRequestIsMade() throws IOException {
        assertEquals(List.of(), LinkCheckerTest.describe(new LinkChecker("/").check(site("/gone", "/ok"))));
        assertEquals(Map.of(), requests);
    }
}
