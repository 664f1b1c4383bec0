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
 *   <li>the one section that holds every topic named in parentheses, with a warning: the name itself
 *       matched nothing, and may be misspelt.</li>
 * </ol>
 * A topic matches its exact name, or else, with a warning, the one topic of the section whose name starts
 * with it ({@code queues} for {@code queues-streams}). A bold target ({@code **glide-mq**}) names another
 * skill. Whatever resolves to nothing is kept as text with a warning: the site is still usable. Nothing is
 * special-cased for any one skill.
 */
final class RouteResolver {
    private static final Pattern TARGET = Pattern.compile("^(.+?)\\s*(?:\\((.*)\\))?$");
    private static final Pattern BOLD = Pattern.compile("^(?:\\*\\*|__)\\s*([^*_]+?)\\s*(?:\\*\\*|__)$");

    private final List<Section> sections;
    private final Path skillFile;

    RouteResolver(List<Section> sections, Path skillFile) {
        this.sections = sections;
        this.skillFile = skillFile;
    }

    /** Resolves one routing line's targets, adding a warning for each that resolves only in part or not at all. */
    List<Route.Target> resolve(String targets, int line, List<Problem> warnings) {
        List<Route.Target> resolved = new ArrayList<>();
        for (String target : splitTopLevel(targets)) {
            if (target.isBlank()) {
                continue;
            }
            Matcher bold = BOLD.matcher(target);
            if (bold.matches()) {
                resolved.add(new Route.OtherSkill(target, bold.group(1))); // SkillSet knows whether the build holds it
                continue;
            }
            Matcher m = TARGET.matcher(target);
            m.matches();
            String name = m.group(1).trim();
            List<String> topicNames = m.group(2) == null ? List.of()
                    : splitTopLevel(m.group(2)).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
            Optional<Section> section = section(name);
            if (section.isEmpty() && !topicNames.isEmpty()) {
                section = holding(topicNames);
                section.ifPresent(s -> warnings.add(Problem.warning(skillFile, line, "routing target \"" + name
                        + "\" matches no section; its topics are in \"" + s.title() + "\"" + closest(name, titles()))));
            }
            if (section.isEmpty()) {
                warnings.add(Problem.warning(skillFile, line, "routing target \"" + name + "\" matches no section"
                        + closest(name, titles()) + "; it stays text"));
                resolved.add(new Route.Unresolved(target));
                continue;
            }
            List<Route.Mention> mentions = new ArrayList<>();
            for (String topicName : topicNames) {
                Optional<Topic> topic = topic(section.get(), topicName, line, warnings);
                if (topic.isEmpty()) {
                    warnings.add(Problem.warning(skillFile, line, "routing target \"" + name + "\" resolves to section \""
                            + section.get().title() + "\", which has no topic \"" + topicName + "\""
                            + closest(topicName, section.get().topics().stream().map(Topic::name).toList()) + "; it stays text"));
                }
                mentions.add(new Route.Mention(topicName, topic.orElse(null)));
            }
            resolved.add(new Route.InSection(target, section.get(), mentions));
        }
        return resolved;
    }

    /** The topic of that name, or the one whose name starts with it, with a warning. */
    private Optional<Topic> topic(Section section, String written, int line, List<Problem> warnings) {
        String name = Slugs.of(written);
        Optional<Topic> exact = section.topic(name);
        if (exact.isPresent()) {
            return exact;
        }
        List<Topic> starting = section.topics().stream().filter(t -> t.name().startsWith(name)).toList();
        if (starting.size() != 1) {
            return Optional.empty();
        }
        warnings.add(Problem.warning(skillFile, line, "routing topic \"" + written + "\" is not a topic of \""
                + section.title() + "\"; it is linked to \"" + starting.get(0).name() + "\", the one topic whose name starts with it"));
        return Optional.of(starting.get(0));
    }

    /** The one section that holds every topic named, by exact name. */
    private Optional<Section> holding(List<String> topicNames) {
        List<Section> matches = sections.stream()
                .filter(s -> topicNames.stream().allMatch(n -> s.topic(Slugs.of(n)).isPresent())).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private List<String> titles() {
        return sections.stream().map(Section::title).toList();
    }

    /** The one section this name means by the first three rules. */
    private Optional<Section> section(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String prefix = Slugs.of(name) + "-";
        List<Predicate<Section>> rules = List.of(
                s -> s.title().equalsIgnoreCase(name),
                s -> s.topics().stream().anyMatch(t -> t.fileStem().startsWith(prefix)),
                s -> titleStartsWith(s.title().toLowerCase(Locale.ROOT), lower));
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
