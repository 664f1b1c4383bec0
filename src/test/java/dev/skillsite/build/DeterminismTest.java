package dev.skillsite.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static dev.skillsite.build.Builds.build;
import static dev.skillsite.build.Builds.files;
import static dev.skillsite.build.Builds.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DeterminismTest {
    @TempDir
    Path temp;

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        build(fixture("skills/seed"), temp.resolve("first"));
        build(fixture("skills/seed"), temp.resolve("second"));
        Map<String, byte[]> first = files(temp.resolve("first"));
        Map<String, byte[]> second = files(temp.resolve("second"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void rebuildingOverAnEarlierOutputGivesTheSameBytes() throws IOException {
        Path out = temp.resolve("site");
        build(fixture("skills/seed"), out);
        Map<String, byte[]> clean = files(out);
        build(fixture("skills/seed"), out);
        Map<String, byte[]> again = files(out);
        assertEquals(clean.keySet(), again.keySet());
        clean.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
    }
}
