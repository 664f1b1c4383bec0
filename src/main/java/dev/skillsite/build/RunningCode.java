package dev.skillsite.build;

import dev.skillsite.cache.CacheKey;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which build of skillsite is running, as a cache key: a new jar, or any changed class or resource,
 * makes every cached result stale, since the code that made it may have changed what it makes.
 */
final class RunningCode {
    private static volatile String key;

    private RunningCode() {
    }

    static String cacheKey() {
        String known = key;
        if (known == null) {
            try {
                known = cacheKeyOf(codeLocation());
            } catch (RuntimeException e) {
                known = unknown();
            }
            key = known;
        }
        return known;
    }

    /** The key of the jar or classes folder at {@code code}; one that never repeats when it cannot be read. */
    static String cacheKeyOf(Path code) {
        List<Object> parts = new ArrayList<>();
        try {
            if (Files.isRegularFile(code)) {
                // A jar is written anew by each package: its size and time tell one from another.
                BasicFileAttributes attributes = Files.readAttributes(code, BasicFileAttributes.class);
                parts.add(code.toString());
                parts.add(attributes.size());
                parts.add(attributes.lastModifiedTime().toMillis());
            } else {
                // A classes folder by content: Maven copies resources into it again on every run.
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        parts.add(code.relativize(file).toString());
                        parts.add(Files.readAllBytes(file));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return unknown();
        }
        return CacheKey.of(parts);
    }

    /** A key that never matches: when the code cannot be told, no cache is trusted. */
    private static String unknown() {
        return CacheKey.of("unknown code", System.nanoTime());
    }

    /** The jar or classes folder this class came from. */
    static Path codeLocation() {
        CodeSource source = RunningCode.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            return Path.of(URI.create(source.getLocation().toString()));
        }
        // Some class loaders (Maven's exec:java) give no location: the class file's own address tells it.
        String self = RunningCode.class.getResource(RunningCode.class.getSimpleName() + ".class").toString();
        if (self.startsWith("jar:")) {
            return Path.of(URI.create(self.substring("jar:".length(), self.indexOf("!/"))));
        }
        Path root = Path.of(URI.create(self));
        for (int i = RunningCode.class.getName().split("\\.").length; i > 0; i--) {
            root = root.getParent(); // up from dev/skillsite/build/RunningCode.class
        }
        return root;
    }
}
