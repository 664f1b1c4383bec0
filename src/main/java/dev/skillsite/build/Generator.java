package dev.skillsite.build;

import dev.skillsite.skill.Fingerprint;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which build of skillsite is running, as a fingerprint: a new jar, or any changed class or resource,
 * makes every cached result stale, since the code that made it may have changed what it makes.
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

    static String compute() {
        List<Object> parts = new ArrayList<>();
        try {
            Path code = codeLocation();
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
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Fingerprint.of("unknown generator", System.nanoTime()); // never matches: no cache is trusted
        }
        return Fingerprint.of(parts);
    }

    /** The jar or classes folder this class came from. */
    static Path codeLocation() throws URISyntaxException {
        CodeSource source = Generator.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            return Path.of(source.getLocation().toURI());
        }
        // Some class loaders (Maven's exec:java) give no location: the class file's own address tells it.
        String self = Generator.class.getResource(Generator.class.getSimpleName() + ".class").toString();
        if (self.startsWith("jar:")) {
            return Path.of(URI.create(self.substring("jar:".length(), self.indexOf("!/"))));
        }
        Path root = Path.of(URI.create(self));
        for (int i = Generator.class.getName().split("\\.").length; i > 0; i--) {
            root = root.getParent(); // up from dev/skillsite/build/Generator.class
        }
        return root;
    }
}
