package dev.skillsite.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.skillsite.cache.CacheKey;
import dev.skillsite.cache.KeyedText;
import dev.skillsite.site.SitePath;
import dev.skillsite.skill.HeadingIds;
import dev.skillsite.skill.LineIndex;
import dev.skillsite.skill.Passage;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import dev.skillsite.skill.Skill;
import dev.skillsite.skill.SkillFile;
import dev.skillsite.skill.SkillSet;
import dev.skillsite.skill.SourceCache;
import dev.skillsite.skill.SourceFile;
import dev.skillsite.skill.Topic;
import dev.skillsite.work.Cores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The markdown stage: parses and renders every markdown file once (in parallel), its links resolved
 * against the pages every other file becomes, then checks the links to headings of other files against
 * the heading ids that rendering found, and highlights the skill's text files for the pages that show
 * them. Any broken link fails the stage with every such problem listed; an empty file or a missing title
 * is a warning.
 */
public final class SkillMarkdown {
    /** A run of white space, which plain text collapses to one space. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final Markdown markdown;
    private final Set<String> themeAnchors;
    private final SourceCache sources;

    /**
     * @param themeAnchors ids the landing page's templates add to those of SKILL.md's own headings, which
     *                     links to SKILL.md may name too
     */
    public SkillMarkdown(Markdown markdown, Set<String> themeAnchors) {
        this(markdown, themeAnchors, SourceCache.none());
    }

    /** @param sources what the files are read through: the last build's texts, when a preview's builds follow one another */
    public SkillMarkdown(Markdown markdown, Set<String> themeAnchors, SourceCache sources) {
        this.markdown = markdown;
        this.themeAnchors = Set.copyOf(themeAnchors);
        this.sources = sources;
    }

    /** A topic file as the first pass left it: rendered now, or found in the cache as it still is. */
    private sealed interface Read permits Rendered, Cached {
        Skill skill();

        Topic topic();

        List<Heading> headings();
    }

    /**
     * A file parsed and rendered, all but its links to other files' headings checked.
     *
     * @param consulted the files its links named, in the order first looked up
     * @param problems  the broken links rendering found
     */
    private record Rendered(Skill skill, Topic topic, String key, String title, String summary, String html, List<Heading> headings,
                            Set<SitePath> linksTo, SearchWords words, MarkdownCopy copy, List<Path> consulted,
                            List<FragmentLink> fragments, List<Problem> problems, List<TopicCache.Warning> warnings) implements Read {
    }

    /** @param source the file as read, whose text the entry's key covers and its markdown copy is made of */
    private record Cached(Skill skill, Topic topic, TopicCache.Entry entry, SourceFile source) implements Read {
        @Override
        public List<Heading> headings() {
            return entry.headings();
        }
    }

    /** A topic's page content, its cache entry for a later build, and whether it came from the cache. */
    private record Result(Skill skill, RenderedTopic topic, TopicCache.Entry entry, boolean cached) {
    }

    public RenderedSkills render(Skill skill) {
        return render(new SkillSet(skill.root(), List.of(skill), false, List.of()), TopicCache.EMPTY);
    }

    /**
     * Renders every page of every skill of the set, taking from {@code cache} each one whose file is unchanged
     * and whose links' targets are too; the result equals that of a render without a cache. The skills are
     * rendered together, so that a link from one to another resolves like any other.
     */
    public RenderedSkills render(SkillSet set, TopicCache cache) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        // The other skills' names, which bold text links to: part of every page's key, as its links are.
        Map<String, SitePath> homes = new TreeMap<>();
        if (set.repository()) {
            set.skills().forEach(skill -> homes.put(skill.name(), skill.home()));
        }
        String homesKey = CacheKey.of(homes);
        // Cached pages' words keep their numbers; new pages number theirs in the same vocabulary.
        Vocabulary vocabulary = cache.vocabulary().extended();
        // By identity: a skill's own hash code walks every route, section and topic it holds.
        Map<Skill, Set<String>> landingIds = new IdentityHashMap<>();
        for (Skill skill : set.skills()) {
            Set<String> ids = new HashSet<>(skill.anchors());
            ids.addAll(themeAnchors);
            landingIds.put(skill, ids);
        }
        // Listed first, then read on every core: pages flat-mapped from the skills would be spread by skill, and a
        // single skill's pages would then all be parsed on one core.
        List<Map.Entry<Skill, Topic>> pages = set.skills().stream().flatMap(skill -> skill.pages().map(topic -> Map.entry(skill, topic)))
                .toList();
        // Where each file's page is, before any is parsed: what rendering a link needs. Heading ids come after.
        LinkTargets pageTargets = targets(set, pages, landingIds);
        List<Read> read = Cores.map(pages.size(),
                i -> read(pages.get(i).getKey(), pages.get(i).getValue(), homesKey, cache, pageTargets, homes, vocabulary, problems));
        if (!problems.isEmpty()) {
            throw new ProblemException(sorted(problems));
        }

        // Each page's ids on every core, as the immutable sets the link targets keep: thousands of pages' dozens of headings.
        List<Set<String>> pageIds = Cores.map(read.size(), i -> ids(read.get(i).headings()));
        Map<Path, Set<String>> headingIds = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            headingIds.put(read.get(i).topic().source(), pageIds.get(i));
        }
        LinkTargets linkTargets = pageTargets.withIds(headingIds);

        List<Result> results = Cores.map(read.size(), i -> {
            Read r = read.get(i);
            if (r instanceof Cached cached) {
                TopicCache.Entry entry = cached.entry();
                if (linkTargets.key(entry.consulted()).equals(entry.targetsKey())) {
                    return new Result(cached.skill(), new RenderedTopic(r.topic(), entry.title(), entry.summary(), entry.keyedHtml(), entry.headings(),
                            entry.linksTo(), entry.words(), new MarkdownCopy(cached.source().text(), entry.markdownLinks())), entry, true);
                }
                // The file is as it was, but a page it links to moved or lost a heading: parse the text read above again.
                r = parseAndRender(cached.skill(), cached.topic(), cached.source(), entry.key(), pageTargets, homes, vocabulary);
            }
            return checked((Rendered) r, linkTargets, problems);
        });

        Map<String, TopicCache.FileEntry> fileEntries = new ConcurrentHashMap<>();
        Map<String, TopicCache.Entry> entries = new HashMap<>();
        List<RenderedSkill> skills = new ArrayList<>();
        for (Skill skill : set.skills()) {
            Set<String> ids = landingIds.get(skill);
            RenderedPassage intro = skill.intro() == null ? null : passage(skill, skill.intro(), ids, linkTargets, homes, problems);
            List<RenderedPassage> passages = skill.passages().stream()
                    .map(p -> passage(skill, p, ids, linkTargets, homes, problems)).toList();
            List<SkillFile> texts = skill.files().stream().filter(SkillFile::text).toList();
            List<RenderedFile> files = Cores.map(texts.size(), i -> file(skill, texts.get(i), cache, fileEntries, problems));
            List<Problem> warnings = new ArrayList<>(skill.warnings());
            List<RenderedTopic> topics = new ArrayList<>();
            for (Result r : results) {
                if (r.skill() == skill) {
                    Topic topic = r.topic().topic();
                    topics.add(r.topic());
                    entries.put(key(topic.source()), r.entry());
                    r.entry().warnings().forEach(w -> warnings.add(Problem.warning(skill.root().resolve(topic.source()), w.line(),
                            w.message())));
                }
            }
            skills.add(new RenderedSkill(skill, topics, intro, passages, files, warnings, vocabulary));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(sorted(problems));
        }
        return new RenderedSkills(set, skills, TopicCache.of(entries, fileEntries, vocabulary, cache),
                (int) results.stream().filter(Result::cached).count());
    }

    /**
     * Where a link to each file of the set leads: a topic to its page (its heading ids not known yet), any other
     * file to the page that shows it or to itself, SKILL.md to its skill's landing page.
     */
    private static LinkTargets targets(SkillSet set, List<Map.Entry<Skill, Topic>> pages, Map<Skill, Set<String>> landingIds) {
        Map<Path, LinkTargets.Target> targets = new HashMap<>();
        for (Map.Entry<Skill, Topic> page : pages) {
            targets.put(page.getValue().source(), LinkTargets.Target.page(page.getValue().page(), Set.of()));
        }
        for (Skill skill : set.skills()) {
            for (SkillFile file : skill.files()) {
                targets.put(file.source(), new LinkTargets.Target(file.text() ? file.view() : file.path(), file.path(), Set.of()));
            }
            targets.put(skill.source(), new LinkTargets.Target(skill.home(), MarkdownCopy.llmsOf(skill.home()), landingIds.get(skill)));
        }
        return new LinkTargets(targets);
    }

    /** A prose part of SKILL.md, rendered for the landing page, its links resolved as SKILL.md's. */
    private RenderedPassage passage(Skill skill, Passage passage, Set<String> landingIds, LinkTargets linkTargets,
                                    Map<String, SitePath> homes, List<Problem> problems) {
        Document document = markdown.parse(passage.markdown());
        List<FragmentLink> fragments = new ArrayList<>();
        document.set(LinkContext.KEY, new LinkContext(skill.source(), skill.skillFile(), skill.home(),
                passage.firstLine() - 1, landingIds, linkTargets, problems, fragments, new HashSet<>(), lines(document), homes));
        RenderedPassage rendered = new RenderedPassage(passage, markdown.render(document));
        fragments.forEach(f -> f.check(linkTargets).ifPresent(problems::add));
        return rendered;
    }

    /** A text file as one highlighted code block, in the language its name says; from the cache when its bytes are unchanged. */
    private RenderedFile file(Skill skill, SkillFile file, TopicCache cache, Map<String, TopicCache.FileEntry> entries,
                              List<Problem> problems) {
        String language = CodeLanguage.of(file.source());
        SourceFile source;
        try {
            source = sources.read(skill.root().resolve(file.source()));
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return null;
        }
        String key = CacheKey.of(file.source(), source.key());
        TopicCache.FileEntry known = cache.files().get(key(file.source()));
        TopicCache.FileEntry entry = known != null && known.key().equals(key) ? known
                : new TopicCache.FileEntry(key, markdown.render(markdown.parse(CodeLanguage.fenced(language, source.text()))).getBytes(UTF_8));
        entries.put(key(file.source()), entry);
        return new RenderedFile(file, language, entry.keyedHtml());
    }

    /**
     * Pass two for one rendered file: its links to other files' headings checked against {@code linkTargets},
     * which knows every page's heading ids, and its cache entry, keyed by what its links found.
     */
    private static Result checked(Rendered r, LinkTargets linkTargets, List<Problem> problems) {
        problems.addAll(r.problems());
        r.fragments().forEach(f -> f.check(linkTargets).ifPresent(problems::add));
        List<String> consulted = r.consulted().stream().map(SkillMarkdown::key).toList();
        TopicCache.Entry entry = new TopicCache.Entry(r.key(), consulted, linkTargets.key(consulted), r.title(), r.summary(),
                r.html().getBytes(UTF_8), r.headings(), r.linksTo(), r.words(), r.copy().links(), r.warnings());
        return new Result(r.skill(), new RenderedTopic(r.topic(), r.title(), r.summary(), KeyedText.of(entry.htmlKey(), r.html()), r.headings(),
                r.linksTo(), r.words(), r.copy()),
                entry, false);
    }

    /**
     * Pass one for one file: reads it, and unless the cache holds it with this very text and page, parses it
     * and renders it with its links resolved against {@code pageTargets}, which need not know heading ids yet.
     * Problems reading it go to {@code problems}, and the result is then null.
     */
    private Read read(Skill skill, Topic topic, String homesKey, TopicCache cache, LinkTargets pageTargets, Map<String, SitePath> homes,
                      Vocabulary vocabulary, List<Problem> problems) {
        Path file = skill.root().resolve(topic.source());
        SourceFile source;
        try {
            source = sources.read(file);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return null;
        }
        String key = CacheKey.of(topic.source(), topic.page(), source.key(), homesKey);
        TopicCache.Entry known = cache.entry(key(topic.source()));
        if (known != null && known.key().equals(key)) {
            return new Cached(skill, topic, known, source);
        }
        return parseAndRender(skill, topic, source, key, pageTargets, homes, vocabulary);
    }

    /** A file's text parsed, its title, summary and headings taken, and rendered with its links resolved against {@code pageTargets}. */
    private Rendered parseAndRender(Skill skill, Topic topic, SourceFile source, String key, LinkTargets pageTargets,
                                    Map<String, SitePath> homes, Vocabulary vocabulary) {
        Path file = source.path();
        List<TopicCache.Warning> warnings = new ArrayList<>();
        Document document = markdown.parse(source.text());
        Node title = firstTitle(document);
        String summary = firstParagraph(title == null ? document.getFirstChild() : title.getNext());
        String titleText;
        if (title != null) {
            titleText = plainText(title).strip(); // "the sorted-set zset", not "`zset`"
            title.unlink(); // the page template shows the title itself, above the body
        } else {
            // A document is known by its file name; a topic the router lists should say what it is.
            titleText = topic.isDocument() ? topic.source().getFileName().toString() : topic.name();
            if (!topic.isDocument()) {
                warnings.add(new TopicCache.Warning(1, source.isBlank() ? "empty file: the page has nothing to show"
                        : "no '# Title' heading: the page is titled \"" + titleText + "\" after its topic name"));
            }
        }
        HeadingIds ids = HeadingIds.of(document);
        LineIndex lines = lines(document);
        List<Heading> headings = new ArrayList<>();
        NodeWalk.forEach(document, node -> {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                // Plain text, as the heading reads on the page: "`beforeSleep()` (order matters)" without backticks.
                String text = plainText(h).strip();
                headings.add(new Heading(h.getLevel(), text, ids.idOf(h), lines.lineOf(h.getStartOffset()) + 1));
            }
        });

        Set<SitePath> linksTo = new LinkedHashSet<>();
        Set<Path> consulted = new LinkedHashSet<>();
        LinkTargets recording = pageTargets.recording(consulted);
        List<Problem> found = new ArrayList<>();
        List<FragmentLink> fragments = new ArrayList<>();
        document.set(LinkContext.KEY, new LinkContext(topic.source(), file, topic.page(), 0, ids(headings), recording, found, fragments,
                linksTo, lines, homes));
        String html = markdown.render(document);
        SearchWords words = SearchWords.of(plainText(document), vocabulary);
        MarkdownCopy copy = MarkdownCopy.of(document, topic.source(), recording);
        return new Rendered(skill, topic, key, titleText, summary, html, headings, linksTo, words, copy, List.copyOf(consulted), fragments,
                found, warnings);
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
        NodeWalk.visit(node, n -> {
            if (n instanceof Text) {
                appendCollapsingBlanks(text, n.getChars());
            } else if (n instanceof Block || n instanceof TableCell) {
                text.append('\n');
            }
            return !(n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock); // their text is code, not prose
        });
        return text.toString();
    }

    /** Appends the characters, a run of spaces and tabs as one space, counting the run {@code text} ends with. */
    private static void appendCollapsingBlanks(StringBuilder text, CharSequence chars) {
        boolean blank = !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            boolean isBlank = c == ' ' || c == '\t';
            if (!isBlank) {
                text.append(c);
            } else if (!blank) {
                text.append(' ');
            }
            blank = isBlank;
        }
    }

    /**
     * The plain text of the first paragraph from {@code start} on, as one line: inline code as written,
     * links as their text, images left out. Only the document's own paragraphs count, not those of a list,
     * quote or table, and one that holds only images is passed over; empty when there is none.
     */
    static String firstParagraph(Node start) {
        for (Node node = start; node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph) {
                String text = inlineText(paragraph);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static String inlineText(Paragraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (Node n : paragraph.getDescendants()) {
            if (n.getAncestorOfType(Image.class, ImageRef.class) != null) {
                continue;
            }
            if (n instanceof Text) {
                // Backslash escapes and entities mean their characters; inside inline code nothing is an escape.
                text.append(n.getAncestorOfType(Code.class) != null ? n.getChars() : n.getChars().unescape());
            } else if (n instanceof HtmlEntity) {
                text.append(n.getChars().unescape());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                text.append(' ');
            }
        }
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static Node firstTitle(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h && h.getLevel() == 1) {
                return h;
            }
        }
        return null;
    }

    /** A path as the cache stores it: relative to the skill folder, with forward slashes on every system. */
    private static String key(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static Set<String> ids(List<Heading> headings) {
        Set<String> ids = new HashSet<>();
        headings.forEach(h -> ids.add(h.id()));
        return Set.copyOf(ids);
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(Problem.BY_PLACE).toList();
    }
}
