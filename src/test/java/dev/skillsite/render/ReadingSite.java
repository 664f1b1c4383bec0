package dev.skillsite.render;

import dev.skillsite.build.BuildOptions;
import dev.skillsite.build.SiteBuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The fixture skill of the reading experience (src/test/resources/skills/reading), built with the project's templates. */
record ReadingSite(Path root) {
    static final Path CONTENT = Path.of("src/test/resources/skills/reading");

    static ReadingSite build(Path temp) {
        Path out = temp.resolve("site");
        new SiteBuild().run(BuildOptions.defaults().withContent(CONTENT).withOut(out).withProject(Path.of(".")));
        return new ReadingSite(out);
    }

    String read(String path) throws IOException {
        return Files.readString(root.resolve(path));
    }

    org.jsoup.nodes.Document page(String path) throws IOException {
        return org.jsoup.Jsoup.parse(read(path));
    }
}
