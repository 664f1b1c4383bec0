package dev.skillsite.render;

import dev.skillsite.markdown.MarkdownCopy;
import dev.skillsite.markdown.RenderedPassage;
import dev.skillsite.markdown.RenderedSkill;
import dev.skillsite.markdown.RenderedTopic;
import dev.skillsite.render.Views.FullTextView;
import dev.skillsite.render.Views.LinkView;
import dev.skillsite.render.Views.PassageView;
import dev.skillsite.render.Views.RouteView;
import dev.skillsite.render.Views.SectionView;
import dev.skillsite.render.Views.SiteView;
import dev.skillsite.render.Views.TargetView;
import dev.skillsite.render.Views.TopicPageView;
import dev.skillsite.render.Views.TopicView;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import dev.skillsite.skill.Route;
import dev.skillsite.skill.Fingerprint;
import dev.skillsite.skill.Section;
import dev.skillsite.skill.SitePath;
import dev.skillsite.skill.Skill;
import dev.skillsite.skill.Topic;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.jbake.app.Asset;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The rendering stage: hands one JBake {@link DocumentModel} per page to JBake's {@link Renderer} and
 * its FreeMarker engine, then copies the assets with JBake's {@link Asset}. Templates read only the
 * model given here ({@code content.page}, {@code content.site}), never JBake's database, so no
 * content store is ever started.
 */
public final class SiteRenderer {
    /** JBake document types, each with its template ({@code template.<type>.file}). */
    public static final String LANDING = "landing";
    public static final String SECTION = "section";
    public static final String TOPIC = "topic";
    public static final String NOT_FOUND = "notfound";
    public static final String SITEMAP = "sitemap";
    /** Files for agents and for search. */
    public static final String LLMS = "llms";
    public static final String LLMS_FULL = "llmsfull";
    public static final String SEARCH_INDEX = "searchindex";

    /** Each document type's template and output extension, unless jbake.properties names others. */
    private record Template(String file, String extension) {
    }
    private static final Map<String, Template> DEFAULT_TEMPLATES = Map.of(
            LANDING, new Template("landing.ftl", ".html"),
            SECTION, new Template("section.ftl", ".html"),
            TOPIC, new Template("topic.ftl", ".html"),
            NOT_FOUND, new Template("notfound.ftl", ".html"),
            SITEMAP, new Template("sitemap.ftl", ".xml"),
            LLMS, new Template("llms.ftl", ".txt"),
            LLMS_FULL, new Template("llms-full.ftl", ".txt"),
            SEARCH_INDEX, new Template("search-index.ftl", ".js"));

    /**
     * Where a page sits in the navigation every page shows: the index of its section and of its topic in
     * that section, -1 where it has none. The layout compares these numbers rather than paths: FreeMarker
     * compares strings with a locale collator, and at a few hundred nav items per page that was the
     * largest single cost of rendering.
     */
    private record NavPosition(int section, int topic) {
        static final NavPosition NONE = new NavPosition(-1, -1);
    }

    /** A page written by the renderer and the template that made it, for errors found in it later. */
    public record RenderedPage(SitePath path, Path template) {
    }

    static final SitePath LLMS_FULL_TXT = new SitePath("llms-full.txt");
    static final SitePath SEARCH_INDEX_JS = new SitePath("search-index.js");
    static final SitePath NOT_FOUND_HTML = new SitePath("404.html");

    // Records' components are template properties from FreeMarker 2.3.33 on.
    private static final ObjectWrapper WRAPPER = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();

    private final JBakeConfiguration config;
    private final SiteSettings settings;
    /** Each page's place in the navigation, by path; filled in when the site is rendered. */
    private Map<String, NavPosition> nav = Map.of();

    public SiteRenderer(JBakeConfiguration config, SiteSettings settings) {
        this.config = config;
        this.settings = settings;
        DEFAULT_TEMPLATES.forEach((type, template) -> {
            if (config.get("template." + type + ".file") == null) {
                config.setProperty("template." + type + ".file", template.file());
            }
            if (config.get("template." + type + ".extension") == null) {
                config.setProperty("template." + type + ".extension", template.extension());
            }
        });
    }

    /** The template file that renders documents of this type. */
    private Path templateOf(String type) {
        return config.getTemplateFileByDocType(type).toPath();
    }

    /**
     * What the stage wrote: every page with its template, the memo a later build may reuse files from,
     * and how many files were copied from the previous site rather than rendered.
     */
    public record WrittenSite(List<RenderedPage> pages, PageMemo memo, int reused) {
        public WrittenSite {
            pages = List.copyOf(pages);
        }
    }

    /** Writes every page of the skill into JBake's destination folder, rendering each one. */
    public WrittenSite render(RenderedSkill rendered) {
        return render(rendered, PageMemo.EMPTY, null);
    }

    /**
     * Writes every page of the skill into JBake's destination folder. A file whose inputs are those
     * {@code previous} recorded, and which {@code previousSite} still holds as written, is linked (or
     * copied) from there instead of rendered: the bytes are the same either way.
     */
    public WrittenSite render(RenderedSkill rendered, PageMemo previous, Path previousSite) {
        Skill skill = rendered.skill();
        Renderer renderer = new Renderer(null, config);
        SiteView site = siteView(rendered);
        Writer writer = new Writer(renderer, wrap(site), Fingerprint.of(templatesFingerprint(), site), previous, previousSite);
        Map<SitePath, List<LinkView>> linkedFrom = linkedFrom(rendered);
        nav = navPositions(site);

        // The site's section and topic views are built in the skill's order, so they pair up by index.
        Map<Topic, TopicView> topicViews = new HashMap<>();
        for (int s = 0; s < skill.sections().size(); s++) {
            List<Topic> topics = skill.sections().get(s).topics();
            for (int t = 0; t < topics.size(); t++) {
                topicViews.put(topics.get(t), site.sections().get(s).topics().get(t));
            }
        }
        List<TopicPageView> topicPages = topicPages(rendered, topicViews, linkedFrom);

        // Each file is written on its own, so every file shares both cores; the two site-wide ones,
        // the largest, go first.
        List<Runnable> files = new ArrayList<>();
        files.add(() -> writer.write(SEARCH_INDEX, SEARCH_INDEX_JS, "search index", SearchIndex.of(rendered, site), ""));
        files.add(() -> writer.write(LLMS_FULL, LLMS_FULL_TXT, "llms-full.txt", fullText(rendered), ""));
        files.add(() -> writer.write(LLMS, MarkdownCopy.LLMS_TXT, "llms.txt", site, ""));
        files.add(() -> writer.write(LANDING, SitePath.LANDING, site.title(), site, ""));
        files.add(() -> writer.write(NOT_FOUND, NOT_FOUND_HTML, "Page not found", site, ""));
        for (SectionView section : site.sections()) {
            files.add(() -> writer.write(SECTION, new SitePath(section.path()), section.title(), section, ""));
        }
        for (TopicPageView view : topicPages) {
            files.add(() -> writer.write(TOPIC, new SitePath(view.topic().path()), view.topic().title(), view, view.html()));
        }
        for (RenderedTopic topic : rendered.topics()) {
            SitePath copy = MarkdownCopy.copyOf(topic.topic().page());
            files.add(() -> writer.copy(copy, topic.markdown().placedAt(copy)));
        }
        runAll(files);

        List<RenderedPage> pages = new ArrayList<>();
        pages.add(new RenderedPage(SitePath.LANDING, templateOf(LANDING)));
        site.sections().forEach(section -> pages.add(new RenderedPage(new SitePath(section.path()), templateOf(SECTION))));
        topicPages.forEach(view -> pages.add(new RenderedPage(new SitePath(view.topic().path()), templateOf(TOPIC))));
        pages.add(new RenderedPage(NOT_FOUND_HTML, templateOf(NOT_FOUND)));
        if (!settings.baseUrl().isEmpty()) {
            SitePath sitemap = new SitePath("sitemap.xml");
            writer.write(SITEMAP, sitemap, "sitemap", new SitemapView(settings.baseUrl(),
                    pages.stream().map(p -> p.path().path()).sorted().toList()), "");
            pages.add(new RenderedPage(sitemap, templateOf(SITEMAP)));
        }
        copyAssets();
        return new WrittenSite(pages, new PageMemo(writer.written), writer.reused.get());
    }

    /**
     * Runs every task on the common pool and returns once all have ended, so that no task still writes
     * into the staging folder when a failure stops the build; then throws the failure of the earliest
     * task in the list, the one a sequential run would have met first.
     */
    private static void runAll(List<Runnable> tasks) {
        RuntimeException[] failures = new RuntimeException[tasks.size()];
        IntStream.range(0, tasks.size()).parallel().forEach(i -> {
            try {
                tasks.get(i).run();
            } catch (RuntimeException e) {
                failures[i] = e;
            }
        });
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** The sitemap's model: the published URL and every page's path. */
    public record SitemapView(String baseUrl, List<String> pages) {
    }

    /**
     * Renders documents, or links them from the previous site when their inputs are unchanged, and
     * notes what each file was made from. Safe to use from several threads at once.
     */
    private final class Writer {
        private final Renderer renderer;
        private final TemplateModel siteModel;
        /** Templates and the site's view: what every file depends on besides its own view. */
        private final String shared;
        private final PageMemo previous;
        private final Path previousSite;
        private final Path destination;
        private final Map<String, PageMemo.Entry> written = new ConcurrentHashMap<>();
        /** Folders already made in the destination: one check per folder, not per file. */
        private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
        private final AtomicInteger reused = new AtomicInteger();

        Writer(Renderer renderer, TemplateModel siteModel, String shared, PageMemo previous, Path previousSite) {
            this.renderer = renderer;
            this.siteModel = siteModel;
            this.shared = shared;
            this.previous = previous;
            this.previousSite = previousSite;
            this.destination = config.getDestinationFolder().toPath();
        }

        /** Writes one document, or links the same one from the previous site. */
        void write(String type, SitePath page, String title, Object view, String body) {
            NavPosition position = nav.getOrDefault(page.path(), NavPosition.NONE);
            String file = outputPath(type, page);
            String inputs = Fingerprint.of(shared, type, page, title, position.section(), position.topic(), view, body);
            if (!linkedFromPrevious(file, inputs)) {
                DocumentModel document = document(type, page, title, siteModel, wrap(view));
                document.setBody(body);
                document.put("navSection", position.section());
                document.put("navTopic", position.topic());
                try {
                    renderer.render(document);
                } catch (Exception e) {
                    throw new ProblemException(templateProblem(document, e));
                }
                written.put(file, entry(inputs, destination.resolve(file)));
            }
        }

        /** Writes a topic's markdown copy (beside its page, for agents that fetch markdown), or links the same one. */
        void copy(SitePath copy, String markdown) {
            String file = copy.path();
            String inputs = Fingerprint.of("markdown copy", markdown);
            if (linkedFromPrevious(file, inputs)) {
                return;
            }
            Path path = destination.resolve(file);
            try {
                folderOf(path);
                Files.writeString(path, markdown);
            } catch (IOException e) {
                throw new ProblemException(Problem.error(path, 0, "cannot write: " + e.getMessage()));
            }
            written.put(file, entry(inputs, path));
        }

        private boolean linkedFromPrevious(String file, String inputs) {
            PageMemo.Entry before = previous.entries().get(file);
            if (before == null || previousSite == null || !before.inputs().equals(inputs)) {
                return false;
            }
            Path old = previousSite.resolve(file);
            Path now = destination.resolve(file);
            try {
                BasicFileAttributes attributes = Files.readAttributes(old, BasicFileAttributes.class);
                if (attributes.size() != before.size() || attributes.lastModifiedTime().toMillis() != before.modified()) {
                    return false; // changed since that build wrote it
                }
                folderOf(now);
                try {
                    Files.createLink(now, old);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(old, now, StandardCopyOption.COPY_ATTRIBUTES);
                }
            } catch (IOException e) {
                return false;
            }
            written.put(file, before);
            reused.incrementAndGet();
            return true;
        }

        /** Makes the folder a file goes in, once per folder; a thread asking meanwhile waits until it exists. */
        private void folderOf(Path file) throws IOException {
            try {
                folders.computeIfAbsent(file.getParent(), folder -> {
                    try {
                        Files.createDirectories(folder);
                        return true;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        private PageMemo.Entry entry(String inputs, Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new PageMemo.Entry(inputs, attributes.size(), attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                throw new ProblemException(Problem.error(file, 0, "cannot read what was just written: " + e.getMessage()));
            }
        }
    }

    /** Where JBake's renderer writes a document: its path with the extension its type is configured to get. */
    private String outputPath(String type, SitePath page) {
        String path = page.path();
        int dot = path.lastIndexOf('.');
        return (dot > path.lastIndexOf('/') ? path.substring(0, dot) : path) + config.getOutputExtensionByDocType(type);
    }

    /** Every file of the templates folder, by relative path and content: any edit there re-renders every page. */
    private String templatesFingerprint() {
        Path folder = config.getTemplateFolder().toPath();
        try (Stream<Path> files = Files.walk(folder)) {
            List<Object> parts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                parts.add(folder.relativize(file).toString());
                parts.add(Files.readAllBytes(file));
            }
            return Fingerprint.of(parts);
        } catch (IOException e) {
            throw new ProblemException(Problem.error(folder, 0, "cannot read templates: " + e.getMessage()));
        }
    }

    /** Topics in the order the site lists them, each placed at the root, where llms-full.txt is. */
    private static FullTextView fullText(RenderedSkill rendered) {
        Map<Topic, RenderedTopic> byTopic = new HashMap<>();
        rendered.topics().forEach(t -> byTopic.put(t.topic(), t));
        return new FullTextView(rendered.skill().topics().map(byTopic::get)
                .map(t -> t.markdown().placedAt(LLMS_FULL_TXT).strip()).toList());
    }

    /** A template error, pinned to the template file and line FreeMarker reports. */
    private Problem templateProblem(DocumentModel document, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return Problem.error(templateFile(parse.getTemplateName()), parse.getLineNumber(),
                        "template does not parse: " + parse.getEditorMessage());
            }
            if (cause instanceof TemplateException template) {
                String name = template.getTemplateSourceName();
                Integer line = template.getLineNumber();
                return Problem.error(templateFile(name), line == null ? 0 : line, "template failed while rendering "
                        + document.getUri() + ": " + firstLine(template.getMessageWithoutStackTop()));
            }
            if (cause instanceof IOException io && io.getMessage() != null && io.getMessage().contains("Template not found")) {
                return Problem.error(config.getTemplateFolder().toPath(), 0, firstLine(io.getMessage()));
            }
        }
        return Problem.error(config.getTemplateFolder().toPath(), 0, "rendering " + document.getUri() + " failed: " + e.getMessage());
    }

    private Path templateFile(String name) {
        return name == null ? config.getTemplateFolder().toPath() : config.getTemplateFolder().toPath().resolve(name);
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    private void copyAssets() {
        Asset asset = new Asset(config);
        asset.copy();
        if (!asset.getErrors().isEmpty()) {
            throw new ProblemException(Problem.error(config.getAssetFolder().toPath(), 0,
                    "assets could not be copied: " + asset.getErrors().get(0).getMessage()));
        }
        try {
            // GitHub Pages would otherwise run Jekyll, which hides files and folders starting with "_".
            Files.writeString(config.getDestinationFolder().toPath().resolve(".nojekyll"), "");
        } catch (IOException e) {
            throw new ProblemException(Problem.error(config.getDestinationFolder().toPath(), 0, "cannot write .nojekyll: " + e.getMessage()));
        }
    }

    private static DocumentModel document(String type, SitePath page, String title, TemplateModel site, TemplateModel view) {
        DocumentModel document = new DocumentModel();
        document.setType(type);
        document.setStatus("published");
        document.setUri(page.path());
        document.setRootPath(page.rootPath());
        document.setTitle(title);
        document.setBody("");
        document.put("path", page.path());
        document.put("site", site);
        document.put("page", view);
        return document;
    }

    private static TemplateModel wrap(Object view) {
        try {
            return WRAPPER.wrap(view);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot expose " + view.getClass() + " to templates", e);
        }
    }

    private SiteView siteView(RenderedSkill rendered) {
        Skill skill = rendered.skill();
        Map<String, String> titles = new HashMap<>();
        rendered.topics().forEach(t -> titles.put(t.topic().page().path(), t.title()));
        List<RouteView> routes = skill.routes().stream().map(r -> routeView(r, titles)).toList();
        List<SectionView> sections = new ArrayList<>();
        for (Section section : skill.sections()) {
            List<TopicView> topics = section.topics().stream().map(t -> new TopicView(t.name(),
                    titles.getOrDefault(t.page().path(), t.name()), t.description(), t.page().path(), section.title(),
                    section.page().path(), MarkdownCopy.copyOf(t.page()).path())).toList();
            List<RouteView> leading = new ArrayList<>();
            for (int i = 0; i < skill.routes().size(); i++) {
                if (skill.routes().get(i).leadsTo(section)) {
                    leading.add(routes.get(i));
                }
            }
            sections.add(new SectionView(section.title(), section.slug(), section.page().path(), topics, leading));
        }
        List<PassageView> passages = rendered.passages().stream()
                .map((RenderedPassage p) -> new PassageView(p.passage().heading(), p.id(), p.html())).toList();
        String title = settings.title().isEmpty() ? skill.title() : settings.title();
        return new SiteView(title, skill.metadata().name(), skill.metadata().description(), skill.metadata().version(),
                skill.metadata().argumentHint(), settings.repositoryUrl(), sections, routes, passages);
    }

    private static Map<String, NavPosition> navPositions(SiteView site) {
        Map<String, NavPosition> positions = new HashMap<>();
        for (int s = 0; s < site.sections().size(); s++) {
            SectionView section = site.sections().get(s);
            positions.put(section.path(), new NavPosition(s, -1));
            for (int t = 0; t < section.topics().size(); t++) {
                positions.put(section.topics().get(t).path(), new NavPosition(s, t));
            }
        }
        return positions;
    }

    private static RouteView routeView(Route route, Map<String, String> titles) {
        return new RouteView(route.task(), route.targets().stream().map(target -> new TargetView(
                new LinkView(target.section().title(), target.section().page().path(), "section"),
                target.topics().stream().map(t -> new LinkView(t.name(), t.page().path(), "topic")).toList())).toList());
    }

    /** Who links to each page: the routes that name it, then the topics whose markdown links to it. */
    private static Map<SitePath, List<LinkView>> linkedFrom(RenderedSkill rendered) {
        Map<SitePath, Map<String, LinkView>> from = new TreeMap<>();
        for (Route route : rendered.skill().routes()) {
            for (Route.Target target : route.targets()) {
                for (Topic topic : target.topics()) {
                    from.computeIfAbsent(topic.page(), k -> new LinkedHashMap<>())
                            .putIfAbsent("route:" + route.task(), new LinkView(route.task(), SitePath.LANDING.path() + "#routing", "route"));
                }
            }
        }
        for (RenderedTopic topic : rendered.topics()) {
            for (SitePath target : topic.linksTo()) {
                if (!target.equals(topic.topic().page())) {
                    from.computeIfAbsent(target, k -> new LinkedHashMap<>())
                            .putIfAbsent(topic.topic().page().path(), new LinkView(topic.title(), topic.topic().page().path(), "topic"));
                }
            }
        }
        Map<SitePath, List<LinkView>> result = new HashMap<>();
        from.forEach((page, links) -> {
            List<LinkView> sorted = new ArrayList<>(links.values());
            sorted.sort((a, b) -> a.kind().equals(b.kind()) ? a.label().compareToIgnoreCase(b.label()) : a.kind().equals("route") ? -1 : 1);
            result.put(page, List.copyOf(sorted));
        });
        return result;
    }

    private static List<TopicPageView> topicPages(RenderedSkill rendered, Map<Topic, TopicView> views,
                                                  Map<SitePath, List<LinkView>> linkedFrom) {
        Map<Topic, RenderedTopic> byTopic = new HashMap<>();
        rendered.topics().forEach(t -> byTopic.put(t.topic(), t));
        List<TopicPageView> pages = new ArrayList<>();
        for (Section section : rendered.skill().sections()) {
            List<Topic> topics = section.topics();
            for (int i = 0; i < topics.size(); i++) {
                Topic topic = topics.get(i);
                RenderedTopic body = byTopic.get(topic);
                LinkView previous = i > 0 ? link(views.get(topics.get(i - 1))) : null;
                LinkView next = i + 1 < topics.size() ? link(views.get(topics.get(i + 1))) : null;
                pages.add(new TopicPageView(views.get(topic), body.html(),
                        body.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList(),
                        previous, next, linkedFrom.getOrDefault(topic.page(), List.of()),
                        topic.source().toString().replace('\\', '/')));
            }
        }
        return pages;
    }

    private static LinkView link(TopicView topic) {
        return new LinkView(topic.title(), topic.path(), "topic");
    }
}
