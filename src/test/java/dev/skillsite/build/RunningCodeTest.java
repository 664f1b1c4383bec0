package dev.skillsite.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key of skillsite's own code, on which every cached result depends. */
class RunningCodeTest {
    @TempDir
    Path temp;

    @Test
    void theCodeLocationIsTheFolderOrJarHoldingTheClasses() {
        Path location = RunningCode.codeLocation();
        assertTrue(Files.isRegularFile(location.resolve("dev/skillsite/build/RunningCode.class"))
                || (Files.isRegularFile(location) && location.toString().endsWith(".jar")), location.toString());
    }

    @Test
    void aClassesFolderIsKeyedByContentSoACopyHasTheSameKey() throws IOException {
        assertEquals(RunningCode.cacheKeyOf(classes("one")), RunningCode.cacheKeyOf(classes("two")));
    }

    @Test
    void changingAClassGivesAnotherKey() throws IOException {
        Path folder = classes("changed");
        String before = RunningCode.cacheKeyOf(folder);
        Files.write(folder.resolve("dev/A.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});
        assertNotEquals(before, RunningCode.cacheKeyOf(folder));
    }

    @Test
    void changingAResourceGivesAnotherKey() throws IOException {
        Path folder = classes("resource");
        String before = RunningCode.cacheKeyOf(folder);
        Files.writeString(folder.resolve("dev/reload.js"), "// changed\n");
        assertNotEquals(before, RunningCode.cacheKeyOf(folder));
    }

    @Test
    void aNewJarGivesAnotherKey() throws IOException {
        Path jar = Files.write(temp.resolve("skillsite.jar"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        String before = RunningCode.cacheKeyOf(jar);
        Files.write(jar, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        assertNotEquals(before, RunningCode.cacheKeyOf(jar));
    }

    @Test
    void codeThatCannotBeReadGetsAKeyThatNeverRepeats() {
        Path missing = temp.resolve("missing");
        assertNotEquals(RunningCode.cacheKeyOf(missing), RunningCode.cacheKeyOf(missing));
    }

    private Path classes(String name) throws IOException {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder.resolve("dev"));
        Files.write(folder.resolve("dev/A.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0});
        Files.writeString(folder.resolve("dev/reload.js"), "// reload\n");
        return folder;
    }
}
