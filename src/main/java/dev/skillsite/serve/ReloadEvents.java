package dev.skillsite.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server-sent event stream open browser tabs listen to: {@code reload} after a build passed,
 * {@code problems} (one problem per data line) after one failed. A tab that connects while the last
 * build is failing gets its problems at once, so a reloaded tab shows the overlay again.
 */
final class ReloadEvents implements AutoCloseable {
    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private volatile List<String> problems = List.of();

    /** Answers a GET of the event stream and keeps the response open for later events. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0); // chunked: the stream has no end
        clients.add(exchange); // before the first write, so no event between the two is missed
        // retry: reconnect quickly when the server comes back; the comment tells the client it is live.
        List<String> failing = problems;
        if (write(exchange, "retry: 1000\n: connected\n\n" + (failing.isEmpty() ? "" : event("problems", failing)))) {
            return;
        }
        clients.remove(exchange);
        exchange.close();
    }

    void reload() {
        problems = List.of();
        broadcast(event("reload", List.of("built")));
    }

    void problems(List<String> lines) {
        problems = List.copyOf(lines);
        broadcast(event("problems", problems));
    }

    int clients() {
        return clients.size();
    }

    private void broadcast(String event) {
        for (HttpExchange client : clients) {
            if (!write(client, event)) {
                clients.remove(client); // the tab is gone
                client.close();
            }
        }
    }

    /** One event; a line break inside a line would end its data line early, so lines are kept whole. */
    private static String event(String name, List<String> lines) {
        StringBuilder text = new StringBuilder("event: ").append(name).append('\n');
        for (String line : lines) {
            text.append("data: ").append(line.replaceAll("[\\r\\n]+", " ")).append('\n');
        }
        return text.append('\n').toString();
    }

    private static boolean write(HttpExchange client, String text) {
        OutputStream body = client.getResponseBody();
        try {
            synchronized (client) {
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Ends every stream, so browsers and the HTTP server's connections are not left hanging. */
    @Override
    public void close() {
        for (HttpExchange client : clients) {
            client.close();
        }
        clients.clear();
    }
}
