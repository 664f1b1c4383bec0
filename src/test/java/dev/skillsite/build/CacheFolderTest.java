package dev.skillsite.build;

import dev.skillsite.render.PageCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A stage's cache goes to disk and comes back only under the key it was made with, and only when whole. */
class CacheFolderTest {
    private static final PageCache PAGES = new PageCache(Map.of("index.html", new PageCache.Entry("k1", 120, 1_700_000_000_000L)));

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
}
