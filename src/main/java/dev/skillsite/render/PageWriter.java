package dev.skillsite.render;

import dev.skillsite.cache.CacheKey;
import dev.skillsite.cache.KeyedText;
import dev.skillsite.render.PageType.Page;
import dev.skillsite.render.Views.SiteView;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import dev.skillsite.work.Cores;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * Writes pages into JBake's destination folder: renders each through JBake's {@link Renderer} and its
 * FreeMarker engine, or leaves it in the previous site, which the folder will be laid over, when the cache
 * says its inputs are unchanged and the old file is still as that build wrote it. Either way the site has
 * the same bytes. Templates read
 * only the model given here ({@code content.page}, {@code content.site}, {@code content.head},
 * {@code content.cached}), never JBake's database, so no content store is ever started. Safe to use
 * from several threads at once.
 */
final class PageWriter {
    // Records' components are template properties from FreeMarker 2.3.33 on.
    private static final ObjectWrapper WRAPPER = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();

    private final JBakeConfiguration config;
    private final UnaryOperator<Path> origin;
    private final Renderer renderer;
    /** Each site view's template model and cache key, made once: every page of a skill shares its skill's. */
    private final Map<SiteView, SiteModel> sites = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The templates: what every rendered file depends on besides its own views. */
    private final String templatesKey;
    private final PageCache previous;
    /** Texts the pages are made of, the last build's among them. */
    private final TextCache texts;
    private final Path previousSite;
    private final String basePath;
    private final Path destination;
    private final Map<String, PageCache.Entry> written = new ConcurrentHashMap<>();
    /** Folders already made in the destination: one check per folder, not per file. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    /** The files left in the previous site. */
    private final Set<String> left = ConcurrentHashMap.newKeySet();
    /** What each file's key was made of, for a preview's next build; null when no build follows in this process. */
    private final Map<String, List<Object>> inputs;

    /**
     * @param basePath the path the site is served under, for pages whose links start from it
     * @param texts    texts the pages are made of, which a preview's next build may find again
     * @param preview  whether a build follows in this process, which may take keys from this one ({@link PageCache#inputs()})
     */
    PageWriter(DefaultJBakeConfiguration config, UnaryOperator<Path> origin, String templatesKey, PageCache previous,
               Path previousSite, String basePath, TextCache texts, boolean preview) {
        this.config = config;
        this.origin = origin;
        this.basePath = basePath;
        this.renderer = new Renderer(null, new SettledConfiguration(config));
        this.templatesKey = templatesKey;
        this.previous = previous;
        this.texts = texts;
        this.previousSite = previousSite;
        this.destination = config.getDestinationFolder().toPath();
        this.inputs = preview ? new ConcurrentHashMap<>() : null;
    }

    /** A file to write: a page and its type. */
    record Output(PageType type, Page page) {
    }

    /** A site view as the templates see it, its cache key, and the parts its pages share ({@code content.cached}). */
    private record SiteModel(TemplateModel model, String key, FragmentCache fragments) {
    }

    private SiteModel site(SiteView view) {
        return sites.computeIfAbsent(view, v -> {
            String key = CacheKey.of(v);
            return new SiteModel(wrap(v), key, new FragmentCache(texts, CacheKey.of(templatesKey, key)));
        });
    }

    /**
     * Writes every output on every core ({@link Cores}); returns once all have ended, so that no task still writes
     * into the folder when a failure stops the build, and throws the failure of the earliest output in the list,
     * the one a sequential run would have met first.
     */
    void writeAll(List<Output> outputs) {
        writeAll(outputs, () -> false);
    }

    /**
     * {@link #writeAll(List)}, but no output is started once {@code abandon} says they are no longer wanted.
     *
     * @return whether every output was written
     */
    boolean writeAll(List<Output> outputs, BooleanSupplier abandon) {
        AtomicBoolean abandoned = new AtomicBoolean();
        Cores.forEach(outputs.size(), i -> {
            if (abandoned.get() || abandon.getAsBoolean()) {
                abandoned.set(true);
            } else {
                write(outputs.get(i));
            }
        });
        return !abandoned.get();
    }

    /** What this writer wrote, and the texts its pages were made of, for the next build's cache. */
    PageCache cache(Map<String, String> texts) {
        return new PageCache(written, texts, inputs == null ? Map.of() : inputs);
    }

    /** The files left in the previous site rather than written. */
    Set<String> left() {
        return Set.copyOf(left);
    }

    private void write(Output output) {
        PageType type = output.type();
        Page page = output.page();
        String file = page.path().path();
        String key = key(type, page, file);
        if (leftInPrevious(file, key)) {
            return;
        }
        Path path = destination.resolve(file);
        if (type.isTemplated()) {
            DocumentModel document = document(type, page);
            try {
                renderer.render(document);
            } catch (Exception e) {
                throw new ProblemException(templateProblem(document, e));
            }
        } else {
            try {
                folderOf(path);
                if (page.view() instanceof Path source) {
                    Files.copy(source, path);
                } else {
                    Files.writeString(path, ((KeyedText) page.view()).text());
                }
            } catch (IOException e) {
                throw new ProblemException(Problem.error(path, 0, "cannot write: " + e.getMessage()));
            }
        }
        written.put(file, entry(key, path));
    }

    /**
     * What a file is made of: a rendered page depends on the templates and the site too; text written as it
     * is on the key it carries; a copied file on its size and time, which change with its bytes. A page's body
     * is not hashed a second time: it is the HTML its view holds; its head is not made for its key: what the
     * head is made of stands for it. Where the last build of this process keyed the file from inputs equal to
     * these, its key is taken.
     */
    private String key(PageType type, Page page, String file) {
        if (!type.isTemplated() && page.view() instanceof Path source) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
                return CacheKey.of(type.name(), page.path(), source, attributes.size(), attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                throw new ProblemException(Problem.error(source, 0, "cannot read: " + e.getMessage()));
            }
        }
        List<Object> made = inputs(type, page);
        if (inputs != null) {
            inputs.put(file, made);
        }
        PageCache.Entry before = previous.entries().get(file);
        List<Object> last = previous.inputs().get(file);
        return before != null && last != null && CacheKey.same(last, made) ? before.key() : CacheKey.of(made.toArray());
    }

    private List<Object> inputs(PageType type, Page page) {
        if (type.isTemplated()) {
            String site = site(page.site()).key();
            // A page of the site view itself (the landing page, llms.txt) is keyed by that view's key, made once.
            Object view = page.view() == page.site() ? site : page.view();
            return Arrays.asList(templatesKey, site, type.name(), page.path(), page.nav(), view, page.head() == null ? null : page.head().inputs());
        }
        return List.of(type.name(), page.path(), page.view());
    }

    private DocumentModel document(PageType type, Page page) {
        DocumentModel document = new DocumentModel();
        document.setType(type.name());
        document.setStatus("published");
        document.setUri(page.path().path());
        document.setRootPath(type.links() == PageType.Links.FROM_BASE_PATH ? basePath : page.path().rootPath());
        document.setBody(page.body().get());
        document.put("path", page.path().path());
        SiteModel site = site(page.site());
        document.put("site", site.model());
        document.put("cached", site.fragments());
        document.put("page", wrap(page.view()));
        if (page.head() != null) {
            document.put("head", wrap(page.head().view().get()));
        }
        document.put("navSection", page.nav().section());
        document.put("navTopic", page.nav().topic());
        return document;
    }

    /** Leaves the file in the previous site if the cache says it would be written the same and it is as that build left it. */
    private boolean leftInPrevious(String file, String key) {
        PageCache.Entry before = previous.entries().get(file);
        if (before == null || previousSite == null || !before.key().equals(key)) {
            return false;
        }
        Path old = previousSite.resolve(file);
        try {
            BasicFileAttributes attributes = Files.readAttributes(old, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() != before.size() || attributes.lastModifiedTime().toMillis() != before.modified()) {
                return false; // changed since that build wrote it
            }
        } catch (IOException e) {
            return false;
        }
        left.add(file);
        written.put(file, before);
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

    private static PageCache.Entry entry(String key, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new PageCache.Entry(key, attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            throw new ProblemException(Problem.error(file, 0, "cannot read what was just written: " + e.getMessage()));
        }
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
                return Problem.error(templateFile(null), 0, firstLine(io.getMessage()));
            }
        }
        return Problem.error(templateFile(null), 0, "rendering " + document.getUri() + " failed: " + e.getMessage());
    }

    private Path templateFile(String name) {
        return origin.apply(name == null ? config.getTemplateFolder().toPath() : config.getTemplateFolder().toPath().resolve(name));
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    private static TemplateModel wrap(Object view) {
        try {
            return WRAPPER.wrap(view);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("cannot expose " + view.getClass() + " to templates", e);
        }
    }
}
