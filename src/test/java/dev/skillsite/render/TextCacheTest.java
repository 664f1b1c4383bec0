package dev.skillsite.render;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The texts one build of a preview made its pages of, handed on to the next by key. */
class TextCacheTest {
    @Test
    void aTextTheLastBuildMadeIsTakenByItsKeyNotMadeAgain() {
        TextCache first = new TextCache(Map.of(), true);
        assertEquals("one", first.text("k1", () -> "one").text());

        TextCache second = new TextCache(first.kept(), true);
        assertEquals("one", second.text("k1", () -> fail("made again")).text());
    }

    @Test
    void aTextIsMadeOnceAndOnlyWhenAskedFor() {
        AtomicInteger made = new AtomicInteger();
        TextCache build = new TextCache(Map.of(), true);
        var text = build.text("k1", () -> "one" + made.incrementAndGet());
        assertEquals(0, made.get());

        assertEquals("one1", text.text());
        assertEquals("one1", text.text());
        assertEquals(1, made.get());
    }

    @Test
    void aKeyTheBuildDidNotUseIsNotHandedOn() {
        TextCache first = new TextCache(Map.of(), true);
        first.text("k1", () -> "one").text();
        first.text("k2", () -> "two").text();

        TextCache second = new TextCache(first.kept(), true);
        second.text("k1", () -> "one");

        assertEquals(Map.of("k1", "one"), second.kept());
    }

    @Test
    void aTextNoPageAskedForIsHandedOnWhileItsKeyIsUsed() {
        TextCache first = new TextCache(Map.of(), true);
        first.text("k1", () -> "one").text();
        TextCache second = new TextCache(first.kept(), true);
        second.text("k1", () -> fail("made again"));

        TextCache third = new TextCache(second.kept(), true);
        assertEquals("one", third.text("k1", () -> fail("made again")).text());
    }

    @Test
    void aBuildThatDoesNotKeepMakesEachTextWhenAskedAndHandsOnNone() {
        AtomicInteger made = new AtomicInteger();
        TextCache build = new TextCache(Map.of("k1", "before"), false);
        var text = build.text("k1", () -> "one" + made.incrementAndGet());

        assertEquals("one1", text.text());
        assertEquals("one2", text.text());
        assertTrue(build.kept().isEmpty());
    }

    @Test
    void theCacheFileHoldsThePagesButNotTheTextsOrTheKeysInputs() throws IOException, ClassNotFoundException {
        // The inputs are views, which need not be serializable: a thread is not.
        PageCache cache = new PageCache(Map.of("index.html", new PageCache.Entry("k", 10, 20)), Map.of("k1", "one"),
                Map.of("index.html", List.of(new Thread())));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(cache);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            PageCache read = (PageCache) in.readObject();
            assertEquals(cache.entries(), read.entries());
            assertTrue(read.texts().isEmpty());
            assertTrue(read.inputs().isEmpty());
        }
    }
}
