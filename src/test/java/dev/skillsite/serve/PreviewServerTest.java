package dev.skillsite.serve;

import dev.skillsite.TestFolders;
import dev.skillsite.build.BuildOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The preview over a copy of the minimal skill, on a free port of 127.0.0.1: what it serves, what a
 * save makes it push, and that it stops. Every wait is bounded; 20 s is generous for a busy CI machine,
 * as these assert behaviour, not speed.
 */
class PreviewServerTest {
    private static final String RELOAD_SCRIPT = "<script src=\"" + ReloadHook.SCRIPT_PATH + "\"></script>";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String END_OF_STREAM = "\u0000end";

    @TempDir
    Path temp;
    private Path content;
    private Path site;
    private PreviewServer preview;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        content = temp.resolve("skill");
        TestFolders.copy(Path.of("src/test/resources/skills/minimal"), content);
        site = temp.resolve("preview");
        PrintStream print = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        preview = PreviewServer.start(new BuildOptions(content, site, Path.of("."), "", "/", true), 0, print, print);
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void servesOnLoopbackWithTheReloadScriptInHtmlResponsesOnly() throws Exception {
        assertEquals("127.0.0.1", preview.address().getHost());
        HttpResponse<String> page = get("alpha-things/one.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(RELOAD_SCRIPT + "</body>"), page.body());
        // EventSource needs connect-src, which the published default-src 'none' denies: allowed in the response only.
        assertTrue(page.body().contains("connect-src 'self'"), page.body());

        HttpResponse<byte[]> css = http.send(request("css/site.css"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, css.statusCode());
        assertArrayEquals(Files.readAllBytes(site.resolve("css/site.css")), css.body());

        HttpResponse<String> script = get(ReloadHook.SCRIPT_PATH.substring(1));
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("EventSource('" + ReloadHook.EVENTS_PATH + "')"), script.body());

        // A folder without its slash is redirected, so the relative links of its index.html resolve.
        HttpResponse<String> folder = get("beta");
        assertEquals(301, folder.statusCode());
        assertEquals("/beta/", folder.headers().firstValue("Location").orElse(""));
        assertTrue(get("beta/").body().contains(RELOAD_SCRIPT));
        assertEquals(404, get("no-such-page.html").statusCode());
        assertEquals(404, get("%2e%2e/skill/SKILL.md").statusCode(), "a path must not climb out of the site");

        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("__skillsite"), file + " has the reload hook");
            }
        }
    }

    @Test
    void editsReloadTheTabsAndBrokenLinksShowUpWhileTheLastGoodSiteStaysServed() throws Exception {
        BlockingQueue<String> events = subscribe();
        awaitLine(events, ": connected"::equals);

        Path topic = content.resolve("references/beta-three.md");
        Files.writeString(topic, Files.readString(topic) + "\nA freshly written paragraph.\n");
        awaitLine(events, "event: reload"::equals);
        assertTrue(get("beta/three.html").body().contains("A freshly written paragraph."));

        // A new last line links to a page the skill does not have.
        String where = "beta-three.md:" + (Files.readAllLines(topic).size() + 1) + ": error:";
        Files.writeString(topic, Files.readString(topic) + "See [nowhere](missing-topic.md).\n");
        awaitLine(events, "event: problems"::equals);
        // (Should the save be seen half-written, that build fails on other grounds first: wait for this one.)
        String problem = awaitLine(events, line -> line.startsWith("data: ") && line.contains("missing-topic.md"));
        assertTrue(problem.contains(where) && problem.contains("missing-topic.md"), where + " in " + problem);
        String stillServed = get("beta/three.html").body();
        assertTrue(stillServed.contains("A freshly written paragraph.") && !stillServed.contains("nowhere"), stillServed);
        assertTrue(terminal.toString(StandardCharsets.UTF_8).contains(where), terminal.toString(StandardCharsets.UTF_8));

        // A tab that connects while the build is failing gets the problems at once.
        BlockingQueue<String> late = subscribe();
        awaitLine(late, "event: problems"::equals);

        int port = preview.address().getPort();
        preview.close();
        awaitLine(events, END_OF_STREAM::equals);
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class, () -> socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000));
        }
    }

    @Test
    void inARepositoryAnEditInANestedSkillAndANewSkillBothReachTheTabs() throws Exception {
        preview.close();
        content = TestFolders.copy(Path.of("src/test/resources/repos/skills-repo"), temp.resolve("repository"));
        preview = PreviewServer.start(new BuildOptions(content, temp.resolve("repository-preview"), Path.of("."), "", "/", true), 0,
                new PrintStream(terminal, true, StandardCharsets.UTF_8), new PrintStream(terminal, true, StandardCharsets.UTF_8));
        BlockingQueue<String> events = subscribe();
        awaitLine(events, ": connected"::equals);

        Path pooling = content.resolve("clients/languages/python-client/pooling.md");
        Files.writeString(pooling, Files.readString(pooling) + "\nPools are sized per process.\n");
        awaitLine(events, "event: reload"::equals);
        assertTrue(get("python-client/pooling.html").body().contains("Pools are sized per process."));

        // A skill folder written while the server runs is found, and the catalogue lists it.
        Path added = content.resolve("skills/streams");
        Files.createDirectories(added);
        Files.writeString(added.resolve("SKILL.md"), "---\nname: streams\ndescription: Appending to and reading Valkey streams.\n---\n\n# Streams\n\nEntries and consumer groups.\n");
        awaitLine(events, "event: reload"::equals);
        // (A reload may come between the folder and its SKILL.md: wait for the catalogue that names it.)
        long until = System.nanoTime() + WAIT.toNanos();
        while (!get("index.html").body().contains("streams/index.html") && System.nanoTime() < until) {
            awaitLine(events, "event: reload"::equals);
        }
        assertTrue(get("index.html").body().contains("streams/index.html"), "the catalogue lists the new skill");
        assertEquals(200, get("streams/index.html").statusCode());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(preview.address().resolve(path)).timeout(WAIT).build();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    /** The event stream's lines, as they arrive, then END_OF_STREAM when the server ends it. */
    private BlockingQueue<String> subscribe() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(preview.address().resolve(ReloadHook.EVENTS_PATH.substring(1))).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(response -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // the server ended the stream abruptly: that is an end too
            }
            lines.add(END_OF_STREAM);
        }).exceptionally(failure -> {
            lines.add(END_OF_STREAM);
            return null;
        });
        return lines;
    }

    private static String awaitLine(BlockingQueue<String> lines, Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> seen = new ArrayList<>();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                fail("no such line within " + WAIT.toSeconds() + " s; got " + seen);
            }
            if (wanted.test(line)) {
                return line;
            }
            seen.add(line);
        }
    }
}
