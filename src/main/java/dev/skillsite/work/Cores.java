package dev.skillsite.work;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs a stage's many independent jobs on every core, each thread taking the next job as soon as it is free. A
 * parallel stream instead cuts its range up front into four pieces per core it may use besides the caller's
 * (four in all on two cores), each run by one thread: a piece with a large job in it, such as the one file that
 * holds every page's text, kept one core busy for a second while the other had nothing left to do. Here the cores
 * finish within one job of each other. Jobs are taken in index order, so a stage can list its largest first.
 * <p>
 * The jobs run on the common fork-join pool and the calling thread, which may itself be one of the pool's (a job
 * that runs jobs of its own): it does the work nobody took. Every call returns only once all its jobs have ended,
 * so nothing still runs when a failure is reported; the failure thrown is that of the lowest index, the one a
 * sequential run would have met first. After a failure no further job is started.
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
        return (List<T>) Arrays.asList(results);
    }

    private static void run(int count, Supplier<? extends IntFunction<?>> jobs, Object[] results) {
        Claims claims = new Claims(count);
        Runnable worker = () -> {
            IntFunction<?> job = null;
            for (int i = claims.next(); i >= 0; i = claims.next()) {
                try {
                    if (job == null) {
                        job = jobs.get();
                    }
                    Object result = job.apply(i);
                    if (results != null) {
                        results[i] = result;
                    }
                } catch (RuntimeException | Error e) {
                    claims.failed(i, e);
                }
            }
        };
        int helpers = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1) - 1;
        ForkJoinTask<?>[] started = new ForkJoinTask<?>[Math.max(0, helpers)];
        for (int h = 0; h < started.length; h++) {
            started[h] = ForkJoinPool.commonPool().submit(worker);
        }
        worker.run();
        for (ForkJoinTask<?> helper : started) {
            helper.join(); // a helper no thread took yet runs here, finds nothing left and ends
        }
        claims.rethrow();
    }

    /** The next index to take, and the failure of the lowest index so far. */
    private static final class Claims {
        private final int count;
        private final AtomicInteger next = new AtomicInteger();
        private volatile boolean stopped;
        private int failedAt = Integer.MAX_VALUE;
        private Throwable failure;

        Claims(int count) {
            this.count = count;
        }

        /** The next index no thread has taken, or -1 when all are taken or a job failed. */
        int next() {
            if (stopped) {
                return -1;
            }
            int i = next.getAndIncrement();
            return i < count ? i : -1;
        }

        synchronized void failed(int at, Throwable e) {
            stopped = true;
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
