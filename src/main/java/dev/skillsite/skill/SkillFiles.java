package dev.skillsite.skill;

import dev.skillsite.site.SitePath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every file of a skill folder, found once: its markdown and everything else. Hidden files and folders
 * ({@code .git}, {@code .claude-plugin}) are not part of the skill. A symbolic link is followed only while
 * it stays inside the skill folder: one that leads outside is an error naming it, and nothing outside is
 * read, copied or published.
 *
 * @param markdown every {@code .md} file but the skill's own SKILL.md, relative to the skill folder, sorted
 * @param others   every other file, sorted by path
 */
public record SkillFiles(List<Path> markdown, List<SkillFile> others) {
    /** Larger text files are published as they are, without a page that shows them. */
    static final long LARGEST_SHOWN = 512 * 1024;
    private static final int SNIFFED = 8192;

    public SkillFiles {
        markdown = List.copyOf(markdown);
        others = List.copyOf(others);
    }

    /**
     * @param root          the folder the build reads
     * @param folder        the skill's folder in it ({@code ""} when the skill is the root)
     * @param base          the skill's folder in the site, ending in {@code /} ({@code ""} at the site's root)
     * @param besideOthers  whether other skills share the build: a folder with a SKILL.md of its own is then
     *                      theirs, not this skill's
     */
    static Scan scan(Path buildRoot, Path folder, String base, boolean besideOthers, List<Problem> problems) {
        Path root = buildRoot.resolve(folder);
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new ProblemException(Problem.error(root, 0, "cannot read the skill folder: " + e.getMessage()));
        }
        List<Path> markdown = new ArrayList<>();
        List<SkillFile> others = new ArrayList<>();
        Map<Path, FileStamp> stamps = new HashMap<>();
        boolean[] linked = {false};
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root) && (hidden(dir) || outside(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    // Another skill's folder too: it says when its SKILL.md goes, and its files become this skill's.
                    stamps.put(dir, FileStamp.of(attributes));
                    if (!dir.equals(root) && besideOthers && Files.isRegularFile(dir.resolve(Skill.SKILL_FILE))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (hidden(file) || outside(file) || !attributes.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path relative = root.relativize(file);
                    if (relative.toString().endsWith(".md")) {
                        if (!relative.equals(Path.of(Skill.SKILL_FILE))) {
                            markdown.add(relative);
                        }
                    } else {
                        stamps.put(file, FileStamp.of(attributes));
                        others.add(new SkillFile(folder.resolve(relative), new SitePath(base + relative.toString().replace('\\', '/')),
                                attributes.size(), isText(file, attributes.size())));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Problem.error(file, 0, e instanceof FileSystemLoopException
                            ? "a symbolic link here leads back into a folder that holds it" : "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }

                private boolean hidden(Path path) {
                    return path.getFileName().toString().startsWith(".");
                }

                /**
                 * A link out of the skill folder: an error, and not followed. Only a link can lead out: the walk
                 * enters no folder that does, so whatever is not a link lies inside (and a link's real path costs
                 * a look at every folder on its way).
                 */
                private boolean outside(Path path) {
                    if (!Files.isSymbolicLink(path)) {
                        return false;
                    }
                    linked[0] = true;
                    Path real;
                    try {
                        real = path.toRealPath();
                    } catch (IOException e) {
                        problems.add(Problem.error(path, 0, "a symbolic link to nothing: " + e.getMessage()));
                        return true;
                    }
                    if (real.startsWith(realRoot)) {
                        return false;
                    }
                    problems.add(Problem.error(path, 0, "a symbolic link to " + real + ", outside the skill folder;"
                            + " nothing outside the skill is published"));
                    return true;
                }
            });
        } catch (IOException e) {
            throw new ProblemException(Problem.error(root, 0, "cannot read the skill folder: " + e.getMessage()));
        }
        markdown.sort(null);
        others.sort((a, b) -> a.source().compareTo(b.source()));
        return new Scan(new SkillFiles(markdown, others), linked[0] ? null : Map.copyOf(stamps));
    }

    /**
     * A scan of a skill folder, and what it saw of the file system: the stamp of every folder it listed, which
     * changes when a file is added to it, removed or renamed, and of every file but markdown, whose size and
     * whether it is text the scan recorded. A scan that met a symbolic link has none: the link's target may
     * change while every folder listed stays as it was.
     */
    record Scan(SkillFiles files, Map<Path, FileStamp> stamps) {
        /** Whether scanning again would find the same files: every folder and file it saw still says what it said. */
        boolean holds() {
            return stamps != null && stamps.entrySet().stream().allMatch(seen -> seen.getValue().equals(FileStamp.of(seen.getKey())));
        }
    }

    /**
     * Text, judged by content as git does: no NUL byte near the start, and the whole file valid UTF-8. A
     * file too large to show on a page is not looked at.
     */
    static boolean isText(Path file, long size) throws IOException {
        if (size > LARGEST_SHOWN) {
            return false;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFFED); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
