package dev.skillsite.check;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The outcome of a check: every finding, sorted by page and position, and what was looked at. */
public record CheckReport(List<BrokenLink> findings, int pages, int links) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public List<BrokenLink> errors() {
        return findings.stream().filter(f -> f.kind().isError()).toList();
    }

    public List<BrokenLink> warnings() {
        return findings.stream().filter(f -> !f.kind().isError()).toList();
    }

    public boolean passed() {
        return errors().isEmpty();
    }

    /**
     * The same report with markdown sources named from another folder: data-source paths are relative
     * to the skill folder, while a report is read from the repository root.
     */
    public CheckReport withSourceRoot(String sourceRoot) {
        String prefix = sourceRoot.isEmpty() || sourceRoot.endsWith("/") ? sourceRoot : sourceRoot + "/";
        return new CheckReport(findings.stream().map(f -> f.source().isEmpty() ? f : f.withSource(prefix + f.source())).toList(),
                pages, links);
    }

    /**
     * A report for people: findings grouped by the file to edit (the markdown source when the page
     * names one, else the HTML page), then a count per kind.
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        Map<String, List<BrokenLink>> byFile = findings.stream().collect(Collectors.groupingBy(
                f -> f.sourceFile().orElse(f.page()), LinkedHashMap::new, Collectors.toList()));
        byFile.forEach((file, list) -> {
            out.append(file).append('\n');
            for (BrokenLink f : list) {
                String at = f.sourceLine().map(String::valueOf).orElse(f.line() + ":" + f.column());
                out.append("  ").append(at).append(": ").append(f.kind().isError() ? "error" : "warning").append(": ")
                        .append(f.kind().label()).append(": ").append(f.message());
                if (!f.url().isEmpty()) {
                    out.append(" [").append(f.url()).append(']');
                }
                if (f.sourceLine().isPresent()) {
                    out.append(" (in ").append(f.page()).append(':').append(f.line()).append(':').append(f.column()).append(')');
                }
                out.append('\n');
            }
        });
        out.append(summary());
        Map<BrokenLink.Kind, Integer> counts = new EnumMap<>(BrokenLink.Kind.class);
        findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        counts.forEach((kind, n) -> out.append(String.format("  %4d  %s\n", n, kind.label())));
        return out.toString();
    }

    /** One JSON object, for tools. */
    public String json() {
        String items = findings.stream().map(f -> "{\"page\":" + quote(f.page()) + ",\"line\":" + f.line() + ",\"column\":" + f.column()
                + ",\"url\":" + quote(f.url()) + ",\"kind\":" + quote(f.kind().name().toLowerCase(Locale.ROOT)) + ",\"severity\":"
                + quote(f.kind().isError() ? "error" : "warning") + ",\"message\":" + quote(f.message())
                + ",\"source\":" + quote(f.source()) + "}").collect(Collectors.joining(",\n  ", "[\n  ", "\n]"));
        return "{\"pages\":" + pages + ",\"links\":" + links + ",\"errors\":" + errors().size() + ",\"warnings\":"
                + warnings().size() + ",\"findings\":" + (findings.isEmpty() ? "[]" : items) + "}\n";
    }

    /**
     * GitHub workflow commands, so findings show on the pull request's files: at the markdown line
     * when the page names one, else at the HTML file's line and column under {@code siteDir}.
     */
    public String github(String siteDir) {
        StringBuilder out = new StringBuilder();
        for (BrokenLink f : findings) {
            out.append("::").append(f.kind().isError() ? "error" : "warning");
            if (f.sourceLine().isPresent()) {
                out.append(" file=").append(property(f.sourceFile().orElseThrow())).append(",line=").append(f.sourceLine().get());
            } else {
                out.append(" file=").append(property(siteDir + "/" + f.page())).append(",line=").append(f.line())
                        .append(",col=").append(f.column());
            }
            out.append(",title=").append(property("link check: " + f.kind().label())).append("::")
                    .append(data(f.message() + (f.url().isEmpty() ? "" : " [" + f.url() + "]")
                            + (f.sourceLine().isPresent() ? " (in " + f.page() + ":" + f.line() + ":" + f.column() + ")" : "")))
                    .append('\n');
        }
        return out.append(summary()).toString();
    }

    private String summary() {
        return "Checked " + count(links, "link") + " in " + count(pages, "page") + ": " + count(errors().size(), "error") + ", "
                + count(warnings().size(), "warning") + "\n";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // Workflow command escaping, as GitHub's actions/toolkit does it.
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
