package dev.skillsite.check;

import dev.skillsite.site.SitePath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every file and folder of a site, by path from its root with forward slashes, and by lower-cased path
 * (to tell a letter-case mismatch from a missing file). The site root itself is the folder {@code ""}.
 */
record SiteFiles(Set<String> files, Set<String> directories, Map<String, String> byLowerCase) {

    static SiteFiles of(Set<String> files, Set<String> directories) {
        Map<String, String> byLowerCase = new HashMap<>();
        Stream.concat(directories.stream(), files.stream()).sorted()
                .forEach(path -> byLowerCase.putIfAbsent(path.toLowerCase(Locale.ROOT), path));
        return new SiteFiles(Set.copyOf(files), Set.copyOf(directories), byLowerCase);
    }

    /** The files of the folder written, and those left in the site under it with the folders they are in. */
    static SiteFiles read(SiteFolder folder) {
        Path root = folder.written();
        Set<String> files = new HashSet<>();
        Set<String> directories = new HashSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> (Files.isDirectory(p) ? directories : files).add(root.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        for (String file : folder.left()) {
            files.add(file);
            SitePath.addFolders(file, directories);
        }
        return of(files, directories);
    }
}
