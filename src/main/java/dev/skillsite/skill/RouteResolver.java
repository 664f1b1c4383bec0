package dev.skillsite.skill;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves the targets of routing lines ({@code Memory (eviction)}, {@code Testing (ci-pipeline)}) to
 * sections and topics with one general rule, tried in order until exactly one section matches:
 * <ol>
 *   <li>the exact section title, ignoring case ({@code Architecture});</li>
 *   <li>the prefix of the section's reference files ({@code Build} for {@code build-*.md},
 *       {@code Testing} for {@code testing-*.md}, {@code Config} for {@code config-*.md});</li>
 *   <li>a prefix of the section title at a word boundary ({@code Memory} for {@code Memory Management});</li>
 *   <li>the one section that holds every topic named in parentheses.</li>
 * </ol>
 * Nothing is special-cased for any one skill.
 */
final class RouteResolver {
    private static final Pattern TARGET = Pattern.compile("^(.+?)\\s*(?:\\((.*)\\))?$");

    private final List<Section> sections;
    private final Path skillFile;

    RouteResolver(List<Section> sections, Path skillFile) {
        this.sections = sections;
        this.skillFile = skillFile;
    }

    /** Resolves one routing line's targets, adding an error for each that names nothing. */
    List<Route.Target> resolve(String targets, int line, List<Problem> problems) {
        List<Route.Target> resolved = new ArrayList<>();
        for (String target : splitTopLevel(targets)) {
            Matcher m = TARGET.matcher(target);
            if (target.isBlank() || !m.matches()) {
                problems.add(Problem.error(skillFile, line, "empty routing target in \"" + targets + "\""));
                continue;
            }
            String name = m.group(1).trim();
            List<String> topicNames = m.group(2) == null ? List.of()
                    : splitTopLevel(m.group(2)).stream().map(String::trim).filter(s -> !s.isEmpty()).map(Slugs::of).toList();
            Optional<Section> section = section(name, topicNames);
            if (section.isEmpty()) {
                problems.add(Problem.error(skillFile, line, "routing target \"" + name + "\" matches no section"
                        + closest(name, sections.stream().map(Section::title).toList())));
                continue;
            }
            List<Topic> topics = new ArrayList<>();
            for (String topicName : topicNames) {
                Optional<Topic> topic = section.get().topic(topicName);
                if (topic.isPresent()) {
                    topics.add(topic.get());
                } else {
                    problems.add(Problem.error(skillFile, line, "routing target \"" + name + "\" resolves to section \""
                            + section.get().title() + "\", which has no topic \"" + topicName + "\""
                            + closest(topicName, section.get().topics().stream().map(Topic::name).toList())));
                }
            }
            resolved.add(new Route.Target(section.get(), topics));
        }
        return resolved;
    }

    private Optional<Section> section(String name, List<String> topicNames) {
        String lower = name.toLowerCase(Locale.ROOT);
        String prefix = Slugs.of(name) + "-";
        List<Predicate<Section>> rules = List.of(
                s -> s.title().equalsIgnoreCase(name),
                s -> s.topics().stream().anyMatch(t -> t.fileStem().startsWith(prefix)),
                s -> titleStartsWith(s.title().toLowerCase(Locale.ROOT), lower),
                s -> !topicNames.isEmpty() && topicNames.stream().allMatch(n -> s.topic(n).isPresent()));
        for (Predicate<Section> rule : rules) {
            List<Section> matches = sections.stream().filter(rule).toList();
            if (matches.size() == 1) {
                return Optional.of(matches.get(0));
            }
        }
        return Optional.empty();
    }

    private static boolean titleStartsWith(String title, String prefix) {
        return title.startsWith(prefix)
                && (title.length() == prefix.length() || !Character.isLetterOrDigit(title.charAt(prefix.length())));
    }

    /** Splits on commas that are not inside parentheses. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).trim());
        return parts;
    }

    /** {@code "; closest: "Memory Management", "Monitoring""}, or nothing when no name is near. */
    static String closest(String wanted, List<String> candidates) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String lower = wanted.toLowerCase(Locale.ROOT);
        List<String> near = candidates.stream()
                .sorted(Comparator.comparingInt((String c) -> distance.apply(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .toList();
        return near.isEmpty() ? "" : "; closest: " + near.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    }
}
