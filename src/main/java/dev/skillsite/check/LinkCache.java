package dev.skillsite.check;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The addresses that answered an earlier {@code --external} run, and when: one
 * {@code epoch-seconds TAB url} line each. Only successes are kept, so a link that failed is asked
 * again on the next run and a fix on the other site shows at once.
 */
final class LinkCache {
    // A cache that cannot be read or written costs requests, never the check: a warning is enough.
    private static final Logger LOG = LoggerFactory.getLogger(LinkCache.class);
    private static final String HEADER = "# skillsite link cache: epoch seconds of the last good answer, then the URL";

    private final Path file;
    private final Duration maxAge;
    private final Map<URI, Instant> answered = new ConcurrentHashMap<>();

    private LinkCache(Path file, Duration maxAge) {
        this.file = file;
        this.maxAge = maxAge;
    }

    /** Reads the file if there is one; a damaged line is skipped, since the worst case is asking again. */
    static LinkCache load(Path file, Duration maxAge) {
        LinkCache cache = new LinkCache(file, maxAge);
        if (!Files.isRegularFile(file)) {
            return cache;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                try {
                    cache.answered.put(new URI(line.substring(tab + 1)), Instant.ofEpochSecond(Long.parseLong(line.substring(0, tab))));
                } catch (NumberFormatException | URISyntaxException e) {
                    // skipped: the address is simply asked again
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot read the link cache {}, so every address is asked: {}", file, e.toString());
        }
        return cache;
    }

    boolean isFresh(URI url, Instant now) {
        Instant at = answered.get(url);
        return at != null && at.plus(maxAge).isAfter(now) && !at.isAfter(now);
    }

    void answered(URI url, Instant now) {
        answered.put(url, now);
    }

    /** Writes the entries still fresh, through a temporary file so a crash never leaves half a cache. */
    void save(Instant now) {
        List<String> lines = answered.entrySet().stream().filter(e -> isFresh(e.getKey(), now))
                .map(e -> e.getValue().getEpochSecond() + "\t" + e.getKey()).sorted().toList();
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".link-cache", ".tmp");
            Files.write(temp, Stream.concat(Stream.of(HEADER), lines.stream()).toList(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot write the link cache {}, so the next run asks again: {}", file, e.toString());
        }
    }
}
