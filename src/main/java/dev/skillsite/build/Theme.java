package dev.skillsite.build;

import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
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

    /** Lays the built-in theme into {@code folder}, then the project's templates and assets over it. */
    static Theme assemble(Path project, Path folder) {
        try {
            Staging.delete(folder);
            Files.createDirectories(folder);
            copyBuiltIn(folder);
            Set<String> fromProject = new HashSet<>();
            for (String part : new String[] {TEMPLATES, ASSETS}) {
                Path own = project.resolve(part);
                if (Files.isDirectory(own)) {
                    try (Stream<Path> files = Files.walk(own)) {
                        for (Path file : files.filter(Files::isRegularFile).toList()) {
                            String relative = part + "/" + own.relativize(file).toString().replace('\\', '/');
                            Path target = folder.resolve(relative);
                            Files.createDirectories(target.getParent());
                            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                            fromProject.add(relative);
                        }
                    }
                }
            }
            return new Theme(folder, project, fromProject);
        } catch (IOException e) {
            throw new ProblemException(Problem.error(project, 0, "cannot assemble the theme: " + e.getMessage()));
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

    void delete() {
        Staging.delete(folder);
    }

    /** Copies skillsite's own theme, from its classes folder or from inside its jar. */
    private static void copyBuiltIn(Path folder) throws IOException {
        Path code = RunningCode.codeLocation();
        if (Files.isDirectory(code)) {
            PathUtils.copyDirectory(code.resolve(BUILT_IN), folder);
            return;
        }
        for (Map.Entry<String, byte[]> file : packed(code).entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    /**
     * The files of the built-in theme in the jar, read once per process: opening the jar's file system took
     * as long as the rest of a one-file rebuild of a small skill under {@code serve}.
     */
    private static Map<String, byte[]> packed(Path jar) throws IOException {
        Map<String, byte[]> known = packed;
        if (known == null) {
            Map<String, byte[]> files = new TreeMap<>();
            try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of());
                 Stream<Path> all = Files.walk(zip.getPath(BUILT_IN))) {
                Path root = zip.getPath(BUILT_IN);
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(file).toString(), Files.readAllBytes(file));
                }
            }
            known = Collections.unmodifiableMap(files);
            packed = known;
        }
        return known;
    }
}
