package dev.skillsite.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Building fixture skills with the project's own templates, assets and jbake.properties. */
final class Builds {
    static final Path PROJECT = Path.of(".");

    private Builds() {
    }

    static BuildResult build(Path content, Path out) {
        return new SiteBuild().run(new BuildOptions(content, out, PROJECT, "", "/", true));
    }

    static Path fixture(String name) {
        return Path.of("src/test/resources").resolve(name);
    }

    /** Every file of a folder, relative path to bytes, for byte-for-byte comparisons. */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
