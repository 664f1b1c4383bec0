package dev.skillsite.markdown;

import dev.skillsite.skill.Passage;

/** A prose passage of SKILL.md in HTML, with the id its landing-page heading takes. */
public record RenderedPassage(Passage passage, String id, String html) {
}
