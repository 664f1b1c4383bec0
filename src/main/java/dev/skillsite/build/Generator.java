package dev.skillsite.build;

import dev.skillsite.skill.Fingerprint;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which build of skillsite is running, as a fingerprint: a new jar, or any recompiled class, makes
 * every cached result stale, since the code that made it may have changed what it makes.
 */
final class Generator {
    private static volatile String fingerprint;

    private Generator() {
    }

    static String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = compute();
            fingerprint = known;
        }
        return known;
    }

    private static String compute() {
        List<Object> parts = new ArrayList<>();
        try {
            Path code = Path.of(Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // Sizes and times rather than contents: a jar or a classes folder is rewritten on each change.
            try (Stream<Path> files = Files.walk(code)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    parts.add(code.relativize(file).toString());
                    parts.add(attributes.size());
                    parts.add(attributes.lastModifiedTime().toMillis());
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Fingerprint.of("unknown generator", System.nanoTime()); // never matches: no cache is trusted
        }
        return Fingerprint.of(parts);
    }
}
