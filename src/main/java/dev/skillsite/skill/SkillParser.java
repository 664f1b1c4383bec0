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
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.skillsite.site.SitePath;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads a skill folder into a {@link Skill}: SKILL.md's YAML front matter, its {@code # } title and the
 * prose before its first {@code ## } heading, the {@code ## Routing} list, the prose passages, one section
 * per {@code ## } heading whose table has a {@code Reference} column, and every other file of the folder.
 * Collects every problem it finds before giving up, so a user fixes them in one pass: what leaves a usable
 * site is a warning, what does not (a missing file, unreadable input, two pages in one place) an error.
 */
public final class SkillParser {
    /** A run of white space, which plain text collapses to one space. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final String ROUTING = "Routing";
    /** The arrows a routing line may use between its task and its targets. */
    private static final List<String> ARROWS = List.of("->", "\u2192");

    private final Parser markdown = Parser.builder(new MutableDataSet(HeadingIds.OPTIONS)
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), YamlFrontMatterExtension.create(), HeadingLines.create())))
            .build();
    /**
     * The skill this parser last read from each SKILL.md, with what it was read from: a preview reads every
     * skill again on every edit, and SKILL.md, a router of thousands of rows, is seldom what changed.
     */
    private final Map<Path, Parsed> cache = new ConcurrentHashMap<>();
    /** Each skill folder's last scan, which holds while the folders and files it saw are as they were. */
    private final Map<ScanOf, SkillFiles.Scan> scans = new ConcurrentHashMap<>();
    private final SourceCache sources;

    /** Which folder a scan listed, and as what: the site folder its files go to, and whether other skills share the build. */
    private record ScanOf(Path folder, String base, boolean besideOthers) {
    }

    /** A parser that reads every SKILL.md. */
    public SkillParser() {
        this(SourceCache.none());
    }

    /** @param sources what SKILL.md is read through: its last text, while the file is as it was */
    public SkillParser(SourceCache sources) {
        this.sources = sources;
    }

    /** A skill, and everything it was read from but the SKILL.md it is cached under. */
    private record Parsed(Path root, Path folder, boolean inRepository, String text, SkillFiles files, Skill skill) {
        boolean readFrom(Path root, Path folder, boolean inRepository, String text, SkillFiles files) {
            return this.root.equals(root) && this.folder.equals(folder) && this.inRepository == inRepository
                    && this.text.equals(text) && this.files.equals(files);
        }
    }

    /** Reads a skill built on its own: its folder is only where it is read from, and it is the whole site. */
    public Skill parse(Path root) {
        return parse(root, Path.of(""), false);
    }

    /**
     * Files or folders a watcher saw change: a skill folder whose scan did not list the file as markdown
     * (a file added, or one whose size or kind the scan recorded) or where it is gone is scanned again,
     * whatever its folders' stamps say. A markdown file written again changes nothing a scan finds.
     */
    public void forget(Collection<Path> paths) {
        List<Path> changed = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        scans.entrySet().removeIf(scan -> changed.stream().anyMatch(path -> path.startsWith(scan.getKey().folder())
                && !(Files.isRegularFile(path) && listsAsMarkdown(scan.getKey().folder(), scan.getValue().files(), path))));
    }

    private static boolean listsAsMarkdown(Path folder, SkillFiles files, Path path) {
        Path relative = folder.relativize(path);
        return relative.equals(Path.of(Skill.SKILL_FILE)) || Collections.binarySearch(files.markdown(), relative) >= 0;
    }

    /** The skill folder's files: those its last scan found, while every folder and file that scan saw is as it was. */
    private SkillFiles files(Path root, Path folder, String base, boolean inRepository, List<Problem> problems) {
        ScanOf of = new ScanOf(root.resolve(folder).toAbsolutePath().normalize(), base, inRepository);
        SkillFiles.Scan last = scans.get(of);
        if (last != null && last.holds()) {
            return last.files();
        }
        int before = problems.size();
        SkillFiles.Scan scan = SkillFiles.scan(root, folder, base, inRepository, problems);
        if (scan.stamps() != null && problems.size() == before) {
            scans.put(of, scan);
        } else {
            scans.remove(of); // its problems are to be found again, and reported, by the next scan
        }
        return scan.files();
    }

    /**
     * Reads the skill in {@code folder} of {@code root}.
     *
     * @param inRepository whether it is one of several skills of a repository: it is then known by its name,
     *                     which its folder must have, and its site sits in a folder of that name
     */
    public Skill parse(Path root, Path folder, boolean inRepository) {
        Path skillDir = root.resolve(folder);
        Path skillFile = skillDir.resolve(Skill.SKILL_FILE);
        if (!Files.isRegularFile(skillFile)) {
            throw new ProblemException(Problem.error(skillFile, 0, "no " + Skill.SKILL_FILE + " in the content folder " + skillDir));
        }
        SourceFile source = sources.read(skillFile);
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        String folderName = Skill.folderName(skillDir);
        SkillMetadata metadata = FrontMatter.read(source, inRepository ? folderName : null, problems, warnings);
        String base = inRepository ? Slugs.of(metadata.name().isBlank() ? folderName : metadata.name()) + "/" : "";
        SkillFiles files = files(root, folder, base, inRepository, problems);
        Parsed known = cache.get(skillFile);
        if (known != null && problems.isEmpty() && known.readFrom(root, folder, inRepository, source.text(), files)) {
            return known.skill();
        }
        Document document = markdown.parse(source.text());
        LineIndex lines = LineIndex.of(source.text());
        HeadingIds ids = HeadingIds.of(document);

        Heading titleHeading = null;
        List<Block> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 1 && titleHeading == null && blocks.isEmpty()) {
                titleHeading = h;
            } else if (node instanceof Heading h && h.getLevel() == 2) {
                blocks.add(new Block(h, new ArrayList<>()));
            } else if (!blocks.isEmpty()) {
                blocks.get(blocks.size() - 1).nodes().add(node);
            }
        }
        Passage intro = intro(document, titleHeading, blocks, source.text(), lines);

        Set<Path> markdownFiles = Set.copyOf(files.markdown());
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
                sections.add(section(heading, anchor, lines.lineOf(block.heading().getStartOffset()) + 1, table, markdownFiles,
                        folder, base, skillFile, lines, problems));
            } else {
                int bodyStart = block.heading().getEndOffset();
                int bodyEnd = i + 1 < blocks.size() ? blocks.get(i + 1).heading().getStartOffset() : source.text().length();
                passages.add(new Passage(heading, anchor, source.text().substring(bodyStart, bodyEnd),
                        lines.lineOf(bodyStart) + 1));
            }
        }
        checkUniqueSections(sections, skillFile, problems);
        List<Topic> documents = documents(files.markdown(), sections, folder, base);
        List<Route> routes = routing == null ? List.of() : routes(routing, new RouteResolver(sections, skillFile), skillFile, lines, warnings);
        Skill skill = new Skill(root, folder, base, metadata, titleHeading != null ? SkillParser.plainText(titleHeading)
                : metadata.name().isBlank() ? folderName : metadata.name(), intro, routingAnchor, routes, passages, sections,
                documents, files.others(), warnings);
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        cache.put(skillFile, new Parsed(root, folder, inRepository, source.text(), files, skill));
        return skill;
    }

    private record Block(Heading heading, List<Node> nodes) {
    }

    /** SKILL.md's prose between its title (or front matter) and its first {@code ## } heading, if any. */
    private static Passage intro(Document document, Heading title, List<Block> blocks, String text, LineIndex lines) {
        int start = title != null ? title.getEndOffset() : frontMatterEnd(document);
        int end = blocks.isEmpty() ? text.length() : blocks.get(0).heading().getStartOffset();
        if (start >= end || text.substring(start, end).isBlank()) {
            return null;
        }
        return new Passage("", "", text.substring(start, end), lines.lineOf(start) + 1);
    }

    private static int frontMatterEnd(Document document) {
        Node first = document.getFirstChild();
        return first instanceof YamlFrontMatterBlock block ? block.getEndOffset() : 0;
    }

    /** Markdown files no section lists: each a page at its own path. */
    private static List<Topic> documents(List<Path> markdown, List<Section> sections, Path folder, String base) {
        Set<Path> listed = new HashSet<>();
        sections.forEach(s -> s.topics().forEach(t -> listed.add(t.source())));
        return markdown.stream().filter(f -> !listed.contains(folder.resolve(f))).map(f -> Topic.document(folder.resolve(f), f, base)).toList();
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

    private static Section section(String title, String anchor, int line, TableBlock table, Set<Path> markdownFiles,
                                   Path folder, String base, Path skillFile, LineIndex lines, List<Problem> problems) {
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
            if (!markdownFiles.contains(file)) {
                problems.add(Problem.error(skillFile, rowLine, "topic \"" + name + "\" links to " + url
                        + ", which is not a file of the skill"));
                continue;
            }
            Integer earlier = seen.putIfAbsent(name, rowLine);
            if (earlier != null) {
                problems.add(Problem.error(skillFile, rowLine, "topic \"" + name + "\" appears twice in section \"" + title
                        + "\" (lines " + earlier + " and " + rowLine + "): each topic needs its own page name"));
                continue;
            }
            topics.add(Topic.listed(name, description, slug, folder.resolve(file), base, rowLine));
        }
        return new Section(title, slug, anchor, new SitePath(base + slug + "/" + SitePath.LANDING.path()), line, topics);
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

    private static List<Route> routes(Block block, RouteResolver resolver, Path skillFile, LineIndex lines, List<Problem> warnings) {
        List<Route> routes = new ArrayList<>();
        for (Node node : block.nodes()) {
            if (!(node instanceof BulletList list)) {
                continue;
            }
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                int line = lines.lineOf(item.getStartOffset()) + 1;
                String text = ((ListItem) item).getFirstChild() == null ? "" : ((ListItem) item).getFirstChild().getChars().toString().strip();
                String arrow = ARROWS.stream().filter(text::contains).findFirst().orElse(null);
                if (arrow == null) {
                    warnings.add(Problem.warning(skillFile, line, "routing line without targets: the form is"
                            + " 'Task -> Section (topic, topic), Section'; it stays text"));
                    routes.add(new Route(text, List.of(), line));
                    continue;
                }
                int at = text.indexOf(arrow);
                List<Route.Target> targets = resolver.resolve(text.substring(at + arrow.length()).strip(), line, warnings);
                routes.add(new Route(text.substring(0, at).strip(), targets, line));
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
        return WHITESPACE.matcher(new TextCollectingVisitor().collectAndGetText(node).strip()).replaceAll(" ");
    }
}
