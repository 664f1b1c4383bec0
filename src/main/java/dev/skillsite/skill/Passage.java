package dev.skillsite.skill;

/**
 * A prose section of SKILL.md that is not a topic table, such as Quick Start or Critical Rules:
 * its heading and raw markdown, with the line its body starts on so later stages can report
 * errors against SKILL.md.
 */
public record Passage(String heading, String markdown, int firstLine) {
}
