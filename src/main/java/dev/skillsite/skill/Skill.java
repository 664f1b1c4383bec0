package dev.skillsite.skill;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A parsed skill: SKILL.md's metadata, its routes, its prose passages and its sections of topics.
 *
 * @param root     the content folder holding SKILL.md
 * @param title    the text of SKILL.md's {@code # } heading (the metadata name when it has none)
 * @param warnings problems that do not stop the build, such as reference files no section lists
 */
public record Skill(Path root, SkillMetadata metadata, String title, List<Route> routes, List<Passage> passages,
                    List<Section> sections, List<Problem> warnings) {

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

    public Stream<Topic> topics() {
        return sections.stream().flatMap(s -> s.topics().stream());
    }
}
