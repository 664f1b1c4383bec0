package dev.skillsite.work;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoresTest {
    @Test
    void mapGivesEachIndexsResultInIndexOrder() {
        List<Integer> squares = Cores.map(10_000, i -> i * i);

        assertEquals(IntStream.range(0, 10_000).map(i -> i * i).boxed().toList(), squares);
    }

    @Test
    void bothRunsItsTwoJobsAtOnce() {
        // Each job waits for the other to start: run one after the other, the first would wait out the timeout.
        CountDownLatch started = new CountDownLatch(2);
        AtomicInteger waitedOut = new AtomicInteger();
        Runnable job = () -> {
            started.countDown();
            try {
                if (!started.await(20, TimeUnit.SECONDS)) {
                    waitedOut.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };

        Cores.both(job, job);

        assertEquals(0, waitedOut.get(), "a job waited for the other to start");
    }

    @Test
    void bothThrowsTheFirstJobsFailureWhenBothFail() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Cores.both(
                () -> {
                    throw new IllegalStateException("first");
                },
                () -> {
                    throw new IllegalArgumentException("second");
                }));

        assertEquals("first", thrown.getMessage());
    }

    @Test
    void forEachRunsEveryIndexExactlyOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(5_000);

        Cores.forEach(runs.length(), runs::incrementAndGet);

        assertTrue(IntStream.range(0, runs.length()).allMatch(i -> runs.get(i) == 1));
    }

    @Test
    void aSlowFirstJobDoesNotHoldUpTheJobsAfterIt() throws InterruptedException {
        // Job 0 waits for all the others: a split that gave job 0's thread some of them up front would wait out the timeout.
        int count = 400;
        CountDownLatch others = new CountDownLatch(count - 1);
        AtomicBoolean waitedOut = new AtomicBoolean();

        Cores.forEach(count, i -> {
            if (i == 0) {
                try {
                    waitedOut.set(!others.await(20, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                others.countDown();
            }
        });

        assertFalse(waitedOut.get(), "the other jobs waited for job 0");
    }

    @Test
    void eachThreadWorksThroughLongRunsOfNeighbouringJobs() {
        // Neighbouring jobs are a folder's pages: two threads in one folder at once wait for each other.
        int count = 20_000;
        Thread[] takers = new Thread[count];

        Cores.forEach(count, i -> {
            takers[i] = Thread.currentThread();
            Blackhole.work(i);
        });

        long switches = IntStream.range(1, count).filter(i -> takers[i] != takers[i - 1]).count();
        assertTrue(switches < 200, switches + " changes of thread between neighbouring jobs");
    }

    @Test
    void theFailureOfTheLowestIndexIsThrownThoughAHigherOneFailedFirst() {
        CountDownLatch secondFailed = new CountDownLatch(1);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Cores.forEach(3, i -> {
            if (i == 1) {
                await(secondFailed);
                throw new IllegalStateException("job 1");
            }
            if (i == 2) {
                secondFailed.countDown();
                throw new IllegalStateException("job 2");
            }
        }));

        assertEquals("job 1", thrown.getMessage());
    }

    @Test
    void theFailureOfTheLowestIndexIsThrownOnceEveryStartedJobHasEnded() {
        // Either thread may take job 1: a call that returned early shows only when it is the caller's, so several rounds.
        for (int round = 0; round < 10; round++) {
            CountDownLatch secondStarted = new CountDownLatch(1);
            AtomicBoolean secondEnded = new AtomicBoolean();

            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Cores.forEach(3, i -> {
                if (i == 1) {
                    await(secondStarted);
                    throw new IllegalStateException("job 1");
                }
                if (i == 2) {
                    secondStarted.countDown();
                    sleep(100);
                    secondEnded.set(true);
                    throw new IllegalStateException("job 2");
                }
            }));

            assertEquals("job 1", thrown.getMessage());
            assertTrue(secondEnded.get(), "returned while job 2 still ran");
        }
    }

    @Test
    void theJobsBeforeAFailureRunThoughTheyWereNotStartedWhenItFailed() {
        AtomicIntegerArray ran = new AtomicIntegerArray(100);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Cores.forEach(100, i -> {
            if (i == 1) {
                sleep(200); // the other thread reaches job 60 meanwhile
            }
            if (i == 60) {
                throw new IllegalStateException("job 60");
            }
            ran.incrementAndGet(i);
        }));

        assertEquals("job 60", thrown.getMessage());
        assertTrue(IntStream.range(0, 60).allMatch(i -> ran.get(i) == 1), "a job before the failure did not run");
    }

    @Test
    void noJobAfterAFailureStartsOnceItFailed() {
        AtomicInteger started = new AtomicInteger();

        assertThrows(IllegalArgumentException.class, () -> Cores.forEach(100_000, i -> {
            started.incrementAndGet();
            if (i == 0) {
                throw new IllegalArgumentException("first");
            }
            sleep(1);
        }));

        assertTrue(started.get() < 1_000, started.get() + " jobs started after the first failed");
    }

    @Test
    void eachThreadKeepsTheJobItWasGiven() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger jobsMade = new AtomicInteger();

        List<String> results = Cores.mapPerThread(2_000, () -> {
            jobsMade.incrementAndGet();
            threads.add(Thread.currentThread());
            StringBuilder buffer = new StringBuilder(); // kept from one index to the next, as a job's buffers are
            return i -> {
                buffer.setLength(0);
                return buffer.append('#').append(i).toString();
            };
        });

        assertEquals(IntStream.range(0, 2_000).mapToObj(i -> "#" + i).toList(), results);
        assertEquals(threads.size(), jobsMade.get(), "one job per thread that took an index");
    }

    /** A few microseconds of work the compiler cannot drop. */
    private static final class Blackhole {
        static volatile long sink;

        static void work(int seed) {
            long x = seed;
            for (int k = 0; k < 2_000; k++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            sink = x;
        }
    }

    /** Jobs 1 and 2 run on two threads: the pool lends the caller one at least. */
    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(20, TimeUnit.SECONDS), "the other job never came");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
