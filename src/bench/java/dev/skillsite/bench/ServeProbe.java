package dev.skillsite.bench;

import dev.skillsite.serve.PreviewServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times what a writer of the preview sees: from saving a topic file to the browser holding the rebuilt
 * page. Starts the real {@code serve} command, listens to its event stream as an open tab does, then,
 * per edit, appends a marker line to the file, waits for the {@code reload} event and fetches the page
 * as the tab's reload would, checking that the marker is on it. The file is restored afterwards.
 */
final class ServeProbe {
    private static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
    private static final long TIMEOUT_SECONDS = 120;

    private ServeProbe() {
    }

    /**
     * @param command the serve command, with {@code --port 0}
     * @param topic   the markdown file to edit
     * @param page    its page, relative to the site root
     * @return the milliseconds of each edit, save to page fetched
     */
    static List<Long> measure(List<String> command, Path topic, String page, int edits, Path log) throws IOException, InterruptedException {
        String original = Files.readString(topic); // before the server starts: a missing topic must not leave it running
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            URI site = URI.create(address(process, log));
            BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
            HttpURLConnection events = (HttpURLConnection) site.resolve(PreviewServer.EVENTS_PATH.substring(1)).toURL().openConnection();
            events.setReadTimeout(0);
            InputStream stream = events.getInputStream();
            Thread listener = new Thread(() -> listen(stream, reloads), "serve-probe-events");
            listener.setDaemon(true);
            listener.start();
            Thread.sleep(1000); // let the first build's watcher settle
            reloads.clear();
            List<Long> millis = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                String marker = "probe-edit-" + i + "-" + System.nanoTime();
                long start = System.nanoTime();
                Files.writeString(topic, "\n" + marker + "\n", StandardOpenOption.APPEND);
                Long reloaded = reloads.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (reloaded == null) {
                    throw new IOException("no reload within " + TIMEOUT_SECONDS + " s of an edit; see " + log);
                }
                String body = fetch(site.resolve(page));
                long end = System.nanoTime();
                if (!body.contains(marker)) {
                    throw new IOException("reloaded page lacks the edit " + marker + "; see " + log);
                }
                millis.add((end - start) / 1_000_000);
                Thread.sleep(400); // one edit at a time, as a writer saves
                reloads.clear();
            }
            // No disconnect(): it would wait for the listener's blocked read. Stopping the server ends the stream.
            return millis;
        } finally {
            Files.writeString(topic, original);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Copies the server's output to the log until it names its address. */
    private static String address(Process process, Path log) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread copier = new Thread(() -> {
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                        Files.writeString(log, seen);
                    }
                    Matcher matcher = ADDRESS.matcher(line);
                    if (matcher.find()) {
                        found.complete(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                found.completeExceptionally(e);
            }
            found.completeExceptionally(new IOException("serve ended before it listened; see " + log));
        }, "serve-probe-output");
        copier.setDaemon(true);
        copier.start();
        try {
            return found.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("serve did not start: " + e.getMessage() + "; see " + log, e);
        }
    }

    private static void listen(InputStream stream, BlockingQueue<Long> reloads) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.equals("event: reload")) {
                    reloads.add(System.nanoTime());
                }
            }
        } catch (IOException e) {
            // the server went away: the probe times out or is done
        }
    }

    private static String fetch(URI page) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) page.toURL().openConnection();
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }
}
