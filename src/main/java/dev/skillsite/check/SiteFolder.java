package dev.skillsite.check;

import java.nio.file.Path;
import java.util.Set;

/**
 * The site a check reads: a folder, or a folder of new files to be laid over a site that holds the rest. An
 * incremental build writes only the files that changed; the files it left in the site it will be laid over are
 * {@code left}, read from there. A path is never both written and left.
 *
 * @param written the folder the build wrote into, the whole site when {@code under} is null
 * @param under   the site the written files will be laid over, or null
 * @param left    the files of {@code under} that are part of the site checked, by path from its root with forward slashes
 */
public record SiteFolder(Path written, Path under, Set<String> left) {
    public SiteFolder {
        written = written.toAbsolutePath().normalize();
        under = under == null ? null : under.toAbsolutePath().normalize();
        left = Set.copyOf(left);
    }

    /** A folder that is the whole site. */
    public static SiteFolder of(Path root) {
        return new SiteFolder(root, null, Set.of());
    }

    /** Where the file at a path of the site is. */
    Path resolve(String path) {
        return under != null && left.contains(path) ? under.resolve(path) : written.resolve(path);
    }
}
