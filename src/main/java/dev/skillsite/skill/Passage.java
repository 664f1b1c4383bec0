package dev.skillsite.skill;

/**
 * A prose section of SKILL.md that is not a topic table, such as Quick Start or Critical Rules:
 * its heading, the id that heading links by ({@link HeadingIds}), and its raw markdown, with the line
 * its body starts on so later stages can report errors against SKILL.md.
 */
public record Passage(String heading, String anchor, String markdown, int firstLine) {
}
