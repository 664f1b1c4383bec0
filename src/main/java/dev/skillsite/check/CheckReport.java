package dev.skillsite.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
        return new CheckReport(findings.stream().map(f -> f.source() == null ? f : f.withSource(f.source().under(sourceRoot)))
                .toList(), pages, links);
    }

    /**
     * A report for people: findings grouped by the file to edit (the markdown source when the page
     * names one, else the HTML page), then a count per kind.
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        Map<String, List<BrokenLink>> byFile = findings.stream().collect(Collectors.groupingBy(
                f -> f.source() == null ? f.page() : f.source().file(), LinkedHashMap::new, Collectors.toList()));
        byFile.forEach((file, list) -> {
            out.append(file).append('\n');
            for (BrokenLink f : list) {
                String at = f.source() == null ? f.line() + ":" + f.column() : String.valueOf(f.source().line());
                out.append("  ").append(at).append(": ").append(f.kind().isError() ? "error" : "warning").append(": ")
                        .append(f.kind().label()).append(": ").append(f.message());
                if (!f.url().isEmpty()) {
                    out.append(" [").append(f.url()).append(']');
                }
                if (f.source() != null) {
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

    /** One JSON object, for tools: counts, then every finding with its position and, when known, its markdown source. */
    public String json() {
        List<Map<String, Object>> items = findings.stream().map(f -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("page", f.page());
            item.put("line", f.line());
            item.put("column", f.column());
            item.put("url", f.url());
            item.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
            item.put("severity", f.kind().isError() ? "error" : "warning");
            item.put("message", f.message());
            item.put("source", f.source() == null ? "" : f.source().value());
            return item;
        }).toList();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("pages", pages);
        report.put("links", links);
        report.put("errors", errors().size());
        report.put("warnings", warnings().size());
        report.put("findings", items);
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report of strings and numbers is always JSON", e);
        }
    }

    /**
     * GitHub workflow commands, so findings show on the pull request's files: at the markdown line
     * when the page names one, else at the HTML file's line and column under {@code siteDir}.
     */
    public String github(String siteDir) {
        StringBuilder out = new StringBuilder();
        for (BrokenLink f : findings) {
            out.append("::").append(f.kind().isError() ? "error" : "warning");
            if (f.source() != null) {
                out.append(" file=").append(property(f.source().file())).append(",line=").append(f.source().line());
            } else {
                out.append(" file=").append(property(siteDir + "/" + f.page())).append(",line=").append(f.line())
                        .append(",col=").append(f.column());
            }
            out.append(",title=").append(property("link check: " + f.kind().label())).append("::")
                    .append(data(f.message() + (f.url().isEmpty() ? "" : " [" + f.url() + "]")
                            + (f.source() != null ? " (in " + f.page() + ":" + f.line() + ":" + f.column() + ")" : "")))
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
}
