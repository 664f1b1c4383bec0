package dev.skillsite.skill;

import dev.skillsite.site.SitePath;

import java.nio.file.Path;

/**
 * One reference file as the router lists it.
 *
 * @param name        the link text in the section table, e.g. {@code event-loop}; unique within its section
 * @param description the table's description cell, as plain text
 * @param section     slug of the section that lists it
 * @param source      the markdown file, relative to the content root ({@code reference/architecture-event-loop.md})
 * @param line        the SKILL.md line of its table row (0 for unlisted files)
 */
public record Topic(String name, String description, String section, Path source, int line) {

    public SitePath page() {
        return new SitePath(section + "/" + name + ".html");
    }

    /** The markdown file name without {@code .md}: {@code architecture-event-loop}. */
    public String fileStem() {
        String file = source.getFileName().toString();
        return file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
    }
}
