package dev.skillsite.markdown;

import dev.skillsite.skill.Problem;
import dev.skillsite.skill.Skill;

import java.util.List;

/**
 * The skill with every markdown file rendered and every cross-link resolved: what the pages are made of,
 * the cache a later build may take topics from, and how many topics this render took from a cache.
 */
public record RenderedSkill(Skill skill, List<RenderedTopic> topics, List<RenderedPassage> passages, List<Problem> warnings,
                            TopicCache cache, int cached) {
    public RenderedSkill {
        topics = List.copyOf(topics);
        passages = List.copyOf(passages);
        warnings = List.copyOf(warnings);
    }
}
