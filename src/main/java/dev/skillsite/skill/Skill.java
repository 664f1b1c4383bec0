package dev.skillsite.skill;

import dev.skillsite.site.SitePath;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A parsed skill: SKILL.md's metadata, its routes, its prose passages and its sections of topics, and
 * every other file of the skill folder: markdown no section lists, and files that are not markdown.
 *
 * @param root          the folder the build reads: the skill's own, or a repository's that holds it and others
 * @param folder        the skill's folder in {@code root}; empty when the skill is the root
 * @param base          the skill's folder in the site, ending in {@code /}; empty when the skill is the whole site
 * @param title         the text of SKILL.md's {@code # } heading (the metadata name when it has none)
 * @param intro         SKILL.md's prose before its first {@code ## } heading; null when there is none
 * @param routingAnchor the id of the {@code ## Routing} heading, where the landing page lists the routes
 * @param documents     markdown files no section lists, each a page at its own path, sorted by path
 * @param files         every file that is not markdown, published at its own path, sorted by path
 * @param warnings      problems that do not stop the build
 */
public record Skill(Path root, Path folder, String base, SkillMetadata metadata, String title, Passage intro,
                    String routingAnchor, List<Route> routes,
                    List<Passage> passages, List<Section> sections, List<Topic> documents, List<SkillFile> files,
                    List<Problem> warnings) {

    public static final String SKILL_FILE = "SKILL.md";

    public Skill {
        routes = List.copyOf(routes);
        passages = List.copyOf(passages);
        sections = List.copyOf(sections);
        documents = List.copyOf(documents);
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** SKILL.md, relative to the folder the build reads. */
    public Path source() {
        return folder.resolve(SKILL_FILE);
    }

    public Path skillFile() {
        return root.resolve(source());
    }

    /** The skill's landing page. */
    public SitePath home() {
        return new SitePath(base + SitePath.LANDING.path());
    }

    /** The name the site knows the skill by: its front matter's, else its folder's. */
    public String name() {
        if (!metadata.name().isBlank()) {
            return metadata.name();
        }
        String name = folderName(root.resolve(folder));
        return name.isEmpty() ? "skill" : Slugs.of(name);
    }

    /** A skill folder's own name; for a skill built from {@code .}, the name of the folder it is; empty for a file system's root. */
    static String folderName(Path skillDir) {
        Path name = skillDir.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name.toString();
    }

    /** Every id the landing page answers to: one per {@code ## } heading of SKILL.md, as on GitHub. */
    public Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        anchors.add(routingAnchor);
        passages.forEach(p -> anchors.add(p.anchor()));
        sections.forEach(s -> anchors.add(s.anchor()));
        return anchors;
    }

    /** The topics the router lists, section by section. */
    public Stream<Topic> topics() {
        return sections.stream().flatMap(s -> s.topics().stream());
    }

    /** Every markdown file that becomes a page: the listed topics, then the documents. */
    public Stream<Topic> pages() {
        return Stream.concat(topics(), documents.stream());
    }
}
