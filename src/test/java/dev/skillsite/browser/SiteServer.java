package dev.skillsite.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A built site served on loopback only, under a sub-path as GitHub Pages serves a project
 * ({@code http://127.0.0.1:PORT/skillsite/}), so relative links are tested where they must hold.
 * Unknown paths get {@code 404.html} with status 404; {@code extra} pages are served from memory.
 */
record SiteServer(HttpServer server, ExecutorService threads, String base) implements AutoCloseable {
    static final String PREFIX = "/skillsite/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "txt", "text/plain; charset=utf-8", "md", "text/markdown; charset=utf-8",
            "xml", "application/xml", "png", "image/png", "svg", "image/svg+xml");

    static SiteServer serve(Path site, Map<String, String> extra) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(site, extra, exchange);
            }
        });
        server.start();
        return new SiteServer(server, threads, "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX);
    }

    private static void handle(Path site, Map<String, String> extra, HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        if (extra.containsKey(path)) {
            send(exchange, 200, "html", extra.get(path).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path file = null;
        if (path.startsWith(PREFIX)) {
            String relative = path.substring(PREFIX.length());
            file = site.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative).normalize();
        }
        if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
            send(exchange, 404, "html", Files.readAllBytes(site.resolve("404.html")));
            return;
        }
        String name = file.getFileName().toString();
        send(exchange, 200, name.substring(name.lastIndexOf('.') + 1), Files.readAllBytes(file));
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
