package dev.skillsite.markdown;

import dev.skillsite.skill.Problem;
import dev.skillsite.skill.Skill;

import java.util.List;

/**
 * The skill with every markdown file rendered and every cross-link resolved: what the pages are made of,
 * with the memo a later build may reuse topics from, and how many topics this render reused from one.
 */
public record RenderedSkill(Skill skill, List<RenderedTopic> topics, List<RenderedPassage> passages, List<Problem> warnings,
                            TopicMemo memo, int reused) {
    public RenderedSkill {
        topics = List.copyOf(topics);
        passages = List.copyOf(passages);
        warnings = List.copyOf(warnings);
    }
}
