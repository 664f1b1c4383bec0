package dev.skillsite.site;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markdown line a generated link came from, carried on the link itself as
 * {@code data-source="reference/x.md:42"}: the markdown stage writes it, and the link check reads it to
 * send a person to the line they have to edit rather than to generated HTML.
 *
 * @param file the markdown file, relative to the skill folder, with forward slashes
 * @param line the 1-based line
 */
public record SourceLine(String file, int line) {
    /** The attribute every generated link and image carries. */
    public static final String ATTRIBUTE = "data-source";
    private static final Pattern VALUE = Pattern.compile("(.+):([0-9]{1,9})");

    /** The attribute's value: {@code reference/x.md:42}. */
    public String value() {
        return file + ":" + line;
    }

    /** The source an attribute value names; other sites use data-source for their own ends, so only {@code file:line} counts. */
    public static Optional<SourceLine> parse(String value) {
        Matcher m = VALUE.matcher(value);
        return m.matches() ? Optional.of(new SourceLine(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    /** The same line, named from another folder: {@code content/reference/x.md} for {@code reference/x.md}. */
    public SourceLine under(String folder) {
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        return new SourceLine(prefix + file, line);
    }

    @Override
    public String toString() {
        return value();
    }
}
