package dev.skillsite.skill;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A parsed skill: SKILL.md's metadata, its routes, its prose passages and its sections of topics.
 *
 * @param root          the content folder holding SKILL.md
 * @param title         the text of SKILL.md's {@code # } heading (the metadata name when it has none)
 * @param routingAnchor the id of the {@code ## Routing} heading, where the landing page lists the routes
 * @param warnings      problems that do not stop the build, such as reference files no section lists
 */
public record Skill(Path root, SkillMetadata metadata, String title, String routingAnchor, List<Route> routes,
                    List<Passage> passages, List<Section> sections, List<Problem> warnings) {

    public static final String SKILL_FILE = "SKILL.md";

    public Skill {
        routes = List.copyOf(routes);
        passages = List.copyOf(passages);
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    public Path skillFile() {
        return root.resolve(SKILL_FILE);
    }

    /** Every id the landing page answers to: one per {@code ## } heading of SKILL.md, as on GitHub. */
    public Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        anchors.add(routingAnchor);
        passages.forEach(p -> anchors.add(p.anchor()));
        sections.forEach(s -> anchors.add(s.anchor()));
        return anchors;
    }

    public Stream<Topic> topics() {
        return sections.stream().flatMap(s -> s.topics().stream());
    }
}
