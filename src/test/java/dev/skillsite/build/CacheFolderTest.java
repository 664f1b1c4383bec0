package dev.skillsite.build;

import dev.skillsite.cache.StoredPart;
import dev.skillsite.render.PageCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A stage's cache goes to disk and comes back only under the key it was made with, and only when whole. */
class CacheFolderTest {
    private static final PageCache PAGES = new PageCache(Map.of("index.html", new PageCache.Entry("k1", 120, 1_700_000_000_000L)));

    /** A cache holding a part, as the topics cache holds its whole. */
    record Held(StoredPart<List<String>> part, String note) implements Serializable {
    }

    @TempDir
    Path temp;

    private CacheFolder folder() {
        return CacheFolder.beside(temp.resolve("site"));
    }

    @Test
    void aCommittedCacheComesBackUnderItsKey() throws IOException {
        CacheFolder folder = folder();
        folder.write("pages", "key", PAGES);
        folder.commit();
        assertEquals(PAGES, folder().read("pages", "key", PageCache.class, PageCache.EMPTY));
    }

    @Test
    void aCacheWrittenButNotCommittedIsNotRead() throws IOException {
        folder().write("pages", "key", PAGES);
        assertEquals(PageCache.EMPTY, folder().read("pages", "key", PageCache.class, PageCache.EMPTY));
    }

    @Test
    void anotherKeyFindsNothing() throws IOException {
        CacheFolder folder = folder();
        folder.write("pages", "key", PAGES);
        folder.commit();
        assertEquals(PageCache.EMPTY, folder().read("pages", "another key", PageCache.class, PageCache.EMPTY));
    }

    @Test
    void aTornFileFindsNothing() throws IOException {
        CacheFolder folder = folder();
        folder.write("pages", "key", PAGES);
        folder.commit();
        Path file = temp.resolve(".site.cache/pages");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        assertEquals(PageCache.EMPTY, folder().read("pages", "key", PageCache.class, PageCache.EMPTY));
    }

    @Test
    void aFileHoldingObjectsOfOtherTypesIsRefused() throws IOException {
        Path file = temp.resolve(".site.cache/pages");
        Files.createDirectories(file.getParent());
        try (OutputStream bytes = Files.newOutputStream(file); ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject("key");
            out.writeObject(new javax.swing.text.SimpleAttributeSet());
        }
        // Read as any object, so that only the input filter can refuse it.
        assertNull(folder().read("pages", "key", Object.class, null));
    }

    @Test
    void committingReplacesTheCachesOfTheLastBuild() throws IOException {
        CacheFolder first = folder();
        first.write("pages", "key", PAGES);
        first.write("topics", "key", PAGES);
        first.commit();
        CacheFolder second = folder();
        second.write("pages", "key", PageCache.EMPTY);
        second.commit();
        assertFalse(Files.exists(temp.resolve(".site.cache/topics")), "a stage the last build did not write is gone");
        assertEquals(PageCache.EMPTY, folder().read("pages", "key", PageCache.class, PAGES));
    }

    @Test
    void aPartComesBackFromItsOwnFile() throws IOException {
        commit(new Held(new StoredPart<>(List.of("a", "b")), "first"));
        assertEquals(new Held(new StoredPart<>(List.of("a", "b")), "first"), readBack());
        assertEquals(2, parts().size(), "the stage's file and the part's");
    }

    @Test
    void aPartTheLastBuildReadIsLinkedIntoTheNextCacheNotWrittenAgain() throws IOException {
        commit(new Held(new StoredPart<>(List.of("a", "b")), "first"));
        Held read = readBack();
        Object inode = Files.readAttributes(partFile(), BasicFileAttributes.class).fileKey();

        commit(new Held(read.part(), "second"));

        assertEquals(inode, Files.readAttributes(partFile(), BasicFileAttributes.class).fileKey(), "the very file, linked");
        assertEquals(new Held(new StoredPart<>(List.of("a", "b")), "second"), readBack());
    }

    @Test
    void aPartWhoseFileIsGoneIsWrittenAgain() throws IOException {
        commit(new Held(new StoredPart<>(List.of("a")), "first"));
        Held read = readBack();
        Files.delete(partFile());

        commit(new Held(read.part(), "second"));

        assertEquals(new Held(new StoredPart<>(List.of("a")), "second"), readBack());
    }

    @Test
    void aCacheWhosePartIsMissingFindsNothing() throws IOException {
        commit(new Held(new StoredPart<>(List.of("a")), "first"));
        Files.delete(partFile());
        assertNull(readBack());
    }

    @Test
    void anAbandonedBuildLeavesTheLastCacheAndItsPartsAsTheyWere() throws IOException {
        commit(new Held(new StoredPart<>(List.of("a")), "first"));
        Held read = readBack();

        CacheFolder failed = folder();
        failed.write("topics", "key", new Held(read.part(), "failed"));
        failed.write("pages", "key", new Held(new StoredPart<>(List.of("new")), "failed"));
        failed.abandon();

        assertEquals(new Held(new StoredPart<>(List.of("a")), "first"), readBack());
        assertEquals(2, parts().size());
    }

    /** A build's cache of one stage, written and put in place. */
    private void commit(Held cache) throws IOException {
        CacheFolder folder = folder();
        folder.write("topics", "key", cache);
        folder.commit();
    }

    /** What the next build reads of that stage. */
    private Held readBack() {
        return folder().read("topics", "key", Held.class, null);
    }

    /** The files of the committed cache folder. */
    private List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve(".site.cache"))) {
            return files.toList();
        }
    }

    /** The committed cache's one part file. */
    private Path partFile() throws IOException {
        List<Path> parts = parts().stream().filter(p -> p.getFileName().toString().startsWith("part-")).toList();
        assertEquals(1, parts.size(), parts.toString());
        return parts.get(0);
    }
}
