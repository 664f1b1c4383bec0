package dev.skillsite.skill;

import dev.skillsite.site.SitePath;

import java.nio.file.Path;

/**
 * A markdown file of the skill, and the page it becomes: a topic the router lists in a section
 * ({@code architecture/event-loop.html}), or a document no section lists, at its own path
 * ({@code forms.md} becomes {@code forms.html}).
 *
 * @param name        the link text in the section table, e.g. {@code event-loop}, unique within its section;
 *                    for a document, its file name without {@code .md}
 * @param description the table's description cell, as plain text; empty for a document
 * @param section     slug of the section that lists it; empty for a document
 * @param source      the markdown file, relative to the folder the build reads (the skill's, or the repository's
 *                    that holds it): {@code reference/architecture-event-loop.md}
 * @param page        the page it becomes
 * @param line        the SKILL.md line of its table row (0 for a document)
 */
public record Topic(String name, String description, String section, Path source, SitePath page, int line) {

    /** A topic the router lists in a section: its page is {@code <section>/<name>.html} in the skill's folder of the site. */
    static Topic listed(String name, String description, String section, Path source, String base, int line) {
        return new Topic(name, description, section, source, new SitePath(base + section + "/" + name + ".html"), line);
    }

    /**
     * A markdown file no section lists: its page is its own path in the skill, {@code .md} made {@code .html}.
     *
     * @param inSkill the file's path relative to the skill folder
     */
    static Topic document(Path source, Path inSkill, String base) {
        String path = inSkill.toString().replace('\\', '/');
        String stem = inSkill.getFileName().toString().replaceFirst("\\.md$", "");
        return new Topic(stem, "", "", source, new SitePath(base + path.substring(0, path.length() - ".md".length()) + ".html"), 0);
    }

    public boolean isDocument() {
        return section.isEmpty();
    }

    /** The markdown file name without {@code .md}: {@code architecture-event-loop}. */
    public String fileStem() {
        String file = source.getFileName().toString();
        return file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
    }
}
