package dev.skillsite.build;

import dev.skillsite.check.SiteFolder;
import dev.skillsite.site.SitePath;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import dev.skillsite.work.Cores;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The folder a build writes into, beside the site it will replace ({@code target/.site.building} for
 * {@code target/site}), and the swap that puts it in place once the build has passed. A build that
 * fails never touches the site.
 * <p>
 * The folder holds either a whole new site, which replaces the old one in one move (a clean build), or,
 * for an incremental build over a site, only the files that changed, which are moved into the site one by
 * one over their old versions: a one-page edit then costs a few moves rather than a link per file of the
 * site and the deletion of the old one. The site's folder stays in place, and a page in it is always one
 * build's whole page.
 */
final class Staging {
    private final Path site;
    private final Path folder;
    /** Whether the folder holds only what changed, to be laid over the site. */
    private final boolean over;
    /** The files the site keeps once laid over, by path from its root: those left in it and those laid over it. */
    private final Set<String> kept = new HashSet<>();

    private Staging(Path site, boolean over) {
        this.site = site;
        this.folder = site.resolveSibling("." + site.getFileName() + ".building");
        this.over = over;
    }

    /** The staging folder for a whole new site, emptied of whatever an interrupted build left there. */
    static Staging beside(Path site) {
        return emptied(new Staging(site.toAbsolutePath().normalize(), false));
    }

    /**
     * The staging folder for the files that change in the site, if there is one to lay them over, and for a whole
     * new site otherwise.
     */
    static Staging over(Path site) {
        Path normal = site.toAbsolutePath().normalize();
        return emptied(new Staging(normal, Files.isDirectory(normal)));
    }

    private static Staging emptied(Staging staging) {
        delete(staging.folder);
        return staging;
    }

    Path folder() {
        return folder;
    }

    Path site() {
        return site;
    }

    /** The site the folder will be laid over, whose unchanged files stay where they are; null for a whole new site. */
    Path under() {
        return over ? site : null;
    }

    /** The site as the link check reads it: the folder, or the folder over the files {@code left} in the site. */
    SiteFolder checked(Set<String> left) {
        return over ? new SiteFolder(folder, site, left) : SiteFolder.of(folder);
    }

    /** Where the build lays out its theme: beside the site too; deleted after the build unless a preview's next one is to find it. */
    Path theme() {
        return site.resolveSibling("." + site.getFileName() + ".theme");
    }

    /**
     * Puts what was built in place, and returns what is left to tidy once that is done: the replaced site to delete,
     * or the files of the site that the new one no longer has.
     *
     * @param left the files the build left in the site, when it wrote only the files that changed
     */
    Runnable swapIn(Set<String> left) {
        try {
            return over ? layOver(left) : replace();
        } catch (IOException e) {
            throw new ProblemException(Problem.error(site, 0, "cannot replace the output folder: " + e.getMessage()));
        }
    }

    private Runnable replace() throws IOException {
        Files.createDirectories(site.getParent());
        Path replaced = site.resolveSibling("." + site.getFileName() + ".previous");
        delete(replaced);
        if (Files.exists(site)) {
            Files.move(site, replaced, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(folder, site, StandardCopyOption.ATOMIC_MOVE);
        return () -> delete(replaced);
    }

    /**
     * Lays what the folder holds now over the site, as {@link #swapIn} did the rest: files written after the
     * swap, which the pruning {@link #swapIn} left to do keeps too. The folder is written into again for them.
     *
     * @param left the files of the site left there rather than written, these files' and the rest's
     */
    void layOverLater(Set<String> left) {
        try {
            layOver(left);
        } catch (IOException e) {
            throw new ProblemException(Problem.error(site, 0, "cannot lay files over the output folder: " + e.getMessage()));
        }
    }

    /** Moves each written file over its old version (a rename, which replaces it at once), then leaves the pruning. */
    private Runnable layOver(Set<String> left) throws IOException {
        List<Path> written = List.of();
        if (Files.isDirectory(folder)) { // a later layer may have written nothing
            try (Stream<Path> files = Files.walk(folder)) {
                written = files.filter(Files::isRegularFile).toList();
            }
        }
        kept.addAll(left);
        for (Path file : written) {
            String path = folder.relativize(file).toString().replace('\\', '/');
            Path target = site.resolve(path);
            makeRoomFor(target);
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            kept.add(path);
        }
        return () -> prune(site, kept);
    }

    /** Deletes whatever stands where a file is to go: a folder of that name, or a file where one of its folders goes. */
    private void makeRoomFor(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            delete(target);
        }
        Path above = site;
        for (Path name : site.relativize(target.getParent())) {
            above = above.resolve(name);
            if (Files.exists(above, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(above, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(above);
            }
        }
        Files.createDirectories(target.getParent());
    }

    /**
     * Deletes every file of the site not in {@code kept}, by path from its root, and every folder that holds none of
     * them. Only the folders of kept files are listed, and listing a folder reads no file's attributes: at 10,000
     * pages a walk of the site that looked at each file was a quarter of a second.
     */
    private static void prune(Path site, Set<String> kept) {
        Set<String> folders = new HashSet<>();
        folders.add("");
        kept.forEach(file -> SitePath.addFolders(file, folders));
        for (String folder : folders) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.isEmpty() ? site : site.resolve(folder))) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    String path = folder.isEmpty() ? name : folder + "/" + name;
                    if (!kept.contains(path) && !folders.contains(path)) {
                        delete(entry);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot tidy " + site, e);
            }
        }
    }

    /** Deletes what is left of the staging folder: everything, when the build failed. */
    void clear() {
        delete(folder);
    }

    /**
     * Moves the folder aside at once, whatever it holds, for {@link #clearAbandoned()} to delete: a preview's files
     * for later, abandoned for an edit that waits, can be tens of megabytes (llms-full.txt holds every topic), and
     * that edit's build should not wait for their deletion. Layers abandoned before and not yet deleted stay beside it.
     */
    void abandon() {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.createDirectories(abandoned());
            Files.move(folder, abandoned().resolve(UUID.randomUUID().toString()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + folder + " aside", e);
        }
    }

    /** Deletes what {@link #abandon()} moved aside, if anything. */
    void clearAbandoned() {
        delete(abandoned());
    }

    private Path abandoned() {
        return site.resolveSibling("." + site.getFileName() + ".abandoned");
    }

    /** Deletes the folder the theme was assembled in. */
    void clearTheme() {
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
