package dev.skillsite.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Asks other sites whether the addresses a site links to answer: a GET per address, at most
 * {@link ExternalOptions#concurrency()} at once, redirects followed (a 301 to a page that answers is
 * fine). Timeouts, failed connections, 408 and 5xx are retried with doubling waits, a 429 after the
 * wait its Retry-After asks for. Only the response headers are awaited; the body is never read.
 */
final class ExternalLinks {
    private static final String USER_AGENT = "skillsite-link-check/1";

    private final ExternalOptions options;
    private final HttpClient client;

    ExternalLinks(ExternalOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.timeout())
                // Browsers follow a redirect from https to http too, and the question is whether the link works.
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .build();
    }

    /** The addresses that failed, each with why; cached answers younger than the max age are trusted. */
    Map<URI, String> failures(Collection<URI> urls) {
        if (urls.isEmpty()) {
            return Map.of();
        }
        LinkCache cache = LinkCache.load(options.cache(), options.cacheMaxAge());
        Instant started = Instant.now();
        List<URI> toAsk = urls.stream().filter(u -> !cache.isFresh(u, started)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.concurrency(), Math.max(1, toAsk.size())), r -> {
            Thread thread = new Thread(r, "skillsite-external-link");
            thread.setDaemon(true);
            return thread;
        });
        Map<URI, Future<Optional<String>>> pending = new TreeMap<>();
        try {
            toAsk.forEach(url -> pending.put(url, pool.submit(() -> probe(url))));
            Map<URI, String> failures = new TreeMap<>();
            for (var entry : pending.entrySet()) {
                Optional<String> failure = entry.getValue().get();
                if (failure.isPresent()) {
                    failures.put(entry.getKey(), failure.get());
                } else {
                    cache.answered(entry.getKey(), Instant.now());
                }
            }
            cache.save(Instant.now());
            return failures;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking external links", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking external links failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Empty when the address answers with a 2xx; else why not, after the retries it deserves. */
    private Optional<String> probe(URI url) throws InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url).GET().timeout(options.timeout())
                    .header("User-Agent", USER_AGENT).header("Accept", "text/html,*/*;q=0.8").build();
        } catch (IllegalArgumentException e) {
            return Optional.of("cannot be requested: " + e.getMessage());
        }
        for (int attempt = 0; ; attempt++) {
            String failure;
            Duration backoff = options.backoff().multipliedBy(1L << Math.min(attempt, 20));
            Duration wait = backoff.compareTo(options.maxWait()) > 0 ? options.maxWait() : backoff;
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                response.body().close(); // the status is the answer; closing skips the download
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return Optional.empty();
                }
                failure = "HTTP " + status + (status == 429 ? " Too Many Requests" : "");
                if (status == 429) {
                    Optional<Duration> asked = retryAfter(response);
                    if (asked.isPresent() && asked.get().compareTo(options.maxWait()) > 0) {
                        return Optional.of(failure + ", and the server asks to wait " + asked.get().toSeconds() + " s before trying again");
                    }
                    wait = asked.orElse(wait);
                } else if (status < 500 && status != 408) {
                    return Optional.of(failure); // 4xx and an unfollowed 3xx do not heal by asking again
                }
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + options.timeout().toMillis() + " ms";
            } catch (IOException e) {
                failure = "cannot connect: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            if (attempt >= options.retries()) {
                return Optional.of(failure + (attempt > 0 ? ", " + (attempt + 1) + " tries" : ""));
            }
            Thread.sleep(wait.toMillis());
        }
    }

    /** Retry-After in seconds or as an HTTP date (RFC 9110, 10.2.3). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration until = Duration.between(Instant.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                    return Optional.of(until.isNegative() ? Duration.ZERO : until);
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        });
    }
}
