package dev.skillsite.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.skillsite.build.BuildOptions;
import dev.skillsite.build.BuildResult;
import dev.skillsite.build.SiteBuild;
import org.jbake.app.Asset;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * One measured build in a JVM of its own, started by {@link Benchmark}: the real pipeline
 * ({@link SiteBuild}), its stage times, the time the JVM took to reach {@code main}, and what the
 * heap held. Prints one line, {@code BENCH key=value ...}, for the parent to read.
 *
 * <p>Heap, two honest numbers: {@code heapPeak}, the sum of each heap pool's own peak (an upper
 * bound: pools peak at different moments), and {@code heapAfterGc}, the most the heap held right
 * after any collection (the live set at its largest, as far as collections saw it).
 *
 * <p>Usage: {@code BenchWorker CONTENT OUT PROJECT [BUILDS]}: with BUILDS above 1, the last of that many builds in
 * the same JVM is reported too, as {@code warm.*}.
 */
public final class BenchWorker {
    private BenchWorker() {
    }

    public static void main(String[] args) throws Exception {
        long toMain = ManagementFactory.getRuntimeMXBean().getUptime();
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        AtomicLong afterGc = watchCollections();
        Path content = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path project = Path.of(args[2]);

        CpuSampler cpu = CpuSampler.start();
        long start = System.nanoTime();
        BuildResult result = new SiteBuild().run(new BuildOptions(content, out, project, "", "/", false));
        long end = System.nanoTime();
        cpu.stop();
        long wall = (end - start) / 1_000_000;

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("toMain", toMain);
        result.times().millis().forEach(values::put);
        values.put("total", wall);
        // CPU time the whole process spent (every thread: ours, JIT, GC) during each stage, by the stage's span.
        long at = start;
        for (Map.Entry<String, Long> stage : result.times().millis().entrySet()) {
            long until = at + stage.getValue() * 1_000_000;
            values.put("cpu." + stage.getKey(), cpu.cpuMillisBetween(at, until));
            at = until;
        }
        values.put("cpu.total", cpu.cpuMillisBetween(start, end));
        values.put("assetsMicros", assetsAlone(project, out.resolveSibling(out.getFileName() + ".assets")));
        values.put("pages", result.pages());
        values.put("topics", result.topics());
        values.put("sections", result.sections());
        values.put("links", result.check().links());
        values.put("checkedPages", result.check().pages());
        values.put("brokenLinks", result.check().errors().size());
        values.put("warnings", result.warnings().size());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        values.put("heapPeak", peak);
        values.put("heapAfterGc", afterGc.get());
        values.put("heapMax", Runtime.getRuntime().maxMemory());
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        values.put("gcCount", gcCount);
        values.put("gcMillis", gcMillis);
        values.put("cpus", Runtime.getRuntime().availableProcessors());
        // Optional warm builds in the same JVM (what a preview server's rebuilds would cost): the last one's stages.
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int i = 1; i < iterations; i++) {
            long warmStart = System.nanoTime();
            BuildResult warm = new SiteBuild().run(new BuildOptions(content, out, project, "", "/", false));
            if (i == iterations - 1) {
                warm.times().millis().forEach((stage, ms) -> values.put("warm." + stage, ms));
                values.put("warm.total", (System.nanoTime() - warmStart) / 1_000_000);
            }
        }
        System.out.println("BENCH " + values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
    }

    /**
     * The assets stage on its own: the build copies them inside its render stage, so this times the
     * same JBake {@link Asset} copy into an empty folder, after the build.
     */
    private static long assetsAlone(Path project, Path into) throws Exception {
        Benchmark.deleteTree(into);
        Files.createDirectories(into);
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toAbsolutePath().normalize().toFile(), into.toFile(), false);
        long start = System.nanoTime();
        new Asset(config).copy();
        long micros = (System.nanoTime() - start) / 1_000;
        Benchmark.deleteTree(into);
        return micros;
    }

    /** Samples the process's CPU time every few milliseconds, to tell how many cores each stage kept busy. */
    static final class CpuSampler implements Runnable {
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final java.util.List<long[]> samples = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        private volatile boolean running = true;
        private Thread thread;

        static CpuSampler start() {
            CpuSampler sampler = new CpuSampler();
            sampler.sample();
            sampler.thread = new Thread(sampler, "cpu-sampler");
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sample() {
            samples.add(new long[] {System.nanoTime(), os.getProcessCpuTime()});
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            sample();
        }

        /** CPU time between two instants, interpolated between the nearest samples. */
        long cpuMillisBetween(long from, long until) {
            return (cpuAt(until) - cpuAt(from)) / 1_000_000;
        }

        private long cpuAt(long time) {
            long[] before = samples.get(0);
            for (long[] sample : samples) {
                if (sample[0] > time) {
                    double share = sample[0] == before[0] ? 0 : (double) (time - before[0]) / (sample[0] - before[0]);
                    return before[1] + Math.round(share * (sample[1] - before[1]));
                }
                before = sample;
            }
            return before[1];
        }
    }

    /** The largest heap occupancy seen right after a collection. */
    private static AtomicLong watchCollections() {
        AtomicLong max = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = 0;
                    for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                        used += usage.getUsed();
                    }
                    // Non-heap pools (metaspace, code cache) are in this map too: subtract them below.
                    long nonHeap = nonHeapAfter(info);
                    max.accumulateAndGet(used - nonHeap, Math::max);
                }, null, null);
            }
        }
        return max;
    }

    private static long nonHeapAfter(GarbageCollectionNotificationInfo info) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.NON_HEAP) {
                MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                if (usage != null) {
                    used += usage.getUsed();
                }
            }
        }
        return used;
    }
}
