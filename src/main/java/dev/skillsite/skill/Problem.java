package dev.skillsite.skill;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * Something wrong with the input, pinned to the file and line a user has to edit.
 * Errors stop the build; warnings are reported and the build goes on.
 */
public record Problem(Severity severity, Path file, int line, String message) {

    public enum Severity { ERROR, WARNING }

    /** The order problems are reported in: by file, then by line, as an editor walks them. */
    public static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::file).thenComparingInt(Problem::line);

    public static Problem error(Path file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(Path file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    /** The same problem, as an error: what a strict build makes of a warning. */
    public Problem asError() {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/SKILL.md:12: error: ...}, the form editors and CI annotators understand. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file.toString();
        return where + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
