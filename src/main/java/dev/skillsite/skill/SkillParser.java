package dev.skillsite.skill;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads a skill folder into a {@link Skill}: SKILL.md's YAML front matter, its {@code # } title, the
 * {@code ## Routing} list, the prose passages, and one section per {@code ## } heading whose table
 * has a {@code Reference} column. Collects every error it finds before giving up, so a user fixes
 * them in one pass.
 */
public final class SkillParser {
    /** Folders a skill may keep its topic files in; the Agent Skills layout uses both spellings. */
    public static final List<String> REFERENCE_FOLDERS = List.of("reference", "references");
    static final String ROUTING = "Routing";
    static final String OTHER = "Other";

    private final Parser markdown = Parser.builder(new MutableDataSet(HeadingIds.OPTIONS)
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), YamlFrontMatterExtension.create())))
            .build();

    public Skill parse(Path root) {
        Path skillFile = root.resolve(Skill.SKILL_FILE);
        if (!Files.isRegularFile(skillFile)) {
            throw new ProblemException(Problem.error(skillFile, 0, "no " + Skill.SKILL_FILE + " in the content folder " + root));
        }
        SourceFile source = SourceFile.read(skillFile);
        List<Problem> problems = new ArrayList<>();
        SkillMetadata metadata = frontMatter(source, problems);
        Document document = markdown.parse(source.text());
        LineIndex lines = LineIndex.of(source.text());
        HeadingIds ids = HeadingIds.of(document);

        String title = null;
        List<Block> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 1 && title == null && blocks.isEmpty()) {
                title = h.getText().toString().trim();
            } else if (node instanceof Heading h && h.getLevel() == 2) {
                blocks.add(new Block(h, new ArrayList<>()));
            } else if (!blocks.isEmpty()) {
                blocks.get(blocks.size() - 1).nodes().add(node);
            }
        }

        List<Section> sections = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        Block routing = null;
        String routingAnchor = HeadingIds.of(ROUTING);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String heading = block.heading().getText().toString().trim();
            TableBlock table = referenceTable(block);
            String anchor = ids.idOf(block.heading());
            if (heading.equalsIgnoreCase(ROUTING)) {
                routing = block;
                routingAnchor = anchor;
            } else if (table != null) {
                sections.add(section(heading, anchor, lines.lineOf(block.heading().getStartOffset()) + 1, table, root, skillFile, lines, problems));
            } else {
                int bodyStart = block.heading().getEndOffset();
                int bodyEnd = i + 1 < blocks.size() ? blocks.get(i + 1).heading().getStartOffset() : source.text().length();
                passages.add(new Passage(heading, anchor, source.text().substring(bodyStart, bodyEnd),
                        lines.lineOf(bodyStart) + 1));
            }
        }
        checkUniqueSections(sections, skillFile, problems);

        List<Problem> warnings = new ArrayList<>();
        Section other = unlistedTopics(root, sections, passages, warnings);
        if (other != null) {
            sections.add(other);
        }

        List<Route> routes = routing == null ? List.of() : routes(routing, new RouteResolver(sections, skillFile), skillFile, lines, problems);
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return new Skill(root, metadata, title != null ? title : metadata.name(), routingAnchor, routes, passages, sections,
                warnings);
    }

    private record Block(Heading heading, List<Node> nodes) {
    }

    private static SkillMetadata frontMatter(SourceFile source, List<Problem> problems) {
        List<String> lines = source.text().lines().toList();
        Path file = source.path();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(Problem.error(file, 1, "SKILL.md must start with YAML front matter (a line '---', then name: and description:)"));
            return new SkillMetadata("", "", "", "", Map.of());
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---") && !lines.get(end).strip().equals("...")) {
            end++;
        }
        if (end == lines.size()) {
            problems.add(Problem.error(file, 1, "front matter has no closing '---' line"));
            return new SkillMetadata("", "", "", "", Map.of());
        }
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(String.join("\n", lines.subList(1, end)));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 2 : 1;
            problems.add(Problem.error(file, line, "front matter is not valid YAML: " + e.getProblem()));
            return new SkillMetadata("", "", "", "", Map.of());
        } catch (YAMLException e) {
            problems.add(Problem.error(file, 1, "front matter is not valid YAML: " + e.getMessage()));
            return new SkillMetadata("", "", "", "", Map.of());
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            problems.add(Problem.error(file, 2, "front matter must be a YAML mapping of keys to values"));
            return new SkillMetadata("", "", "", "", Map.of());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
        String name = text(values.remove("name"));
        String description = text(values.remove("description"));
        if (name.isBlank()) {
            problems.add(Problem.error(file, 2, "front matter needs a 'name'"));
        }
        if (description.isBlank() || description.length() > 1024) {
            problems.add(Problem.error(file, 2, "front matter needs a 'description' of 1 to 1024 characters (has "
                    + description.length() + ")"));
        }
        return new SkillMetadata(name, description.strip(), text(values.remove("version")),
                text(values.remove("argument-hint")), values);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** The first table of the block whose header names a {@code Reference} column, or null. */
    private static TableBlock referenceTable(Block block) {
        for (Node node : block.nodes()) {
            if (node instanceof TableBlock table && referenceColumn(table) >= 0) {
                return table;
            }
        }
        return null;
    }

    private static int referenceColumn(TableBlock table) {
        TableHead head = (TableHead) table.getFirstChildAny(TableHead.class);
        if (head == null || !(head.getFirstChild() instanceof TableRow row)) {
            return -1;
        }
        int column = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), column++) {
            if (plainText(cell).equalsIgnoreCase("Reference")) {
                return column;
            }
        }
        return -1;
    }

    private static Section section(String title, String anchor, int line, TableBlock table, Path root, Path skillFile, LineIndex lines,
                                   List<Problem> problems) {
        String slug = Slugs.of(title);
        int referenceColumn = referenceColumn(table);
        List<Topic> topics = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        TableBody body = (TableBody) table.getFirstChildAny(TableBody.class);
        for (Node row = body == null ? null : body.getFirstChild(); row != null; row = row.getNext()) {
            int rowLine = lines.lineOf(row.getStartOffset()) + 1;
            List<TableCell> cells = new ArrayList<>();
            row.getChildren().forEach(c -> cells.add((TableCell) c));
            if (cells.size() <= referenceColumn) {
                problems.add(Problem.error(skillFile, rowLine, "table row has no Reference cell"));
                continue;
            }
            Link link = (Link) firstOfType(cells.get(referenceColumn), Link.class);
            if (link == null) {
                problems.add(Problem.error(skillFile, rowLine, "Reference cell needs a link such as [topic](reference/file.md)"));
                continue;
            }
            String name = Slugs.of(link.getText().toString());
            String url = link.getUrl().toString();
            Path file = Path.of(url).normalize();
            String description = cells.stream().filter(c -> c != cells.get(referenceColumn))
                    .map(SkillParser::plainText).filter(s -> !s.isBlank()).findFirst().orElse("");
            if (url.contains("://") || file.isAbsolute() || file.startsWith("..") || !url.endsWith(".md")) {
                problems.add(Problem.error(skillFile, rowLine, "topic \"" + name + "\" must link to a markdown file inside the skill, not " + url));
                continue;
            }
            if (!Files.isRegularFile(root.resolve(file))) {
                problems.add(Problem.error(skillFile, rowLine, "topic \"" + name + "\" links to " + url + ", which does not exist"));
                continue;
            }
            Integer earlier = seen.putIfAbsent(name, rowLine);
            if (earlier != null) {
                problems.add(Problem.error(skillFile, rowLine, "topic \"" + name + "\" appears twice in section \"" + title
                        + "\" (lines " + earlier + " and " + rowLine + "): each topic needs its own page name"));
                continue;
            }
            topics.add(new Topic(name, description, slug, file, rowLine));
        }
        return new Section(title, slug, anchor, line, topics);
    }

    private static void checkUniqueSections(List<Section> sections, Path skillFile, List<Problem> problems) {
        Map<String, Section> bySlug = new HashMap<>();
        for (Section section : sections) {
            Section earlier = bySlug.putIfAbsent(section.slug(), section);
            if (earlier != null) {
                problems.add(Problem.error(skillFile, section.line(), "section \"" + section.title() + "\" has the same page name \""
                        + section.slug() + "\" as section \"" + earlier.title() + "\" (line " + earlier.line() + ")"));
            }
        }
    }

    /** Reference files that no table lists: built anyway, under "Other", with a warning each. */
    private static Section unlistedTopics(Path root, List<Section> sections, List<Passage> passages, List<Problem> warnings) {
        Set<Path> listed = new TreeSet<>();
        sections.forEach(s -> s.topics().forEach(t -> listed.add(t.source())));
        Set<Path> unlisted = new TreeSet<>();
        for (String folder : REFERENCE_FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".md"))
                        .map(f -> root.relativize(f).normalize())
                        .filter(f -> !listed.contains(f))
                        .forEach(unlisted::add);
            } catch (IOException e) {
                throw new ProblemException(Problem.error(dir, 0, "cannot list: " + e.getMessage()));
            }
        }
        if (unlisted.isEmpty()) {
            return null;
        }
        // Not a heading of SKILL.md: its folder and landing-page id only have to differ from theirs.
        String slug = Slugs.of(OTHER);
        while (taken(slug, sections, passages)) {
            slug = slug + "-topics";
        }
        List<Topic> topics = new ArrayList<>();
        for (Path file : unlisted) {
            warnings.add(Problem.warning(root.resolve(file), 0, "no section of SKILL.md lists this reference file; built under \"" + OTHER + "\""));
            String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
            topics.add(new Topic(Slugs.of(stem), "", slug, file, 0));
        }
        return new Section(OTHER, slug, slug, 0, topics);
    }

    private static boolean taken(String name, List<Section> sections, List<Passage> passages) {
        return sections.stream().anyMatch(s -> s.slug().equals(name) || s.anchor().equals(name))
                || passages.stream().anyMatch(p -> p.anchor().equals(name));
    }

    private static List<Route> routes(Block block, RouteResolver resolver, Path skillFile, LineIndex lines, List<Problem> problems) {
        List<Route> routes = new ArrayList<>();
        for (Node node : block.nodes()) {
            if (!(node instanceof BulletList list)) {
                continue;
            }
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                int line = lines.lineOf(item.getStartOffset()) + 1;
                String text = ((ListItem) item).getFirstChild() == null ? "" : ((ListItem) item).getFirstChild().getChars().toString().strip();
                int arrow = text.indexOf("->");
                if (arrow < 0) {
                    problems.add(Problem.error(skillFile, line, "routing line needs the form 'Task -> Section (topic, topic), Section': " + text));
                    continue;
                }
                String task = text.substring(0, arrow).strip();
                List<Route.Target> targets = resolver.resolve(text.substring(arrow + 2).strip(), line, problems);
                routes.add(new Route(task, targets, line));
            }
        }
        return routes;
    }

    private static Node firstOfType(Node parent, Class<? extends Node> type) {
        for (Node node : parent.getDescendants()) {
            if (type.isInstance(node)) {
                return node;
            }
        }
        return null;
    }

    static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip().replaceAll("\\s+", " ");
    }
}
