package dev.skillsite.skill;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SKILL.md's YAML front matter, read into {@link SkillMetadata} and held against the Agent Skills
 * specification (agentskills.io): {@code name} of 1-64 lowercase letters, digits and single hyphens,
 * {@code description} of 1-1,024 characters, {@code compatibility} of at most 500, {@code metadata} a map
 * of strings. A value outside the specification still builds, with a warning; front matter that is not
 * YAML cannot be read, and is an error.
 */
final class FrontMatter {
    static final int NAME_LIMIT = 64;
    static final int DESCRIPTION_LIMIT = 1024;
    static final int COMPATIBILITY_LIMIT = 500;
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final SkillMetadata NONE = new SkillMetadata("", "", "", "", Map.of());

    private FrontMatter() {
    }

    /**
     * @param folderName the name the skill's folder must have, where a build requires it (a skill among
     *                   others in a repository); null where the folder is just where the skill is read from
     */
    static SkillMetadata read(SourceFile source, String folderName, List<Problem> problems, List<Problem> warnings) {
        List<String> lines = source.text().lines().toList();
        Path file = source.path();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            warnings.add(Problem.warning(file, 1, "no YAML front matter: SKILL.md should start with a line '---', then name: and description:"));
            return NONE;
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---") && !lines.get(end).strip().equals("...")) {
            end++;
        }
        if (end == lines.size()) {
            problems.add(Problem.error(file, 1, "front matter has no closing '---' line"));
            return NONE;
        }
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(String.join("\n", lines.subList(1, end)));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 2 : 1;
            problems.add(Problem.error(file, line, "front matter is not valid YAML: " + e.getProblem()));
            return NONE;
        } catch (YAMLException e) {
            problems.add(Problem.error(file, 1, "front matter is not valid YAML: " + e.getMessage()));
            return NONE;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            problems.add(Problem.error(file, 2, "front matter must be a YAML mapping of keys to values"));
            return NONE;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
        Lines at = new Lines(lines.subList(0, end));
        String name = text(values.remove("name"));
        String description = text(values.remove("description")).strip();
        checkName(name, folderName, file, at.of("name"), warnings);
        if (description.isEmpty() || description.length() > DESCRIPTION_LIMIT) {
            warnings.add(Problem.warning(file, at.of("description"), "'description' should have 1 to " + DESCRIPTION_LIMIT
                    + " characters (has " + description.length() + "): agents choose skills by it"));
        }
        if (values.containsKey("compatibility")) {
            String compatibility = text(values.get("compatibility"));
            if (compatibility.isBlank() || compatibility.length() > COMPATIBILITY_LIMIT) {
                warnings.add(Problem.warning(file, at.of("compatibility"), "'compatibility' should have 1 to "
                        + COMPATIBILITY_LIMIT + " characters (has " + compatibility.length() + ")"));
            }
        }
        Object metadata = values.get("metadata");
        if (values.containsKey("metadata") && !(metadata instanceof Map<?, ?> m && m.values().stream().allMatch(String.class::isInstance))) {
            warnings.add(Problem.warning(file, at.of("metadata"), "'metadata' should map keys to strings"));
        }
        String version = text(values.remove("version"));
        if (version.isEmpty() && metadata instanceof Map<?, ?> m && m.get("version") != null) {
            version = text(m.get("version"));
        }
        return new SkillMetadata(name, description, version, text(values.remove("argument-hint")), values);
    }

    private static void checkName(String name, String folderName, Path file, int line, List<Problem> warnings) {
        if (name.isEmpty()) {
            warnings.add(Problem.warning(file, line, "front matter has no 'name'"));
        } else if (name.length() > NAME_LIMIT || !NAME.matcher(name).matches()) {
            warnings.add(Problem.warning(file, line, "'name' should be 1 to " + NAME_LIMIT + " lowercase letters, digits"
                    + " and single hyphens, neither first nor last (is \"" + name + "\")"));
        } else if (folderName != null && !name.equals(folderName)) {
            warnings.add(Problem.warning(file, line, "'name' is \"" + name + "\" but the skill's folder is \"" + folderName
                    + "\": agents know a skill by its folder"));
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** The line of each top-level key of the front matter, for warnings; line 2 when not found. */
    private record Lines(List<String> lines) {
        int of(String key) {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).startsWith(key + ":")) {
                    return i + 1;
                }
            }
            return 2;
        }
    }
}
