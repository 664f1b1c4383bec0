package dev.skillsite.work;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs a stage's many independent jobs on every core, each thread working through a run of consecutive jobs of its
 * own and, once done, taking the back half of the largest run still left to another. A parallel stream instead cuts
 * its range up front into four pieces per core it may use besides the caller's (four in all on two cores), each run
 * by one thread: a piece with a large job in it, such as the one file that holds every page's text, kept one core
 * busy for a second while the other had nothing left to do. Here a job holds up no other: the cores finish within
 * one job of each other. Runs stay long while there is much to do, so two threads seldom work in the same folder of
 * a site at once (where creating files, or resolving the same links, would make one wait for the other), and each
 * run goes in index order, so a stage can list its largest job first.
 * <p>
 * The jobs run on the common fork-join pool and the calling thread, which may itself be one of the pool's (a job
 * that runs jobs of its own): a thread the pool has not started yet gets its run taken by the others. Every call
 * returns only once all its jobs have ended, so nothing still runs when a failure is reported; the failure thrown
 * is that of the lowest index, the one a sequential run would have met first: after a failure, the jobs before it
 * that no thread had started yet still run, and none after it starts.
 */
public final class Cores {
    private Cores() {
    }

    /** Calls {@code job} with each index from 0 to {@code count - 1}. */
    public static void forEach(int count, IntConsumer job) {
        run(count, () -> i -> {
            job.accept(i);
            return null;
        }, null);
    }

    /**
     * Runs two jobs at once (one after the other where only one thread is free); returns once both have ended, and
     * throws the failure of {@code first} if it failed, else that of {@code second}.
     */
    public static void both(Runnable first, Runnable second) {
        forEach(2, i -> (i == 0 ? first : second).run());
    }

    /** Each index's result, in index order. */
    public static <T> List<T> map(int count, IntFunction<? extends T> job) {
        return mapPerThread(count, () -> job);
    }

    /**
     * Each index's result, in index order; each thread gets its own job from {@code jobs}, and keeps it for every
     * index it takes: a job may keep buffers from one index to the next.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<T> mapPerThread(int count, Supplier<? extends IntFunction<? extends T>> jobs) {
        Object[] results = new Object[count];
        run(count, jobs, results);
        return (List<T>) Collections.unmodifiableList(Arrays.asList(results));
    }

    private static void run(int count, Supplier<? extends IntFunction<?>> jobs, Object[] results) {
        int threads = Math.max(1, Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1));
        Runs runs = new Runs(count, threads);
        ForkJoinTask<?>[] helpers = new ForkJoinTask<?>[threads - 1];
        for (int h = 0; h < helpers.length; h++) {
            int thread = h + 1;
            helpers[h] = ForkJoinPool.commonPool().submit(() -> work(runs, thread, jobs, results));
        }
        work(runs, 0, jobs, results);
        for (ForkJoinTask<?> helper : helpers) {
            helper.join(); // a helper no thread took yet runs here, finds nothing left and ends
        }
        runs.rethrow();
    }

    /** One thread's share: its own run first, then what it takes from the others', until nothing is left. */
    private static void work(Runs runs, int thread, Supplier<? extends IntFunction<?>> jobs, Object[] results) {
        IntFunction<?> job = null;
        for (int i = runs.next(thread); i >= 0; i = runs.next(thread)) {
            try {
                if (job == null) {
                    job = jobs.get();
                }
                Object result = job.apply(i);
                if (results != null) {
                    results[i] = result;
                }
            } catch (RuntimeException | Error e) {
                runs.failed(i, e);
            }
        }
    }

    /**
     * Each thread's run of jobs still to start, {@code [from, to)} packed in one long so that its owner taking the
     * front and another thread taking the back half agree on every job's taker; and the failure of the lowest index.
     */
    private static final class Runs {
        private final AtomicLong[] runs;
        /** The lowest index that failed: no job from there on is started. */
        private volatile int failedAt = Integer.MAX_VALUE;
        private Throwable failure;

        Runs(int count, int threads) {
            runs = new AtomicLong[threads];
            for (int t = 0; t < threads; t++) {
                runs[t] = new AtomicLong(pack((int) ((long) count * t / threads), (int) ((long) count * (t + 1) / threads)));
            }
        }

        /**
         * The next job for {@code thread}: the front of its own run, else of the back half it takes; -1 when none is
         * left. Jobs from the lowest failed index on are taken and dropped.
         */
        int next(int thread) {
            AtomicLong own = runs[thread];
            while (true) {
                long run = own.get();
                if (from(run) < to(run)) {
                    if (own.compareAndSet(run, pack(from(run) + 1, to(run))) && from(run) < failedAt) {
                        return from(run);
                    }
                } else if (!takeHalf(own)) {
                    return -1;
                }
            }
        }

        /** Moves the back half of the longest other run to {@code own}, which is empty; false when every run is. */
        private boolean takeHalf(AtomicLong own) {
            while (true) {
                AtomicLong longest = null;
                long longestRun = 0;
                for (AtomicLong other : runs) {
                    long run = other.get();
                    if (other != own && to(run) - from(run) > (longest == null ? 0 : to(longestRun) - from(longestRun))) {
                        longest = other;
                        longestRun = run;
                    }
                }
                if (longest == null) {
                    return false;
                }
                int from = from(longestRun);
                int to = to(longestRun);
                int middle = from + (to - from) / 2; // a run of one job is taken whole
                if (longest.compareAndSet(longestRun, pack(from, middle))) {
                    own.set(pack(middle, to)); // only its owner writes an empty run
                    return true;
                }
            }
        }

        private static long pack(int from, int to) {
            return (long) from << 32 | (to & 0xffffffffL);
        }

        private static int from(long run) {
            return (int) (run >>> 32);
        }

        private static int to(long run) {
            return (int) run;
        }

        synchronized void failed(int at, Throwable e) {
            if (at < failedAt) {
                failedAt = at;
                failure = e;
            }
        }

        synchronized void rethrow() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }
    }
}
