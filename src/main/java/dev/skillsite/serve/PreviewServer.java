package dev.skillsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.skillsite.build.BuildOptions;
import dev.skillsite.build.BuildResult;
import dev.skillsite.build.SiteBuild;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The live preview: builds the site into its own folder, serves it on 127.0.0.1 only, rebuilds when
 * the skill, templates, assets or jbake.properties change, and tells open tabs to reload. A failed
 * build is printed and pushed to the tabs as an overlay while the last good site stays served
 * (SiteBuild only swaps in a passing build).
 */
public final class PreviewServer implements AutoCloseable {
    /** The server-sent event stream open tabs listen to: {@code event: reload} after each passing build. */
    public static final String EVENTS_PATH = ReloadHook.EVENTS_PATH;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));

    private final BuildOptions options;
    private final Path site;
    private final PrintStream out;
    private final PrintStream err;
    private final ReloadEvents events = new ReloadEvents();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final byte[] reloadScript;
    private final Object building = new Object();
    /** One builder for every rebuild: it keeps the last build's cache in memory for the next. */
    private final SiteBuild builder = SiteBuild.deferring();
    private HttpServer server;
    private ExecutorService threads;
    private SourceWatcher watcher;

    private PreviewServer(BuildOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.site = options.out().toAbsolutePath().normalize();
        this.out = out;
        this.err = err;
        try (InputStream script = PreviewServer.class.getResourceAsStream("reload.js")) {
            this.reloadScript = script.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("reload.js is missing from the classpath", e);
        }
    }

    /**
     * Listens on 127.0.0.1:{@code port} (0 picks a free port), watches, then builds once. A failing
     * first build does not stop the preview: its errors show, and the next save may fix them.
     */
    public static PreviewServer start(BuildOptions options, int port, PrintStream out, PrintStream err) throws IOException {
        PreviewServer preview = new PreviewServer(options, out, err);
        Path project = options.project().toAbsolutePath().normalize();
        List<Path> sources = List.of(options.content(), project.resolve("templates"), project.resolve("assets"));
        for (Path source : sources) {
            // The build writes the preview folder: inside a watched folder it would rebuild forever.
            if (preview.site.startsWith(source.toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("the preview folder " + options.out() + " is inside " + source + ", which is watched");
            }
        }
        try {
            // Listen first, so a taken port fails fast rather than after a build; watch before the first
            // build, so an edit made while it runs is not lost.
            preview.listen(port);
            preview.watcher = new SourceWatcher(sources, List.of(project.resolve("jbake.properties")), preview::rebuild);
            preview.rebuild(Set.of(), System.nanoTime());
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public List<Path> watched() {
        return watcher.trees();
    }

    /** The watch service in use, named for the start-up line: whether saves show at once or after a poll. */
    public String watchService() {
        return watcher.service();
    }

    /** Blocks until {@link #close()} has run (from Ctrl-C's shutdown hook, say). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching, ends the event streams, then stops the server; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        if (watcher != null) {
            watcher.close();
        }
        events.close();
        if (server != null) {
            server.stop(0);
        }
        if (threads != null) {
            threads.shutdownNow();
        }
        closed.countDown();
    }

    private void listen(int port) throws IOException {
        // The literal address, not "localhost": never another interface, never an IPv6-only surprise.
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port);
        try {
            server = HttpServer.create(loopback, 0);
        } catch (BindException e) {
            throw new UncheckedIOException("port " + port + " on 127.0.0.1 is taken; pass another with --port", e);
        }
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "skillsite-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try {
                serve(exchange);
            } catch (IOException | RuntimeException e) {
                exchange.close(); // the browser went away mid-response, or the folder was swapped under us
            }
        });
        server.start();
    }

    /** Runs on the watcher's thread (the first build on the starting one): never two at once. */
    private void rebuild(Set<Path> changed, long detectedNanos) {
        synchronized (building) {
            build(changed, detectedNanos);
        }
    }

    private void build(Set<Path> changed, long detectedNanos) {
        String what = changed.stream().map(this::shortName).sorted().collect(Collectors.joining(", "));
        try {
            builder.changed(changed);
            BuildResult result = builder.run(options);
            events.reload();
            long sentNanos = System.nanoTime();
            long sent = (sentNanos - detectedNanos) / 1_000_000;
            // The search index, the cache and the old site's deletion wait: the tabs need the new pages first. They
            // are left to the next build when an edit waits for it before they are done: that build does them again.
            // Null only for a build that the watcher's first events start before start() has assigned it.
            SourceWatcher watching = watcher;
            boolean finished = builder.finish(() -> watching != null && watching.waiting());
            long after = (System.nanoTime() - sentNanos) / 1_000_000;
            result.warnings().forEach(err::println);
            out.printf(Locale.ROOT, "%s built %d pages in %d ms (%s; %s)%s; search index, llms-full.txt and cache %s %d ms after the reload%n", now(),
                    result.pages(), result.times().totalMillis(), result.times(), result.cacheHits(),
                    changed.isEmpty() ? "" : "; reload sent " + sent + " ms after the change to " + what,
                    finished ? "written" : "left to the next edit's build", after);
        } catch (ProblemException e) {
            failed(e.problems().stream().map(Problem::toString).toList(), what);
        } catch (RuntimeException e) {
            // A bug or an I/O failure must not end the preview: show it like any other build error.
            failed(List.of("skillsite: build failed: " + e), what);
        }
    }

    private void failed(List<String> problems, String what) {
        problems.forEach(err::println);
        err.printf(Locale.ROOT, "%s build failed with %d error%s%s; %s%n", now(), problems.size(),
                problems.size() == 1 ? "" : "s", what.isEmpty() ? "" : " after the change to " + what,
                Files.isDirectory(site) ? "still serving the last good site" : "nothing to serve until it builds");
        events.problems(problems);
    }

    private String shortName(Path path) {
        Path content = options.content().toAbsolutePath().normalize();
        Path project = options.project().toAbsolutePath().normalize();
        Path relative = path.startsWith(content) ? content.relativize(path) : path.startsWith(project) ? project.relativize(path) : path;
        return relative.toString().isEmpty() ? path.toString() : relative.toString();
    }

    private static String now() {
        return LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "txt", new byte[0]);
            return;
        }
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.equals(ReloadHook.EVENTS_PATH)) {
            events.subscribe(exchange);
            return;
        }
        if (path.equals(ReloadHook.SCRIPT_PATH)) {
            send(exchange, 200, "js", reloadScript);
            return;
        }
        Path file = site.resolve(path.substring(1)).normalize();
        if (!file.startsWith(site)) { // ../ must not reach the rest of the disk
            notFound(exchange);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                // Pages link relatively: /beta must become /beta/ before index.html's links resolve.
                exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                send(exchange, 301, "txt", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            notFound(exchange);
            return;
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        send(exchange, 200, extension, page(extension, Files.readAllBytes(file)));
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = site.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page)
                // No site yet (the first build failed): a page that still carries the overlay and reloads.
                : "<!doctype html><title>No site yet</title><body><p>The site has not been built yet.</p></body>"
                .getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, "html", page("html", body));
    }

    private static byte[] page(String extension, byte[] body) {
        return extension.equals("html") ? ReloadHook.inject(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : body;
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store"); // a reload must fetch the rebuilt CSS too
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        try (OutputStream response = exchange.getResponseBody()) {
            if (!head) {
                response.write(body);
            }
        }
    }
}
