package dev.skillsite.skill;

import dev.skillsite.site.SitePath;

import java.nio.file.Path;

/**
 * A file of the skill that is not markdown, a script, a template, an image or a font, published as it is
 * at its own path. A text file also gets a page that shows it ({@link #view()}), which links to it.
 *
 * @param source the file, relative to the skill folder
 * @param size   in bytes
 * @param text   whether it reads as text, judged by its content
 */
public record SkillFile(Path source, long size, boolean text) {

    /** Where the file itself is published: its own path. */
    public SitePath path() {
        return new SitePath(source.toString().replace('\\', '/'));
    }

    /** The page that shows a text file: its path with {@code .html} added ({@code scripts/fill.py.html}). */
    public SitePath view() {
        return new SitePath(path().path() + ".html");
    }

    /** The folder it is in, with forward slashes; {@code ""} at the top of the skill. */
    public String folder() {
        Path parent = source.getParent();
        return parent == null ? "" : parent.toString().replace('\\', '/');
    }
}
