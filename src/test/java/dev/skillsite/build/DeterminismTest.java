package dev.skillsite.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.skillsite.build.Builds.files;
import static dev.skillsite.build.Builds.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same input gives the same bytes: two clean builds into folders of their own, made at different
 * moments, are equal file for file, and so is a build over an earlier output that takes everything from
 * its cache.
 */
class DeterminismTest {
    @TempDir
    Path temp;

    @Test
    void twoCleanBuildsIntoDifferentFoldersAreByteIdentical() throws IOException {
        Path first = cleanBuild("first");
        Path second = cleanBuild("second");
        assertSameFiles(files(first), files(second));
    }

    @Test
    void anIncrementalBuildOverAnEarlierOutputGivesTheBytesOfACleanBuild() throws IOException {
        Path site = cleanBuild("site");
        BuildResult again = new SiteBuild().run(options(site, true));
        assertEquals(again.cacheHits().files(), again.cacheHits().filesCached(), "the second build took every file from its cache");
        assertSameFiles(files(cleanBuild("clean")), files(site));
    }

    private Path cleanBuild(String name) {
        Path out = temp.resolve(name);
        assertFalse(Files.exists(out), "a clean build starts from no output");
        new SiteBuild().run(options(out, false));
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        return out;
    }

    private static BuildOptions options(Path out, boolean incremental) {
        return new BuildOptions(fixture("skills/seed"), out, Builds.PROJECT, "", "/", incremental);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
