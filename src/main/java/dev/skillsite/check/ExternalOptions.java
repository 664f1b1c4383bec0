package dev.skillsite.check;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code --external} asks other sites about links: how many requests at once, how long to wait
 * for an answer, how often to try again, and where to remember the addresses that answered.
 *
 * @param concurrency requests in flight at most
 * @param timeout     to connect, and then again for the response headers
 * @param retries     further tries after a timeout, a failed connection, a 5xx or a 429
 * @param backoff     the wait before the first retry; it doubles for each further one
 * @param maxWait     the longest wait between tries; a 429 whose Retry-After asks for more fails the link
 * @param cache       the cache file; null puts it beside the checked folder
 * @param cacheMaxAge how long an address that answered is trusted without asking again
 */
public record ExternalOptions(int concurrency, Duration timeout, int retries, Duration backoff, Duration maxWait,
                              Path cache, Duration cacheMaxAge) {
    /** The file name of the cache beside the checked folder: {@code target/site} caches in {@code target/}. */
    public static final String CACHE_FILE = "skillsite-link-cache.tsv";

    public ExternalOptions {
        if (concurrency < 1 || retries < 0) {
            throw new IllegalArgumentException("concurrency must be positive and retries not negative");
        }
    }

    public static ExternalOptions defaults() {
        return new ExternalOptions(8, Duration.ofSeconds(10), 2, Duration.ofSeconds(1), Duration.ofSeconds(60),
                null, Duration.ofHours(24));
    }

    public ExternalOptions withCache(Path cache) {
        return new ExternalOptions(concurrency, timeout, retries, backoff, maxWait, cache, cacheMaxAge);
    }

    public ExternalOptions withCacheMaxAge(Duration cacheMaxAge) {
        return new ExternalOptions(concurrency, timeout, retries, backoff, maxWait, cache, cacheMaxAge);
    }

    /** The cache beside {@code siteRoot} (in its parent folder) unless one was named. */
    ExternalOptions withDefaultCache(Path siteRoot) {
        if (cache != null) {
            return this;
        }
        Path parent = siteRoot.toAbsolutePath().normalize().getParent();
        return withCache((parent == null ? siteRoot : parent).resolve(CACHE_FILE));
    }
}
