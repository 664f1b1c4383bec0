package dev.skillsite.browser;

import dev.skillsite.build.BuildOptions;
import dev.skillsite.build.SiteBuild;
import org.junit.jupiter.api.Named;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The skills the browser tests build, one of every shape, and the pages of a built site. */
final class FixtureSites {
    private static final Path FIXTURES = Path.of("src/test/resources/skills");
    static final Path REPOSITORY = Path.of("src/test/resources/repos/skills-repo");

    private FixtureSites() {
    }

    /**
     * content/, every folder under src/test/resources/skills holding a SKILL.md, found rather than listed, and
     * the repository of skills under src/test/resources/repos that builds (the other holds two skills of one name).
     */
    static Stream<Named<Path>> all() throws IOException {
        List<Named<Path>> skills = new ArrayList<>();
        skills.add(Named.of("content", Path.of("content")));
        try (Stream<Path> fixtures = Files.list(FIXTURES)) {
            fixtures.filter(dir -> Files.isRegularFile(dir.resolve("SKILL.md"))).sorted()
                    .forEach(dir -> skills.add(Named.of(dir.getFileName().toString(), dir)));
        }
        skills.add(Named.of("skills-repo", REPOSITORY));
        return skills.stream();
    }

    /** Builds a skill, or a repository of skills, with this project's theme into {@code site}; returns {@code site}. */
    static Path build(Path skill, Path site) {
        new SiteBuild().run(BuildOptions.defaults().withContent(skill).withOut(site).withProject(Path.of(".")));
        return site;
    }

    /** Every HTML page of a built site, by its path from the site's root, sorted. */
    static List<String> htmlPages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace(File.separatorChar, '/')).sorted().toList();
        }
    }
}
