package dev.skillsite.build;

import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates and assets a site is rendered with: skillsite's built-in theme, which ships inside
 * skillsite itself, with the project's own {@code templates/} and {@code assets/} overriding it file by
 * file, the lookup order Hugo uses for themes. JBake reads templates and copies assets from folders, so
 * the two are laid over each other in a folder of the build's own ({@link #assemble}), and errors in a
 * template are reported at the file it came from ({@link #origin}).
 */
final class Theme {
    static final String TEMPLATES = "templates";
    static final String ASSETS = "assets";
    /** Where the built-in theme lies among skillsite's classes and resources. */
    private static final String BUILT_IN = "dev/skillsite/theme";
    /** The built-in theme's files in skillsite's jar, by relative path, once read; the jar cannot change under a running JVM. */
    private static volatile Map<String, byte[]> packed;

    private final Path folder;
    private final Path project;
    /** Files of the assembled folder that came from the project, relative to the folder. */
    private final Set<String> fromProject;

    private Theme(Path folder, Path project, Set<String> fromProject) {
        this.folder = folder;
        this.project = project;
        this.fromProject = Set.copyOf(fromProject);
    }

    /**
     * Lays the built-in theme into {@code folder}, then the project's templates and assets over it. A file the
     * folder already holds with the same bytes stays as it is, and only files the theme no longer has are
     * deleted: a preview's builds find the folder the last one assembled, and rewriting its few dozen files on
     * every edit was most of the time the build took to configure itself.
     */
    static Theme assemble(Path project, Path folder) {
        try {
            Map<String, byte[]> files = new TreeMap<>(builtIn());
            Set<String> fromProject = new HashSet<>();
            for (String part : new String[] {TEMPLATES, ASSETS}) {
                Path own = project.resolve(part);
                if (Files.isDirectory(own)) {
                    try (Stream<Path> walk = Files.walk(own)) {
                        for (Path file : walk.filter(Files::isRegularFile).toList()) {
                            String relative = part + "/" + own.relativize(file).toString().replace('\\', '/');
                            files.put(relative, Files.readAllBytes(file));
                            fromProject.add(relative);
                        }
                    }
                }
            }
            lay(files, folder);
            return new Theme(folder, project, fromProject);
        } catch (IOException | UncheckedIOException e) {
            throw new ProblemException(Problem.error(project, 0, "cannot assemble the theme: " + e.getMessage()));
        }
    }

    /** Makes {@code folder} hold exactly {@code files}, by relative path, writing only those whose bytes differ. */
    private static void lay(Map<String, byte[]> files, Path folder) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(folder);
        }
        Files.createDirectories(folder);
        // Deepest first, so that a folder is looked at once what it held is gone or known to stay.
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path present : walk.filter(p -> !p.equals(folder)).sorted(Comparator.reverseOrder()).toList()) {
                String relative = folder.relativize(present).toString().replace('\\', '/');
                boolean stays = Files.isDirectory(present, LinkOption.NOFOLLOW_LINKS)
                        ? files.keySet().stream().anyMatch(file -> file.startsWith(relative + "/"))
                        : files.containsKey(relative);
                if (!stays) {
                    Staging.delete(present);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    || !Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }
    }

    Path templates() {
        return folder.resolve(TEMPLATES);
    }

    Path assets() {
        return folder.resolve(ASSETS);
    }

    /**
     * The file a person edits for a file of the assembled theme: the project's own, or, for the built-in
     * theme, its place in skillsite's sources, {@code <built-in theme>/templates/layout.ftl}.
     */
    Path origin(Path assembled) {
        if (!assembled.startsWith(folder)) {
            return assembled;
        }
        String relative = folder.relativize(assembled).toString().replace('\\', '/');
        return fromProject.contains(relative) ? project.resolve(relative) : Path.of("<built-in theme>", relative);
    }

    /** skillsite's own theme by relative path: from its classes folder, or from inside its jar. */
    private static Map<String, byte[]> builtIn() throws IOException {
        Path code = RunningCode.codeLocation();
        if (Files.isDirectory(code)) {
            return files(code.resolve(BUILT_IN)); // a developer's build, whose theme may change between runs
        }
        return packed(code);
    }

    /**
     * The files of the built-in theme in the jar, read once per process: opening the jar's file system took
     * as long as the rest of a one-file rebuild of a small skill under {@code serve}.
     */
    private static Map<String, byte[]> packed(Path jar) throws IOException {
        Map<String, byte[]> known = packed;
        if (known == null) {
            try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
                known = files(zip.getPath(BUILT_IN));
            }
            packed = known;
        }
        return known;
    }

    /** Every file under {@code root}, by its path from there with {@code /} between names. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return Collections.unmodifiableMap(files);
    }
}
