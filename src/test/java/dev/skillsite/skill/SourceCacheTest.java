package dev.skillsite.skill;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A preview's source files are read again only when the file system or the watcher says they changed. Each
 * test reads a copy of a seed topic, changes it one way, and reads it again.
 */
class SourceCacheTest {
    private static final Path TOPIC = Path.of("src/test/resources/skills/seed/reference/architecture-event-loop.md");

    @TempDir
    Path temp;
    Path file;
    FileTime time;
    SourceCache cache;
    SourceFile first;

    @BeforeEach
    void readACopyOnce() throws IOException {
        file = Files.copy(TOPIC, temp.resolve("architecture-event-loop.md"));
        time = Files.getLastModifiedTime(file);
        cache = new SourceCache();
        first = cache.read(file);
    }

    @Test
    void aFileAsItWasComesBackAsTheSameTextWithoutBeingRead() throws IOException {
        // Rewritten in place at the same size and time: only a read would see the new bytes.
        rewriteKeepingSizeAndTime();
        SourceFile again = cache.read(file);
        assertSame(first, again);
        assertEquals(Files.readString(TOPIC), again.text());
    }

    @Test
    void aFileWithAnotherSizeIsReadAgain() throws IOException {
        Files.writeString(file, first.text() + "\nOne more line.\n");
        Files.setLastModifiedTime(file, time);
        assertTrue(cache.read(file).text().endsWith("One more line.\n"));
    }

    @Test
    void aFileWithAnotherTimeIsReadAgain() throws IOException {
        rewriteKeepingSizeAndTime();
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 1_000));
        assertEquals(edited(), cache.read(file).text());
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsReadAgain() throws IOException {
        // As an editor saves: a new file written beside it, then moved over it.
        Path saved = Files.writeString(temp.resolve("saved.md"), edited());
        Files.setLastModifiedTime(saved, time);
        Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals(edited(), cache.read(file).text());
    }

    @Test
    void aFileTheWatcherSawChangeIsReadAgainWhateverTheFileSystemSays() throws IOException {
        rewriteKeepingSizeAndTime();
        cache.forget(List.of(file));
        assertEquals(edited(), cache.read(file).text());
    }

    @Test
    void aFolderTheWatcherSawChangeHasEachOfItsFilesReadAgain() throws IOException {
        rewriteKeepingSizeAndTime();
        cache.forget(List.of(temp));
        assertEquals(edited(), cache.read(file).text());
    }

    @Test
    void theKeyOfTheTextIsTheKeyOfItsWords() throws IOException {
        rewriteKeepingSizeAndTime();
        cache.forget(List.of(file));
        SourceFile again = cache.read(file);
        assertNotEquals(first.key(), again.key());
        assertEquals(again.key(), SourceFile.read(file).key());
    }

    @Test
    void noCacheReadsEveryTime() throws IOException {
        SourceCache none = SourceCache.none();
        none.read(file);
        rewriteKeepingSizeAndTime();
        assertEquals(edited(), none.read(file).text());
    }

    /** The topic with its first "the" made "THE": the same size. */
    private String edited() {
        return first.text().replaceFirst("\\bthe\\b", "THE");
    }

    private void rewriteKeepingSizeAndTime() throws IOException {
        String edited = edited();
        assertNotEquals(first.text(), edited);
        Files.writeString(file, edited);
        Files.setLastModifiedTime(file, time);
    }
}
