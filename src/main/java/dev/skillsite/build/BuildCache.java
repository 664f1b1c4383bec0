package dev.skillsite.build;

import dev.skillsite.check.ScanMemo;
import dev.skillsite.markdown.Heading;
import dev.skillsite.markdown.MarkdownCopy;
import dev.skillsite.markdown.TopicMemo;
import dev.skillsite.render.PageMemo;
import dev.skillsite.skill.SitePath;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one build leaves for the next: each stage's memo, valid only for the same generator and
 * settings ({@code inputs}). One binary file beside the site folder, written after the site is swapped
 * in. A cache that is missing, from another version, or unreadable is no error: the build is then a
 * full one. Short strings are written once and referred to by number after that: the same URLs and
 * headings recur on thousands of pages.
 */
record BuildCache(String inputs, TopicMemo topics, PageMemo pages, ScanMemo scans) {
    private static final String MAGIC = "skillsite build cache";
    private static final int VERSION = 2;
    /** Strings longer than this (page HTML, markdown) are not looked up in the table: they never repeat. */
    private static final int SHARED_UP_TO = 256;
    /** Marks a string written in full and not entered in the table. */
    private static final int UNSHARED = Integer.MIN_VALUE;

    static BuildCache empty(String inputs) {
        return new BuildCache(inputs, TopicMemo.EMPTY, PageMemo.EMPTY, ScanMemo.EMPTY);
    }

    /** Where the cache of a site folder lives: {@code target/.site.cache} for {@code target/site}. */
    static Path fileFor(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".cache");
    }

    /** The cache in {@code file} if it was written for these inputs, else an empty one. */
    static BuildCache read(Path file, String inputs) {
        if (!Files.isRegularFile(file)) {
            return empty(inputs);
        }
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            In in = new In(new DataInputStream(stream));
            if (!MAGIC.equals(in.data.readUTF()) || in.data.readInt() != VERSION || !inputs.equals(in.string())) {
                return empty(inputs);
            }
            TopicMemo topics = readTopics(in);
            PageMemo pages = readPages(in);
            in.forgetStrings(); // the page reads were written with a table of their own
            return new BuildCache(inputs, topics, pages, readScans(in));
        } catch (IOException | RuntimeException e) {
            return empty(inputs); // a torn or foreign file: build everything, and the next cache replaces it
        }
    }

    /**
     * A cache being written through a temporary file, so that no reader sees half of one: the topics
     * and pages first, which lets a large build drop them before its link check, then the page reads
     * once the check has passed. The two parts have string tables of their own.
     */
    static final class Writing {
        private final Path file;
        private final Path temporary;
        private final DataOutputStream data;

        private Writing(Path file, Path temporary, DataOutputStream data) {
            this.file = file;
            this.temporary = temporary;
            this.data = data;
        }

        static Writing start(Path file, String inputs, TopicMemo topics, PageMemo pages) throws IOException {
            Path temporary = file.resolveSibling(file.getFileName() + ".writing");
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
            Writing writing = new Writing(file, temporary, data);
            try {
                Out out = new Out(data);
                data.writeUTF(MAGIC);
                data.writeInt(VERSION);
                out.string(inputs);
                writeTopics(out, topics);
                writePages(out, pages);
                data.flush();
            } catch (IOException | RuntimeException e) {
                writing.abandon();
                throw e;
            }
            return writing;
        }

        /** Writes the page reads and puts the cache in place. */
        void finish(ScanMemo scans) throws IOException {
            try (data) {
                writeScans(new Out(data), scans);
            } catch (IOException | RuntimeException e) {
                abandon();
                throw e;
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        /** Drops the half-written cache. */
        void abandon() {
            try {
                data.close();
            } catch (IOException ignored) {
                // deleted next
            }
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a stray .writing file is never read
            }
        }
    }

    private static void writeTopics(Out out, TopicMemo memo) throws IOException {
        out.data.writeInt(memo.entries().size());
        for (Map.Entry<Path, TopicMemo.Entry> e : new TreeMap<>(memo.entries()).entrySet()) {
            TopicMemo.Entry entry = e.getValue();
            out.string(e.getKey().toString());
            out.string(entry.source());
            out.strings(entry.consulted().stream().map(Path::toString).toList());
            out.string(entry.targets());
            out.string(entry.title());
            out.string(entry.html());
            out.data.writeInt(entry.headings().size());
            for (Heading h : entry.headings()) {
                out.data.writeInt(h.level());
                out.string(h.text());
                out.string(h.id());
                out.data.writeInt(h.line());
            }
            out.strings(entry.linksTo().stream().map(SitePath::path).sorted().toList());
            out.strings(entry.words());
            out.string(entry.markdown().text());
            out.data.writeInt(entry.markdown().links().size());
            for (MarkdownCopy.Span span : entry.markdown().links()) {
                out.data.writeInt(span.start());
                out.data.writeInt(span.end());
                out.string(span.page().path());
                out.nullable(span.fragment());
            }
        }
    }

    private static TopicMemo readTopics(In in) throws IOException {
        Map<Path, TopicMemo.Entry> entries = new HashMap<>();
        for (int n = in.count(); n > 0; n--) {
            Path source = Path.of(in.string());
            String fingerprint = in.string();
            List<Path> consulted = in.strings().stream().map(Path::of).toList();
            String targets = in.string();
            String title = in.string();
            String html = in.string();
            List<Heading> headings = in.list(() -> new Heading(in.integer(), in.string(), in.string(), in.integer()));
            Set<SitePath> linksTo = new HashSet<>();
            in.strings().forEach(path -> linksTo.add(new SitePath(path)));
            List<String> words = in.strings();
            String markdown = in.string();
            List<MarkdownCopy.Span> spans = in.list(() -> new MarkdownCopy.Span(in.integer(), in.integer(),
                    new SitePath(in.string()), in.nullable()));
            entries.put(source, new TopicMemo.Entry(fingerprint, consulted, targets, title, html, headings, linksTo, words,
                    new MarkdownCopy(markdown, spans)));
        }
        return new TopicMemo(entries);
    }

    private static void writePages(Out out, PageMemo memo) throws IOException {
        out.data.writeInt(memo.entries().size());
        for (Map.Entry<String, PageMemo.Entry> e : new TreeMap<>(memo.entries()).entrySet()) {
            out.string(e.getKey());
            out.string(e.getValue().inputs());
            out.data.writeLong(e.getValue().size());
            out.data.writeLong(e.getValue().modified());
        }
    }

    private static PageMemo readPages(In in) throws IOException {
        Map<String, PageMemo.Entry> entries = new HashMap<>();
        for (int n = in.count(); n > 0; n--) {
            entries.put(in.string(), new PageMemo.Entry(in.string(), in.data.readLong(), in.data.readLong()));
        }
        return new PageMemo(entries);
    }

    private static void writeScans(Out out, ScanMemo memo) throws IOException {
        out.data.writeInt(memo.scans().size());
        for (Map.Entry<String, ScanMemo.Scan> e : new TreeMap<>(memo.scans()).entrySet()) {
            out.string(e.getKey());
            out.strings(e.getValue().ids().stream().sorted().toList());
            out.strings(e.getValue().urls());
            out.strings(e.getValue().attributes());
        }
    }

    private static ScanMemo readScans(In in) throws IOException {
        Map<String, ScanMemo.Scan> scans = new HashMap<>();
        for (int n = in.count(); n > 0; n--) {
            scans.put(in.string(), new ScanMemo.Scan(Set.copyOf(in.strings()), in.strings(), in.strings()));
        }
        return new ScanMemo(scans);
    }

    /** Writes each distinct string once; a string seen before is written as its number. */
    private static final class Out {
        final DataOutputStream data;
        private final Map<String, Integer> seen = new HashMap<>();

        Out(DataOutputStream data) {
            this.data = data;
        }

        void string(String s) throws IOException {
            if (s.length() > SHARED_UP_TO) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                data.writeInt(UNSHARED);
                data.writeInt(bytes.length);
                data.write(bytes);
                return;
            }
            Integer known = seen.get(s);
            if (known != null) {
                data.writeInt(known);
                return;
            }
            seen.put(s, seen.size());
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            data.writeInt(-1 - bytes.length);
            data.write(bytes);
        }

        void nullable(String s) throws IOException {
            data.writeBoolean(s != null);
            if (s != null) {
                string(s);
            }
        }

        void strings(List<String> list) throws IOException {
            data.writeInt(list.size());
            for (String s : list) {
                string(s);
            }
        }
    }

    private static final class In {
        final DataInputStream data;
        private final List<String> seen = new ArrayList<>();

        In(DataInputStream data) {
            this.data = data;
        }

        interface Item<T> {
            T read() throws IOException;
        }

        String string() throws IOException {
            int n = data.readInt();
            if (n == UNSHARED) {
                byte[] bytes = new byte[data.readInt()];
                data.readFully(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
            if (n >= 0) {
                return seen.get(n);
            }
            byte[] bytes = new byte[-1 - n];
            data.readFully(bytes);
            String s = new String(bytes, StandardCharsets.UTF_8);
            seen.add(s);
            return s;
        }

        String nullable() throws IOException {
            return data.readBoolean() ? string() : null;
        }

        void forgetStrings() {
            seen.clear();
        }

        int integer() throws IOException {
            return data.readInt();
        }

        int count() throws IOException {
            int n = data.readInt();
            if (n < 0) {
                throw new IOException("negative count");
            }
            return n;
        }

        List<String> strings() throws IOException {
            return list(this::string);
        }

        <T> List<T> list(Item<T> item) throws IOException {
            List<T> list = new ArrayList<>();
            for (int n = count(); n > 0; n--) {
                list.add(item.read());
            }
            return list;
        }
    }
}
