package dev.skillsite.markdown;

import dev.skillsite.skill.Problem;
import dev.skillsite.skill.SkillSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Every skill of a build rendered: what the pages are made of, the cache a later build may take topics
 * from, and how many topics this render took from a cache.
 */
public record RenderedSkills(SkillSet set, List<RenderedSkill> skills, TopicCache cache, int cached) {
    public RenderedSkills {
        skills = List.copyOf(skills);
    }

    /** Every warning of the build so far, by file and line. */
    public List<Problem> warnings() {
        List<Problem> warnings = new ArrayList<>(set.warnings());
        skills.forEach(s -> warnings.addAll(s.warnings()));
        warnings.sort(Problem.BY_PLACE);
        return warnings;
    }

    public int topics() {
        return skills.stream().mapToInt(s -> s.topics().size()).sum();
    }
}
