package dev.skillsite.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Wall time per stage of one build, in the order the stages ran. */
public final class StageTimes {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long start = System.nanoTime();

    /** Closes the running stage under this name and starts the next. */
    void lap(String stage) {
        long now = System.nanoTime();
        nanos.merge(stage, now - start, Long::sum);
        start = now;
    }

    public Map<String, Long> millis() {
        Map<String, Long> ms = new LinkedHashMap<>();
        nanos.forEach((k, v) -> ms.put(k, v / 1_000_000));
        return ms;
    }

    public long totalMillis() {
        return nanos.values().stream().mapToLong(Long::longValue).sum() / 1_000_000;
    }

    @Override
    public String toString() {
        return millis().entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
    }
}
