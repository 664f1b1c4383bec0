package dev.skillsite.check;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** A report for people: findings grouped by the file to edit, then a count per kind. */
    public String text() {
        StringBuilder out = new StringBuilder();
        Map<String, List<BrokenLink>> byFile = findings.stream().collect(Collectors.groupingBy(
                f -> f.source().isEmpty() ? f.page() : f.source().replaceFirst(":\\d+$", ""), LinkedHashMap::new, Collectors.toList()));
        byFile.forEach((file, list) -> {
            out.append(file).append('\n');
            for (BrokenLink f : list) {
                out.append("  ").append(f.kind().isError() ? "error" : "warning").append(": ").append(f).append('\n');
            }
        });
        Map<BrokenLink.Kind, Integer> counts = new EnumMap<>(BrokenLink.Kind.class);
        findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        out.append(String.format("Checked %d links in %d pages: %d errors, %d warnings%n", links, pages, errors().size(), warnings().size()));
        counts.forEach((kind, n) -> out.append(String.format("  %4d  %s%n", n, kind.label())));
        return out.toString();
    }

    /** One JSON object, for tools. */
    public String json() {
        String items = findings.stream().map(f -> "{\"page\":" + quote(f.page()) + ",\"line\":" + f.line() + ",\"column\":" + f.column()
                + ",\"url\":" + quote(f.url()) + ",\"kind\":" + quote(f.kind().name().toLowerCase()) + ",\"severity\":"
                + quote(f.kind().isError() ? "error" : "warning") + ",\"message\":" + quote(f.message())
                + ",\"source\":" + quote(f.source()) + "}").collect(Collectors.joining(",\n  ", "[\n  ", "\n]"));
        return "{\"pages\":" + pages + ",\"links\":" + links + ",\"errors\":" + errors().size() + ",\"warnings\":"
                + warnings().size() + ",\"findings\":" + (findings.isEmpty() ? "[]" : items) + "}\n";
    }

    /** GitHub workflow commands, so findings show on the pull request's files. */
    public String github(String siteDir) {
        StringBuilder out = new StringBuilder();
        for (BrokenLink f : findings) {
            String file;
            String line;
            if (!f.source().isEmpty() && f.source().matches(".*:\\d+$")) {
                file = f.source().replaceFirst(":\\d+$", "");
                line = f.source().replaceFirst("^.*:", "");
            } else {
                file = siteDir + "/" + f.page();
                line = String.valueOf(f.line());
            }
            out.append("::").append(f.kind().isError() ? "error" : "warning").append(" file=").append(file).append(",line=").append(line)
                    .append(",col=").append(f.column()).append(",title=").append(f.kind().label()).append("::")
                    .append(escape(f.message() + (f.url().isEmpty() ? "" : " (" + f.url() + ")"))).append('\n');
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
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
