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
 * The markdown stage: parses every markdown file once (in parallel), learns each page's heading ids,
 * then renders every file with its links resolved against all the others, and highlights the skill's
 * text files for the pages that show them. Any broken link fails the stage with every such problem
 * listed; an empty file or a missing title is a warning.
 */
public final class SkillMarkdown {
    /** A run of white space, which plain text collapses to one space. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final Markdown markdown;
    private final Set<String> themeAnchors;

    /**
     * @param themeAnchors ids the landing page's templates add to those of SKILL.md's own headings, which
     *                     links to SKILL.md may name too
     */
    public SkillMarkdown(Markdown markdown, Set<String> themeAnchors) {
        this.markdown = markdown;
        this.themeAnchors = Set.copyOf(themeAnchors);
    }

    /** A topic file as the first pass left it: parsed now, or found in the cache as it still is. */
    private sealed interface Read permits Parsed, Cached {
        Skill skill();

        Topic topic();

        List<Heading> headings();
    }

    private record Parsed(Skill skill, Topic topic, Path file, String key, String title, String summary, Document document, LineIndex lines,
                          List<Heading> headings, List<TopicCache.Warning> warnings) implements Read {
    }

    /** @param text the file's text, which the entry's key covers and its markdown copy is made of */
    private record Cached(Skill skill, Topic topic, TopicCache.Entry entry, String text) implements Read {
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
        // Listed first, then read on every core: pages flat-mapped from the skills would be spread by skill, and a
        // single skill's pages would then all be parsed on one core.
        List<Map.Entry<Skill, Topic>> pages = set.skills().stream().flatMap(skill -> skill.pages().map(topic -> Map.entry(skill, topic)))
                .toList();
        // An ArrayList, so pass two can let go of each AST as soon as its page is rendered.
        List<Read> read = new ArrayList<>(Cores.map(pages.size(),
                i -> read(pages.get(i).getKey(), pages.get(i).getValue(), homesKey, cache, problems)));
        read.removeIf(r -> r == null);
        if (!problems.isEmpty()) {
            throw new ProblemException(sorted(problems));
        }

        Map<Path, LinkTargets.Target> targets = new HashMap<>();
        for (Read r : read) {
            targets.put(r.topic().source(), LinkTargets.Target.page(r.topic().page(), ids(r.headings())));
        }
        // By identity: a skill's own hash code walks every route, section and topic it holds.
        Map<Skill, Set<String>> landingIds = new IdentityHashMap<>();
        for (Skill skill : set.skills()) {
            for (SkillFile file : skill.files()) {
                targets.put(file.source(), new LinkTargets.Target(file.text() ? file.view() : file.path(), file.path(), Set.of()));
            }
            Set<String> ids = new HashSet<>(skill.anchors());
            ids.addAll(themeAnchors);
            landingIds.put(skill, ids);
            targets.put(skill.source(), new LinkTargets.Target(skill.home(), MarkdownCopy.llmsOf(skill.home()), ids));
        }
        LinkTargets linkTargets = new LinkTargets(targets);

        List<Result> results = Cores.map(read.size(), i -> {
            // Each slot is written by one thread only; clearing it leaves the AST to the collector once rendered.
            Read r = read.set(i, null);
            if (r instanceof Cached cached) {
                TopicCache.Entry entry = cached.entry();
                if (linkTargets.key(paths(entry.consulted())).equals(entry.targetsKey())) {
                    return new Result(cached.skill(), new RenderedTopic(r.topic(), entry.title(), entry.summary(), entry.keyedHtml(), entry.headings(),
                            entry.linksTo(), entry.words(), new MarkdownCopy(cached.text(), entry.markdownLinks())), entry, true);
                }
                // The file is as it was, but a page it links to moved or lost a heading: parse it again.
                r = read(cached.skill(), r.topic(), homesKey, TopicCache.EMPTY, problems);
                if (r == null) {
                    return null;
                }
            }
            return render((Parsed) r, linkTargets, homes, vocabulary, problems);
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
                if (r != null && r.skill() == skill) {
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

    /** A prose part of SKILL.md, rendered for the landing page, its links resolved as SKILL.md's. */
    private RenderedPassage passage(Skill skill, Passage passage, Set<String> landingIds, LinkTargets linkTargets,
                                    Map<String, SitePath> homes, List<Problem> problems) {
        Document document = markdown.parse(passage.markdown());
        document.set(LinkContext.KEY, new LinkContext(skill.source(), skill.skillFile(), skill.home(),
                passage.firstLine() - 1, landingIds, linkTargets, problems, new HashSet<>(), lines(document), homes));
        return new RenderedPassage(passage, markdown.render(document));
    }

    /** A text file as one highlighted code block, in the language its name says; from the cache when its bytes are unchanged. */
    private RenderedFile file(Skill skill, SkillFile file, TopicCache cache, Map<String, TopicCache.FileEntry> entries,
                              List<Problem> problems) {
        String language = CodeLanguage.of(file.source());
        SourceFile source;
        try {
            source = SourceFile.read(skill.root().resolve(file.source()));
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return null;
        }
        String key = CacheKey.of(file.source(), source.text());
        TopicCache.FileEntry known = cache.files().get(key(file.source()));
        TopicCache.FileEntry entry = known != null && known.key().equals(key) ? known
                : new TopicCache.FileEntry(key, markdown.render(markdown.parse(CodeLanguage.fenced(language, source.text()))).getBytes(UTF_8));
        entries.put(key(file.source()), entry);
        return new RenderedFile(file, language, entry.keyedHtml());
    }

    /** Pass two for one parsed file: its HTML with links resolved, and what it looked up to resolve them. */
    private Result render(Parsed p, LinkTargets linkTargets, Map<String, SitePath> homes, Vocabulary vocabulary,
                          List<Problem> problems) {
        Set<SitePath> linksTo = new LinkedHashSet<>();
        Set<Path> consulted = new LinkedHashSet<>();
        LinkTargets recording = linkTargets.recording(consulted);
        List<Problem> found = new ArrayList<>();
        p.document().set(LinkContext.KEY, new LinkContext(p.topic().source(), p.file(), p.topic().page(), 0,
                ids(p.headings()), recording, found, linksTo, p.lines(), homes));
        String html = markdown.render(p.document());
        problems.addAll(found);
        SearchWords words = SearchWords.of(plainText(p.document()), vocabulary);
        MarkdownCopy copy = MarkdownCopy.of(p.document(), p.topic().source(), recording);
        List<Path> looked = List.copyOf(consulted);
        TopicCache.Entry entry = new TopicCache.Entry(p.key(), looked.stream().map(SkillMarkdown::key).toList(),
                linkTargets.key(looked), p.title(), p.summary(), html.getBytes(UTF_8), p.headings(), linksTo, words, copy.links(),
                p.warnings());
        return new Result(p.skill(), new RenderedTopic(p.topic(), p.title(), p.summary(), KeyedText.of(entry.htmlKey(), html), p.headings(),
                linksTo, words, copy),
                entry, false);
    }

    /**
     * Pass one for one file: reads it, and parses it unless the cache holds it with this very text and
     * page. Problems go to {@code problems}, and the result is then null.
     */
    private Read read(Skill skill, Topic topic, String homesKey, TopicCache cache, List<Problem> problems) {
        Path file = skill.root().resolve(topic.source());
        SourceFile source;
        try {
            source = SourceFile.read(file);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return null;
        }
        String key = CacheKey.of(topic.source(), topic.page(), source.text(), homesKey);
        TopicCache.Entry known = cache.entry(key(topic.source()));
        if (known != null && known.key().equals(key)) {
            return new Cached(skill, topic, known, source.text());
        }
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
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                // Plain text, as the heading reads on the page: "`beforeSleep()` (order matters)" without backticks.
                String text = plainText(h).strip();
                headings.add(new Heading(h.getLevel(), text, ids.idOf(h), lines.lineOf(h.getStartOffset()) + 1));
            }
        }
        return new Parsed(skill, topic, file, key, titleText, summary, document, lines, headings, warnings);
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
                appendCollapsingBlanks(text, n.getChars());
            } else if (n instanceof Block || n instanceof TableCell) {
                text.append('\n');
            }
        }
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

    private static List<Path> paths(List<String> keys) {
        return keys.stream().map(Path::of).toList();
    }

    private static Set<String> ids(List<Heading> headings) {
        Set<String> ids = new HashSet<>();
        headings.forEach(h -> ids.add(h.id()));
        return ids;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(Problem.BY_PLACE).toList();
    }
}
