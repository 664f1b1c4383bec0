package dev.skillsite.build;

import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import dev.skillsite.work.Cores;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a build writes into, beside the site it will replace ({@code target/.site.building} for
 * {@code target/site}), and the swap that puts it in place once the build has passed. A build that
 * fails never touches the site.
 */
final class Staging {
    private final Path site;
    private final Path folder;

    private Staging(Path site) {
        this.site = site;
        this.folder = site.resolveSibling("." + site.getFileName() + ".building");
    }

    /** The staging folder for this site, emptied of whatever an interrupted build left there. */
    static Staging beside(Path site) {
        Staging staging = new Staging(site.toAbsolutePath().normalize());
        delete(staging.folder);
        return staging;
    }

    Path folder() {
        return folder;
    }

    Path site() {
        return site;
    }

    /** Where the build lays out its theme: beside the site too, and gone with the staging folder. */
    Path theme() {
        return site.resolveSibling("." + site.getFileName() + ".theme");
    }

    /** Moves the new site in and returns where the one it replaced went, to be deleted. */
    Path swapIn() {
        try {
            Files.createDirectories(site.getParent());
            Path replaced = site.resolveSibling("." + site.getFileName() + ".previous");
            delete(replaced);
            if (Files.exists(site)) {
                Files.move(site, replaced, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(folder, site, StandardCopyOption.ATOMIC_MOVE);
            return replaced;
        } catch (IOException e) {
            throw new ProblemException(Problem.error(site, 0, "cannot replace the output folder: " + e.getMessage()));
        }
    }

    /** Deletes what is left of the staging folder (everything, when the build failed) and the theme's. */
    void clear() {
        delete(folder);
        delete(theme());
    }

    /**
     * Deletes a folder and everything in it. What it holds directly is deleted on every core, one entry a task:
     * a site's sections are folders of their own, and the file system removes files from different folders at
     * once (a replaced site of 20,000 files was most of a third of a second, one by one).
     */
    static void delete(Path folder) {
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(folder);
                return;
            }
            List<Path> entries;
            try (Stream<Path> list = Files.list(folder)) {
                entries = list.toList();
            }
            Cores.forEach(entries.size(), i -> deleteEntry(entries.get(i)));
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }

    private static void deleteEntry(Path entry) {
        try {
            PathUtils.delete(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + entry, e);
        }
    }
}
