package dev.skillsite.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The watcher on real folders of a temp directory: a skill folder watched whole and a project folder
 * watched for jbake.properties only. Waits for what must come are bounded at 20 s (these assert
 * behaviour, not speed); checks that something does not come wait a few quiet periods.
 */
class SourceWatcherTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Long enough for anything already on its way to have been handed over. */
    private static final long SETTLE_MILLIS = 20 * SourceWatcher.QUIET_MILLIS;

    @TempDir
    Path temp;
    private Path skill;
    private Path project;
    private Path properties;
    private final BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
    private SourceWatcher watcher;

    @BeforeEach
    void folders() throws IOException {
        skill = Files.createDirectories(temp.resolve("skill"));
        Files.createDirectories(skill.resolve("references"));
        Files.writeString(skill.resolve("SKILL.md"), "# Skill\n");
        Files.writeString(skill.resolve("references/topic.md"), "# Topic\n");
        project = Files.createDirectories(temp.resolve("project"));
        properties = Files.writeString(project.resolve("jbake.properties"), "site.title=Skill\n");
    }

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void watch() throws IOException {
        watcher = new SourceWatcher(List.of(skill), List.of(properties), (paths, detected) -> bursts.add(paths));
    }

    @Test
    void aFolderCreatedWhileWatchingIsWatchedWithWhatWasWrittenIntoItAlready() throws Exception {
        watch();
        Path folder = skill.resolve("references/new");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("first.md"), "# First\n"); // very likely before the folder is registered
        awaitBurstWith(folder.resolve("first.md"));

        Files.writeString(folder.resolve("second.md"), "# Second\n");
        awaitBurstWith(folder.resolve("second.md"));
    }

    @Test
    void aDeletedFileIsReported() throws Exception {
        watch();
        Files.delete(skill.resolve("references/topic.md"));
        awaitBurstWith(skill.resolve("references/topic.md"));
    }

    @Test
    void aDeletedFolderIsReportedAndWatchedAgainWhenItComesBack() throws Exception {
        watch();
        Path folder = skill.resolve("references");
        Files.delete(folder.resolve("topic.md"));
        Files.delete(folder);
        awaitBurstWith(folder);

        Files.createDirectories(folder);
        Files.writeString(folder.resolve("again.md"), "# Again\n");
        awaitBurstWith(folder.resolve("again.md"));
        Files.writeString(folder.resolve("later.md"), "# Later\n");
        awaitBurstWith(folder.resolve("later.md"));
    }

    @Test
    void anEditorsSaveByRenameIsReportedAsTheFileWithoutItsScratchFiles() throws Exception {
        watch();
        Path topic = skill.resolve("references/topic.md");
        // As vim does: a probe file, a swap file, the new text written beside the file and renamed over it.
        Files.writeString(topic.resolveSibling("4913"), "");
        Files.delete(topic.resolveSibling("4913"));
        Files.writeString(topic.resolveSibling(".topic.md.swp"), "swap");
        Path written = Files.writeString(topic.resolveSibling("topic.md~"), "# Topic, edited\n");
        Files.move(written, topic, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        List<Set<Path>> seen = awaitBurstWith(topic);
        Thread.sleep(SETTLE_MILLIS);
        bursts.drainTo(seen);
        Set<Path> reported = new HashSet<>();
        seen.forEach(reported::addAll);
        assertEquals(Set.of(topic), reported);
    }

    @Test
    void aBurstOfSavesIsHandedOverOnce() throws Exception {
        watch();
        Path topic = skill.resolve("references/topic.md");
        Path router = skill.resolve("SKILL.md");
        Files.writeString(topic, "# Topic\n\nA first save.\n"); // the same first burst of every test, on cold code
        awaitBurstWith(topic);

        // A busy machine may pause the writer or the watcher for longer than the quiet period, which splits
        // any burst: so up to three bursts, one of which must be handed over whole. Without the quiet period
        // each would be handed over in pieces.
        List<List<Set<Path>>> split = new ArrayList<>();
        for (int burst = 1; burst <= 3; burst++) {
            for (int save = 1; save <= 10; save++) {
                Files.writeString(topic, "# Topic\n\nSave " + save + " of burst " + burst + ".\n");
                Files.writeString(router, "# Skill\n\nSave " + save + " of burst " + burst + ".\n");
            }
            List<Set<Path>> handedOver = awaitBurstWith(topic);
            Thread.sleep(SETTLE_MILLIS);
            bursts.drainTo(handedOver);
            if (handedOver.size() == 1) {
                assertEquals(Set.of(topic, router), handedOver.get(0));
                return;
            }
            split.add(handedOver);
        }
        fail("every burst was handed over in pieces: " + split);
    }

    @Test
    void aSingleFileIsWatchedWithoutItsNeighboursOrTheFoldersBesideIt() throws Exception {
        Path target = Files.createDirectories(project.resolve("target"));
        watch();
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.writeString(target.resolve("out.html"), "<p>built</p>");
        Files.createDirectories(target.resolve("site/css"));
        Files.writeString(target.resolve("site/css/site.css"), "p {}");
        Files.writeString(properties, "site.title=Renamed\n");

        List<Set<Path>> seen = awaitBurstWith(properties);
        Files.writeString(target.resolve("site/css/site.css"), "p { color: red }"); // in a folder created while watching
        Thread.sleep(SETTLE_MILLIS);
        bursts.drainTo(seen);
        Set<Path> reported = new HashSet<>();
        seen.forEach(reported::addAll);
        assertEquals(Set.of(properties), reported);
    }

    @Test
    void theListenerRunsOnOneThreadAndChangesDuringARunStartTheNextRun() throws Exception {
        CountDownLatch firstRunMayEnd = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        watcher = new SourceWatcher(List.of(skill), List.of(properties), (paths, detected) -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            threads.add(Thread.currentThread());
            bursts.add(paths);
            try {
                firstRunMayEnd.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
        });
        Files.writeString(skill.resolve("SKILL.md"), "# Skill, first edit\n");
        awaitBurstWith(skill.resolve("SKILL.md"));

        Files.writeString(skill.resolve("references/topic.md"), "# Topic, edited during the first run\n");
        Thread.sleep(SETTLE_MILLIS);
        assertTrue(bursts.isEmpty(), "a run started while another ran: " + bursts);
        firstRunMayEnd.countDown();
        awaitBurstWith(skill.resolve("references/topic.md"));
        assertEquals(1, mostAtOnce.get(), "runs overlapped");
        assertEquals(1, threads.size(), "the listener ran on " + threads);
    }

    /**
     * Where the native watcher cannot load its native code, the JDK's watcher takes over: on macOS, the
     * one that polls. Off macOS the FSEvents service fails just so, when it registers the first folder.
     */
    @Test
    void theJdksWatcherTakesOverWhenTheNativeOneCannotLoad() throws Exception {
        assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac"), "FSEvents loads on macOS");
        watcher = new SourceWatcher(List.of(skill), List.of(properties), (paths, detected) -> bursts.add(paths),
                SourceWatcher::fsEvents);
        assertTrue(watcher.service().contains("the native watcher could not start"), watcher.service());

        Files.writeString(skill.resolve("references/topic.md"), "# Topic, edited\n");
        awaitBurstWith(skill.resolve("references/topic.md"));
        Files.writeString(properties, "site.title=Renamed\n");
        awaitBurstWith(properties);
    }

    /** The bursts handed over, up to the first that has {@code path}; fails after {@link #WAIT}. */
    private List<Set<Path>> awaitBurstWith(Path path) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<Set<Path>> seen = new ArrayList<>();
        while (true) {
            Set<Path> burst = bursts.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (burst == null) {
                fail("no change to " + path + " within " + WAIT.toSeconds() + " s; got " + seen);
            }
            seen.add(burst);
            if (burst.contains(path)) {
                return seen;
            }
        }
    }
}
