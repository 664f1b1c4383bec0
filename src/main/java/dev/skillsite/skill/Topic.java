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
 * @param source      the markdown file, relative to the skill folder ({@code reference/architecture-event-loop.md})
 * @param page        the page it becomes
 * @param line        the SKILL.md line of its table row (0 for a document)
 */
public record Topic(String name, String description, String section, Path source, SitePath page, int line) {

    /** A topic the router lists in a section: its page is {@code <section>/<name>.html}. */
    static Topic listed(String name, String description, String section, Path source, int line) {
        return new Topic(name, description, section, source, new SitePath(section + "/" + name + ".html"), line);
    }

    /** A markdown file no section lists: its page is its own path, {@code .md} made {@code .html}. */
    static Topic document(Path source) {
        String path = source.toString().replace('\\', '/');
        String stem = source.getFileName().toString().replaceFirst("\\.md$", "");
        return new Topic(stem, "", "", source, new SitePath(path.substring(0, path.length() - ".md".length()) + ".html"), 0);
    }

    public boolean isDocument() {
        return section.isEmpty();
    }

    /** The folder a document is in, with forward slashes; {@code ""} at the top of the skill. */
    public String folder() {
        Path parent = source.getParent();
        return parent == null ? "" : parent.toString().replace('\\', '/');
    }

    /** The markdown file name without {@code .md}: {@code architecture-event-loop}. */
    public String fileStem() {
        String file = source.getFileName().toString();
        return file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
    }
}
