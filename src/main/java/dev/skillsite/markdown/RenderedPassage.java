package dev.skillsite.markdown;

import dev.skillsite.skill.Passage;

/** A prose passage of SKILL.md in HTML. */
public record RenderedPassage(Passage passage, String html) {
}
