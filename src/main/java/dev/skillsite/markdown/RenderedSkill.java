package dev.skillsite.markdown;

import dev.skillsite.skill.Problem;
import dev.skillsite.skill.Skill;

import java.util.List;

/**
 * The skill with every markdown file rendered and every cross-link resolved: what the pages are made of,
 * the cache a later build may take topics from, and how many topics this render took from a cache.
 *
 * @param topics   every markdown page: the router's topics, then the documents no section lists
 * @param intro    SKILL.md's prose before its first section, or null
 * @param files    the skill's text files, highlighted for the pages that show them
 * @param warnings the skill's warnings and the markdown stage's own
 */
public record RenderedSkill(Skill skill, List<RenderedTopic> topics, RenderedPassage intro, List<RenderedPassage> passages,
                            List<RenderedFile> files, List<Problem> warnings, TopicCache cache, int cached) {
    public RenderedSkill {
        topics = List.copyOf(topics);
        passages = List.copyOf(passages);
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
