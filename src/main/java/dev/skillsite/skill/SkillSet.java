package dev.skillsite.skill;

import dev.skillsite.work.Cores;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The skills one build holds: the skill in the content folder, or, where the content folder is no skill
 * itself, every skill of the repository it is, at any depth (a folder with a SKILL.md; hidden folders
 * skipped, and nothing below a skill's folder taken for another skill). In a repository each skill is
 * known by its name, which no two may share, and its site sits in a folder of that name.
 *
 * @param root       the content folder
 * @param skills     the skills, by the path of their folders
 * @param repository whether the content folder holds several skills rather than being one
 * @param warnings   what holds across the skills: routes naming a skill the build does not hold
 */
public record SkillSet(Path root, List<Skill> skills, boolean repository, List<Problem> warnings) {

    public SkillSet {
        skills = List.copyOf(skills);
        warnings = List.copyOf(warnings);
    }

    /** Finds and reads every skill of the content folder; a problem in any of them stops the build with all of them listed. */
    public static SkillSet read(Path root) {
        return read(root, new SkillParser());
    }

    /** Reads the skills with {@code parser}, which takes from its cache each skill read before from the same files. */
    public static SkillSet read(Path root, SkillParser parser) {
        if (Files.isRegularFile(root.resolve(Skill.SKILL_FILE))) {
            Skill skill = parser.parse(root);
            return new SkillSet(root, List.of(skill), false, otherSkills(List.of(skill)));
        }
        List<Path> folders = skillFolders(root);
        if (folders.isEmpty()) {
            throw new ProblemException(Problem.error(root.resolve(Skill.SKILL_FILE), 0,
                    "no " + Skill.SKILL_FILE + " in the content folder " + root + " or any folder below it"));
        }
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<Skill> skills = Cores.map(folders.size(), i -> {
            try {
                return parser.parse(root, folders.get(i), true);
            } catch (ProblemException e) {
                problems.addAll(e.problems());
                return null;
            }
        });
        if (problems.isEmpty()) {
            problems.addAll(sameNames(skills));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems.stream().sorted(Problem.BY_PLACE).toList());
        }
        return new SkillSet(root, skills, true, otherSkills(skills));
    }

    public Optional<Skill> named(String name) {
        return skills.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Every folder below the root with a SKILL.md, those at the top first, then folder by folder in path order
     * (the catalogue's order); hidden folders and the insides of skills are skipped.
     */
    static List<Path> skillFolders(Path root) {
        List<Path> folders = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (Files.isRegularFile(dir.resolve(Skill.SKILL_FILE))) {
                        folders.add(root.relativize(dir));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ProblemException(Problem.error(root, 0, "cannot read the content folder: " + e.getMessage()));
        }
        folders.sort(Comparator.comparing((Path folder) -> folder.getParent() == null ? "" : folder.getParent().toString())
                .thenComparing(Path::toString));
        return folders;
    }

    /** Two skills of one name: the site could give only one of them its folder. */
    private static List<Problem> sameNames(List<Skill> skills) {
        Map<String, Skill> byName = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Skill skill : skills) {
            Skill earlier = byName.putIfAbsent(skill.name(), skill);
            if (earlier != null) {
                problems.add(Problem.error(skill.skillFile(), 2, "two skills are named \"" + skill.name() + "\": "
                        + earlier.root().resolve(earlier.folder()) + " and " + skill.root().resolve(skill.folder())
                        + "; a skill's site is the folder of its name, so each needs its own"));
            }
        }
        return problems;
    }

    /** A routing target naming a skill this build does not hold stays text, with a warning. */
    private static List<Problem> otherSkills(List<Skill> skills) {
        List<String> names = skills.stream().map(Skill::name).toList();
        List<Problem> warnings = new ArrayList<>();
        for (Skill skill : skills) {
            for (Route route : skill.routes()) {
                for (Route.Target target : route.targets()) {
                    if (target instanceof Route.OtherSkill other && !names.contains(other.name())) {
                        warnings.add(Problem.warning(skill.skillFile(), route.line(), "routing target " + other.text()
                                + " names the skill \"" + other.name() + "\", which this build does not hold; it stays text"));
                    }
                }
            }
        }
        return warnings;
    }
}
