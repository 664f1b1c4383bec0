package dev.skillsite.skill;

import dev.skillsite.site.SitePath;

import java.nio.file.Path;

/**
 * A file of the skill that is not markdown, a script, a template, an image or a font, published as it is
 * at its own path in the skill. A text file also gets a page that shows it ({@link #view()}), which links to it.
 *
 * @param source the file, relative to the folder the build reads
 * @param path   where it is published: its path in the skill, in the skill's folder of the site
 * @param size   in bytes
 * @param text   whether it reads as text, judged by its content
 */
public record SkillFile(Path source, SitePath path, long size, boolean text) {

    /** The page that shows a text file: its path with {@code .html} added ({@code scripts/fill.py.html}). */
    public SitePath view() {
        return new SitePath(path.path() + ".html");
    }

    public String name() {
        return source.getFileName().toString();
    }
}
