package dev.skillsite.markdown;

import dev.skillsite.cache.KeyedText;
import dev.skillsite.skill.SkillFile;

/** A text file of the skill, highlighted as a code block for the page that shows it. */
public record RenderedFile(SkillFile file, String language, KeyedText html) {
}
