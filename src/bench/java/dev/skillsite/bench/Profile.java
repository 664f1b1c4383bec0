package dev.skillsite.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a measuring run spent its CPU, from a Java Flight Recorder file: the methods most often on
 * top of a sampled stack (self), the methods most often anywhere on it (total), and the skillsite
 * methods among the latter, which name the stage a library's time was spent for.
 */
final class Profile {
    private Profile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 2) {
            System.out.print(focus(Path.of(args[0]), Integer.parseInt(args[1]), args[2]));
        } else {
            System.out.print(summarize(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 30));
        }
    }

    static String summarize(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            threads.merge(threadGroup(event), 1, Integer::sum);
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d execution samples in %s%n%n", samples, recording.getFileName()));
        table(out, "Threads", threads, samples, top);
        table(out, "Self (top of stack)", self, samples, top);
        Map<String, Integer> ours = new HashMap<>();
        total.forEach((k, v) -> {
            if (k.startsWith("dev.skillsite.")) {
                ours.put(k, v);
            }
        });
        table(out, "Total, skillsite methods", ours, samples, top);
        table(out, "Total, all methods", total, samples, top);
        return out.toString();
    }

    /**
     * The samples whose stack passes through a method whose name contains {@code method}: where they
     * were (top frame, with line) and which callees of that method they were in (with the call's line).
     */
    static String focus(Path recording, int top, String method) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> callees = new HashMap<>();
        int samples = 0;
        int all = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            all++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            for (int i = 0; i < frames.size(); i++) {
                if (name(frames.get(i)).contains(method)) {
                    samples++;
                    self.merge(name(frames.get(0)) + ":" + frames.get(0).getLineNumber(), 1, Integer::sum);
                    String callee = i == 0 ? "(self)" : name(frames.get(i - 1));
                    callees.merge(name(frames.get(i)) + ":" + frames.get(i).getLineNumber() + " -> " + callee, 1, Integer::sum);
                    break;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d of %d samples pass through %s%n%n", samples, all, method));
        table(out, "Callees", callees, all, top);
        table(out, "Top of stack", self, all, top);
        return out.toString();
    }

    private static String threadGroup(RecordedEvent event) {
        var thread = event.getThread("sampledThread");
        String name = thread == null ? "?" : thread.getJavaName();
        return name == null ? "?" : name.replaceAll("-\\d+$", "-N");
    }

    private static void table(StringBuilder out, String title, Map<String, Integer> counts, int samples, int top) {
        out.append(title).append('\n');
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, samples),
                        e.getValue(), e.getKey())));
        out.append('\n');
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        if (method == null) {
            return "?";
        }
        return method.getType().getName() + "." + method.getName();
    }
}
