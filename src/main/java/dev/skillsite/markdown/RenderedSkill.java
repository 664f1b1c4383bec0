package dev.skillsite.markdown;

import dev.skillsite.skill.Problem;
import dev.skillsite.skill.Skill;

import java.util.List;

/**
 * A skill with every markdown file rendered and every cross-link resolved: what its pages are made of.
 *
 * @param topics   every markdown page: the router's topics, then the documents no section lists
 * @param intro    SKILL.md's prose before its first section, or null
 * @param files    the skill's text files, highlighted for the pages that show them
 * @param warnings the skill's warnings and the markdown stage's own about its files
 * @param vocabulary what the topics' search words are numbered in
 */
public record RenderedSkill(Skill skill, List<RenderedTopic> topics, RenderedPassage intro, List<RenderedPassage> passages,
                            List<RenderedFile> files, List<Problem> warnings, Vocabulary vocabulary) {
    public RenderedSkill {
        topics = List.copyOf(topics);
        passages = List.copyOf(passages);
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
