package dev.skillsite.markdown;

import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import dev.skillsite.skill.LineIndex;
import dev.skillsite.skill.Passage;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import dev.skillsite.skill.SitePath;
import dev.skillsite.skill.Skill;
import dev.skillsite.skill.SourceFile;
import dev.skillsite.skill.Topic;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The markdown stage: parses every topic file once (in parallel), learns each page's heading ids,
 * then renders every file with its links resolved against all the others. Any broken link, empty
 * file or missing title fails the stage with every such problem listed.
 */
public final class SkillMarkdown {
    /** Landing-page anchors that are not SKILL.md headings: the routing table and the subsystem list. */
    public static final String ROUTING_ID = "routing";
    public static final String SUBSYSTEMS_ID = "subsystems";

    private final Markdown markdown;
    private final MarkdownEngine engine;
    private final JBakeConfiguration config;

    public SkillMarkdown(Markdown markdown, MarkdownEngine engine, JBakeConfiguration config) {
        this.markdown = markdown;
        this.engine = engine;
        this.config = config;
    }

    private record Parsed(Topic topic, Path file, String title, Document document, LineIndex lines, List<Heading> headings) {
    }

    public RenderedSkill render(Skill skill) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        // An ArrayList, so pass two can let go of each AST as soon as its page is rendered.
        List<Parsed> parsed = new ArrayList<>(skill.topics().parallel()
                .map(topic -> parse(skill, topic, problems))
                .filter(p -> p != null)
                .toList());
        if (!problems.isEmpty()) {
            throw new ProblemException(sorted(problems));
        }

        Map<Path, LinkTargets.Target> targets = new HashMap<>();
        for (Parsed p : parsed) {
            targets.put(p.topic().source(), new LinkTargets.Target(p.topic().page(), ids(p.headings())));
        }
        Set<String> landingIds = new HashSet<>(Set.of(ROUTING_ID, SUBSYSTEMS_ID));
        skill.passages().forEach(passage -> landingIds.add(Markdown.idOf(passage.heading())));
        skill.sections().forEach(section -> landingIds.add(section.slug()));
        targets.put(Path.of(Skill.SKILL_FILE), new LinkTargets.Target(SitePath.LANDING, landingIds));
        LinkTargets linkTargets = new LinkTargets(targets);

        List<RenderedTopic> topics = IntStream.range(0, parsed.size()).parallel().mapToObj(i -> {
            // Each slot is written by one thread only; clearing it leaves the AST to the collector once rendered.
            Parsed p = parsed.set(i, null);
            Set<SitePath> linksTo = new LinkedHashSet<>();
            List<Problem> found = new ArrayList<>();
            p.document().set(LinkContext.KEY, new LinkContext(p.topic().source(), p.file(), p.topic().page(), 0,
                    linkTargets.of(p.topic().source()).orElseThrow().ids(), linkTargets, found, linksTo, p.lines()));
            String html = markdown.render(p.document());
            problems.addAll(found);
            String text = plainText(p.document());
            return new RenderedTopic(p.topic(), p.title(), html, p.headings(), linksTo, text,
                    MarkdownCopy.of(p.document(), p.topic().source(), linkTargets));
        }).toList();

        List<RenderedPassage> passages = new ArrayList<>();
        for (Passage passage : skill.passages()) {
            Document document = markdown.parse(passage.markdown());
            document.set(LinkContext.KEY, new LinkContext(Path.of(Skill.SKILL_FILE), skill.skillFile(), SitePath.LANDING,
                    passage.firstLine() - 1, landingIds, linkTargets, problems, new HashSet<>(), lines(document)));
            passages.add(new RenderedPassage(passage, Markdown.idOf(passage.heading()), markdown.render(document)));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(sorted(problems));
        }
        return new RenderedSkill(skill, topics, passages, skill.warnings());
    }

    private Parsed parse(Skill skill, Topic topic, List<Problem> problems) {
        Path file = skill.root().resolve(topic.source());
        SourceFile source;
        try {
            source = SourceFile.read(file);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return null;
        }
        if (source.isBlank()) {
            problems.add(Problem.error(file, 1, "empty reference file: a topic page needs at least a '# Title' line"));
            return null;
        }
        DocumentModel model = engine.parse(source, config);
        Document document = (Document) model.get(MarkdownEngine.AST);
        Node title = firstTitle(document);
        if (title == null) {
            problems.add(Problem.error(file, 1, "no '# Title' heading: the first level-1 heading names the page"));
            return null;
        }
        title.unlink(); // the page template shows the title itself, above the body
        HeaderIdGenerator ids = markdown.headingIds(document);
        LineIndex lines = lines(document);
        List<Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                // Plain text, as the heading reads on the page: "`beforeSleep()` (order matters)" without backticks.
                String text = plainText(h).strip();
                headings.add(new Heading(h.getLevel(), text, ids.getId(h), lines.lineOf(h.getStartOffset()) + 1));
            }
        }
        return new Parsed(topic, file, model.getTitle(), document, lines, headings);
    }

    /** Line starts of the text the AST's offsets point into, found once per file. */
    private static LineIndex lines(Document document) {
        return LineIndex.of(document.getChars().getBaseSequence());
    }

    /**
     * The prose of a node as a reader sees it, inline code included, without markup or code blocks (what
     * search reads), blocks and table cells kept apart. flexmark's TextCollectingVisitor trips its own
     * segment assertions on some of these documents, so this walks the AST's text nodes itself.
     */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node n : node.getDescendants()) {
            if (n instanceof Text && n.getAncestorOfType(FencedCodeBlock.class, IndentedCodeBlock.class) == null) {
                text.append(n.getChars());
            } else if (n instanceof Block || n instanceof TableCell) {
                text.append('\n');
            }
        }
        return text.toString().replaceAll("[ \t]+", " ");
    }

    private static Node firstTitle(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h && h.getLevel() == 1) {
                return h;
            }
        }
        return null;
    }

    private static Set<String> ids(List<Heading> headings) {
        Set<String> ids = new HashSet<>();
        headings.forEach(h -> ids.add(h.id()));
        return ids;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort((a, b) -> a.file().equals(b.file()) ? Integer.compare(a.line(), b.line()) : a.file().compareTo(b.file()));
        return copy;
    }
}
