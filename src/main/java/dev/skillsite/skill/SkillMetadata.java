package dev.skillsite.skill;

import java.util.Map;

/** The YAML front matter of SKILL.md; keys beyond the four known ones are kept in {@code extra}. */
public record SkillMetadata(String name, String description, String version, String argumentHint,
                            Map<String, Object> extra) {
    public SkillMetadata {
        extra = Map.copyOf(extra);
    }
}
