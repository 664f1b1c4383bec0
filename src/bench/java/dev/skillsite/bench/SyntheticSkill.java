package dev.skillsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A synthetic skill of N topic pages for the benchmark, the same bytes for the same seed and size:
 * a {@code SKILL.md} router (YAML front matter, {@code ## Routing} lines, Quick Start, Critical Rules,
 * one {@code | Topic | Reference |} table per section) and {@code reference/*.md} pages of about 100
 * lines each, shaped like the Valkey reference: headings, lists, a GFM table, fenced C code, inline
 * code, and 3 to 8 links to other pages, each fragment naming a heading the target really has.
 *
 * <p>Sections grow with the square root of N (N = 100: 5 sections of 20 topics; 10,000: 50 of 200),
 * so neither the section list nor a section's own topic list dominates a page at any size.
 */
public final class SyntheticSkill {
    /** Headings every topic page has, as the Valkey reference's pages do; their ids are these slugged. */
    static final List<String> FIXED_HEADINGS = List.of("Source map", "How it works", "Invariants and pitfalls", "Tests", "Related");

    private static final String[] ADJECTIVES = {
        "active", "atomic", "background", "binary", "blocking", "buffered", "cached", "cluster", "compact", "concurrent",
        "dirty", "durable", "dynamic", "eager", "encoded", "expired", "global", "hashed", "incremental", "indexed",
        "lazy", "linked", "local", "lockfree", "logical", "nested", "ordered", "paged", "parallel", "pending",
        "pinned", "primary", "random", "remote", "replicated", "sampled", "shared", "sorted", "sparse", "static",
        "streaming", "tracked", "versioned", "volatile", "weighted"};
    private static final String[] NOUNS = {
        "allocator", "arena", "backlog", "barrier", "bitmap", "bucket", "buffer", "cache", "channel", "checkpoint",
        "client", "clock", "codec", "command", "config", "counter", "cursor", "dict", "digest", "encoder",
        "engine", "entry", "epoch", "event", "eviction", "expiry", "fence", "filter", "frame", "handler",
        "heap", "hook", "index", "iterator", "journal", "kernel", "key", "latch", "layout", "lease",
        "ledger", "listener", "loader", "lock", "log", "manifest", "map", "marker", "module", "mutex",
        "node", "offset", "page", "parser", "pipeline", "pool", "queue", "quota", "record", "region",
        "registry", "replica", "reply", "ring", "router", "scanner", "scheduler", "segment", "session", "shard",
        "slot", "snapshot", "socket", "stream", "table", "thread", "timer", "token", "tracker", "tree",
        "trie", "vector", "watcher", "window", "worker"};
    private static final String[] VERBS = {
        "allocates", "appends", "blocks", "caches", "checks", "compacts", "copies", "decodes", "defers", "drains",
        "encodes", "evicts", "expands", "flushes", "frees", "grows", "hashes", "indexes", "loads", "locks",
        "merges", "moves", "parses", "persists", "polls", "propagates", "reads", "rebuilds", "releases", "replays",
        "resizes", "samples", "scans", "schedules", "shrinks", "signals", "sorts", "splits", "tracks", "updates",
        "validates", "wakes", "writes"};
    /** Verbs as C function names start: {@code evictSampledKey}. */
    private static final String[] STEMS = {
        "alloc", "append", "block", "cache", "check", "compact", "copy", "decode", "defer", "drain", "encode", "evict",
        "expand", "flush", "free", "grow", "hash", "index", "load", "lock", "merge", "move", "parse", "persist", "poll",
        "propagate", "read", "rebuild", "release", "replay", "resize", "sample", "scan", "schedule", "shrink", "signal",
        "sort", "split", "track", "update", "validate", "wake", "write"};
    private static final String[] TYPES = {"int", "long", "size_t", "uint64_t", "uint32_t", "unsigned char", "double"};

    private final int pages;
    private final long seed;
    private final List<SectionPlan> sections;
    private final List<PagePlan> plans;

    /** One section of the router: its title, file prefix (the slugged title) and its pages' indexes. */
    record SectionPlan(String title, String slug, List<Integer> pages) {
    }

    /** What other pages need to know of a page before any of it is written: its file, title and headings. */
    record PagePlan(int index, int section, String topic, String file, String title, List<String> subheadings) {
        /** Every id a link may name on this page: the fixed headings and the page's own subheadings. */
        List<String> ids() {
            List<String> ids = new ArrayList<>();
            FIXED_HEADINGS.forEach(h -> ids.add(slug(h)));
            subheadings.forEach(h -> ids.add(slug(h)));
            return ids;
        }
    }

    public SyntheticSkill(int pages, long seed) {
        if (pages < 2) {
            throw new IllegalArgumentException("a synthetic skill needs at least 2 pages, not " + pages);
        }
        this.pages = pages;
        this.seed = seed;
        Random random = new Random(seed);
        int sectionCount = Math.max(2, (int) Math.round(Math.sqrt(pages / 4.0)));
        List<SectionPlan> sectionPlans = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>();
        while (titles.size() < sectionCount) {
            titles.add(capitalize(pick(random, ADJECTIVES)) + " " + capitalize(pick(random, NOUNS)));
        }
        for (String title : titles) {
            sectionPlans.add(new SectionPlan(title, slug(title), new ArrayList<>()));
        }
        List<PagePlan> pagePlans = new ArrayList<>();
        List<Set<String>> topicsBySection = new ArrayList<>();
        sectionPlans.forEach(s -> topicsBySection.add(new LinkedHashSet<>()));
        for (int i = 0; i < pages; i++) {
            int section = i * sectionCount / pages; // contiguous, near-equal runs of pages per section
            String topic;
            do {
                topic = pick(random, ADJECTIVES) + "-" + pick(random, NOUNS);
                if (random.nextInt(3) == 0) {
                    topic += "-" + pick(random, NOUNS);
                }
            } while (!topicsBySection.get(section).add(topic));
            SectionPlan s = sectionPlans.get(section);
            s.pages().add(i);
            String file = s.slug() + "-" + topic + ".md";
            String title = capitalize(topic.replace('-', ' ')) + " in the " + s.title().toLowerCase(Locale.ROOT);
            Set<String> subheadings = new LinkedHashSet<>();
            int count = 4 + random.nextInt(2);
            while (subheadings.size() < count) {
                subheadings.add("The " + pick(random, NOUNS) + " " + pick(random, NOUNS));
            }
            pagePlans.add(new PagePlan(i, section, topic, file, title, List.copyOf(subheadings)));
        }
        this.sections = List.copyOf(sectionPlans);
        this.plans = List.copyOf(pagePlans);
    }

    public int pages() {
        return pages;
    }

    public int sections() {
        return sections.size();
    }

    /** Writes SKILL.md and reference/*.md into {@code root}, replacing whatever markdown was there. */
    public void write(Path root) {
        write(root, "synthetic-" + pages);
    }

    /** The same, the skill named {@code name}: the name of its folder when it is one of a repository's. */
    public void write(Path root, String name) {
        try {
            Path reference = root.resolve("reference");
            if (Files.isDirectory(root)) {
                Benchmark.deleteTree(root);
            }
            Files.createDirectories(reference);
            Files.writeString(root.resolve("SKILL.md"), skillFile(name), StandardCharsets.UTF_8);
            IntStream.range(0, pages).parallel().forEach(i -> {
                try {
                    Files.writeString(reference.resolve(plans.get(i).file()), page(i), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic skill into " + root, e);
        }
    }

    /** The router: front matter, title, routing lines, Quick Start, Critical Rules, one table per section. */
    String skillFile() {
        return skillFile("synthetic-" + pages);
    }

    String skillFile(String name) {
        Random random = new Random(seed ^ 0x5eed5eedL);
        StringBuilder md = new StringBuilder();
        md.append("---\n")
                .append("name: ").append(name).append('\n')
                .append("description: >-\n")
                .append("  A synthetic reference of ").append(pages).append(" topic pages in ").append(sections.size())
                .append(" sections, generated from seed ").append(seed).append("\n")
                .append("  to measure how skillsite scales. Every page is made up; every link resolves.\n")
                .append("version: 1.0.0\n")
                .append("argument-hint: \"[subsystem or task]\"\n")
                .append("---\n\n")
                .append("# Synthetic Reference of ").append(pages).append(" Pages\n\n")
                .append("## Routing\n\n");
        int routes = Math.max(4, sections.size() * 2);
        for (int r = 0; r < routes; r++) {
            md.append("- ").append(capitalize(pick(random, VERBS))).append(" the ").append(pick(random, ADJECTIVES)).append(' ')
                    .append(pick(random, NOUNS)).append(" -> ");
            int targets = 1 + random.nextInt(2);
            for (int t = 0; t < targets; t++) {
                SectionPlan section = sections.get((r + t * 7) % sections.size());
                md.append(t > 0 ? ", " : "").append(section.title());
                int named = random.nextInt(3);
                if (named > 0) {
                    Set<String> topics = new LinkedHashSet<>();
                    for (int k = 0; k < named; k++) {
                        topics.add(plans.get(section.pages().get(random.nextInt(section.pages().size()))).topic());
                    }
                    md.append(" (").append(String.join(", ", topics)).append(')');
                }
            }
            md.append('\n');
        }
        md.append("\n## Quick Start\n\n```sh\n# Build and run every test\nmake -j\"$(nproc)\"\n./runtest --verbose\n```\n\n");
        md.append("## Critical Rules\n\n");
        for (int i = 1; i <= 5; i++) {
            PagePlan target = plans.get(random.nextInt(pages));
            md.append(i).append(". ").append(sentence(random)).append(" See [").append(target.topic()).append("](reference/")
                    .append(target.file()).append('#').append(slug(FIXED_HEADINGS.get(random.nextInt(FIXED_HEADINGS.size()))))
                    .append(").\n");
        }
        for (SectionPlan section : sections) {
            md.append("\n## ").append(section.title()).append("\n\n| Topic | Reference |\n|-------|-----------|\n");
            for (int index : section.pages()) {
                PagePlan page = plans.get(index);
                md.append("| ").append(capitalize(sentenceBody(random))).append(", `").append(identifier(random)).append("` | [")
                        .append(page.topic()).append("](reference/").append(page.file()).append(") |\n");
            }
        }
        return md.toString();
    }

    /** One topic page of about 100 lines. Its own random stream, so pages can be written in any order. */
    String page(int index) {
        PagePlan plan = plans.get(index);
        Random random = new Random(seed * 1_000_003L + index * 7_919L + 17);
        int linkCount = 3 + random.nextInt(6); // 3 to 8 cross-links
        List<String> links = new ArrayList<>();
        for (int i = 0; i < linkCount; i++) {
            links.add(link(random, plan));
        }
        int inline = Math.min(links.size() - 2, 1 + random.nextInt(3)); // the rest go under Related
        StringBuilder md = new StringBuilder();
        md.append("# ").append(plan.title()).append("\n\n");
        md.append("Read this when changing `").append(cFile(random)).append("`, the `").append(identifier(random))
                .append("` config, or anything that ").append(sentenceBody(random)).append(".\n\n");

        md.append("## Source map\n");
        int sources = 6 + random.nextInt(4);
        for (int i = 0; i < sources; i++) {
            md.append("- `").append(cFile(random)).append("`: `").append(function(random)).append("`, `").append(function(random))
                    .append("` and the `").append(identifier(random).toUpperCase(Locale.ROOT)).append("` flags\n");
        }
        md.append("\n## How it works\n\n");
        md.append(paragraph(random, 4));
        int linkAt = 0;
        for (int s = 0; s < plan.subheadings().size(); s++) {
            md.append("\n### ").append(plan.subheadings().get(s)).append("\n");
            md.append(paragraph(random, 2));
            if (linkAt < inline) {
                md.append("See ").append(links.get(linkAt++)).append(" for the other side.\n");
            }
            switch (s % 3) {
                case 0 -> {
                    md.append('\n');
                    int steps = 3 + random.nextInt(3);
                    for (int i = 1; i <= steps; i++) {
                        md.append(i).append(". `").append(function(random)).append("()` ").append(sentenceBody(random)).append(".\n");
                    }
                }
                case 1 -> {
                    md.append("\n| Name | Kind | Default | Notes |\n|---|---|---|---|\n");
                    int rows = 4 + random.nextInt(3);
                    for (int i = 0; i < rows; i++) {
                        md.append("| `").append(identifier(random)).append("` | ").append(pick(random, TYPES)).append(" | ")
                                .append(random.nextInt(1024)).append(" | ").append(capitalize(sentenceBody(random))).append(" |\n");
                    }
                }
                default -> md.append('\n').append(cCode(random));
            }
        }
        if (plan.subheadings().size() % 3 != 0) { // every page has fenced C code at least once
            md.append('\n').append(cCode(random));
        }
        md.append("\n## Invariants and pitfalls\n");
        int bullets = 5 + random.nextInt(3);
        for (int i = 0; i < bullets; i++) {
            md.append("- ").append(capitalize(sentenceBody(random))).append(" before `").append(function(random))
                    .append("` returns; otherwise the `").append(identifier(random)).append("` ").append(pick(random, NOUNS))
                    .append(" ").append(pick(random, VERBS)).append(" twice.\n");
        }
        while (linkAt < inline) {
            md.append("- Keep ").append(links.get(linkAt++)).append(" in step with this page.\n");
        }
        md.append("\n## Tests\n");
        int tests = 2 + random.nextInt(2);
        for (int i = 0; i < tests; i++) {
            md.append("- `tests/unit/").append(pick(random, NOUNS)).append("-").append(pick(random, NOUNS)).append(".tcl`: ")
                    .append(sentenceBody(random)).append(".\n");
        }
        md.append("- `src/unit/test_").append(pick(random, NOUNS)).append(".c`: `").append(function(random)).append("` edge cases.\n");
        md.append("\n## Related\n");
        for (int i = linkAt; i < links.size(); i++) {
            md.append("- ").append(links.get(i)).append(": ").append(sentenceBody(random)).append(".\n");
        }
        return md.toString();
    }

    /** A link to another page, mostly within the section; mostly with a fragment naming one of its headings. */
    private String link(Random random, PagePlan from) {
        SectionPlan section = sections.get(from.section());
        PagePlan target;
        do {
            target = random.nextInt(5) < 3 && section.pages().size() > 1
                    ? plans.get(section.pages().get(random.nextInt(section.pages().size())))
                    : plans.get(random.nextInt(pages));
        } while (target.index() == from.index());
        String fragment = "";
        if (random.nextInt(4) > 0) {
            List<String> ids = target.ids();
            fragment = "#" + ids.get(random.nextInt(ids.size()));
        }
        return "[" + target.topic() + "](" + target.file() + fragment + ")";
    }

    private static String paragraph(Random random, int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append(capitalize(sentenceBody(random))).append(": `").append(function(random)).append("` ")
                    .append(pick(random, VERBS)).append(" the **").append(pick(random, NOUNS)).append("** when `")
                    .append(identifier(random)).append("` is set.\n");
        }
        return text.toString();
    }

    private static String cCode(Random random) {
        String fn = function(random);
        String type = pick(random, NOUNS);
        String var = pick(random, NOUNS).substring(0, 1) + pick(random, NOUNS).substring(0, 1);
        return "```c\n"
                + "/* " + capitalize(sentenceBody(random)) + ". */\n"
                + "static int " + fn + "(" + type + " *" + var + ", " + pick(random, TYPES) + " limit) {\n"
                + "    if (" + var + " == NULL || limit == 0) return C_ERR;\n"
                + "    for (size_t i = 0; i < " + var + "->" + pick(random, NOUNS) + "_count; i++) {\n"
                + "        if (" + var + "->entries[i].flags & " + identifier(random).toUpperCase(Locale.ROOT) + ") continue;\n"
                + "        " + var + "->" + pick(random, NOUNS) + " += " + function(random) + "(&" + var + "->entries[i]);\n"
                + "    }\n"
                + "    serverLog(LL_DEBUG, \"" + pick(random, VERBS) + " %zu entries\", (size_t)limit);\n"
                + "    return C_OK;\n"
                + "}\n"
                + "```\n";
    }

    private static String sentence(Random random) {
        return capitalize(sentenceBody(random)) + ".";
    }

    private static String sentenceBody(Random random) {
        return "the " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + " " + pick(random, VERBS) + " every "
                + pick(random, NOUNS) + " of the " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS);
    }

    private static String function(Random random) {
        return pick(random, STEMS) + capitalize(pick(random, ADJECTIVES)) + capitalize(pick(random, NOUNS));
    }

    private static String identifier(Random random) {
        return pick(random, ADJECTIVES) + "_" + pick(random, NOUNS);
    }

    private static String cFile(Random random) {
        return "src/" + pick(random, NOUNS) + ".c";
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** GitHub-style heading id of plain words: what flexmark, Hugo and MkDocs all give these headings. */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }
}
