package dev.skillsite.markdown;

import dev.skillsite.cache.CacheKey;
import dev.skillsite.site.SitePath;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file of the skill mapped to where a link to it leads: a markdown file to the page it becomes and
 * the heading ids that page has, what a link such as {@code reference/x.md#how-it-works} is checked and
 * rewritten against; any other file to the page that shows it, or to the file itself. Built before the
 * markdown is parsed, when where each page is suffices to render a link, and given every page's heading ids
 * after ({@link #withIds}); lookups are constant-time. A {@link #recording} view notes every file a render
 * looked up, which is what that render depends on besides its own file.
 */
public final class LinkTargets {

    /**
     * Where a link to one file leads.
     *
     * @param page where a link leads: the page a markdown file becomes, the page that shows a text file,
     *             or the file itself
     * @param file the file as published, for an image or a markdown copy; null for markdown, whose copy
     *             sits beside its page
     * @param ids  the fragment ids the page answers to
     */
    public record Target(SitePath page, SitePath file, Set<String> ids) {
        public Target {
            ids = Set.copyOf(ids);
        }

        static Target page(SitePath page, Set<String> ids) {
            return new Target(page, null, ids);
        }
    }

    private final Map<Path, Target> bySource;
    /** The skill's folders, which a link may not name for a file. */
    private final Set<Path> folders;
    /** Each looked-up file's cache key, by the file as a cache entry names it; shared by every recording view. */
    private final Map<String, String> keys;
    private final Set<Path> consulted;

    public LinkTargets(Map<Path, Target> bySource) {
        this(Map.copyOf(bySource), folders(bySource.keySet()), new ConcurrentHashMap<>(), null);
    }

    private LinkTargets(Map<Path, Target> bySource, Set<Path> folders, Map<String, String> keys, Set<Path> consulted) {
        this.bySource = bySource;
        this.folders = folders;
        this.keys = keys;
        this.consulted = consulted;
    }

    private static Set<Path> folders(Set<Path> files) {
        Set<Path> folders = new HashSet<>();
        for (Path file : files) {
            for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
                folders.add(folder);
            }
        }
        return Set.copyOf(folders);
    }

    /**
     * The same targets, each page named in {@code ids} answering to the heading ids given for its source file:
     * what a page's links to another page's headings are checked against, once every page is parsed.
     */
    LinkTargets withIds(Map<Path, Set<String>> ids) {
        Map<Path, Target> withIds = new HashMap<>(bySource);
        ids.forEach((source, pageIds) -> withIds.computeIfPresent(source, (s, target) -> new Target(target.page(), target.file(), pageIds)));
        return new LinkTargets(Map.copyOf(withIds), folders, new ConcurrentHashMap<>(), null);
    }

    /** Whether a path, relative to the skill folder, is one of its folders. */
    boolean isFolder(Path path) {
        return folders.contains(path.normalize());
    }

    /** Whether a resolved path climbs out of the skill folder ({@code ../../elsewhere.md}). */
    static boolean isOutside(Path resolved) {
        return resolved.startsWith("..") || resolved.isAbsolute();
    }

    /**
     * The file a relative link in {@code source} names, relative to the skill folder: {@code ../SKILL.md} in
     * {@code reference/x.md} is {@code SKILL.md}.
     *
     * @throws java.nio.file.InvalidPathException when the link is no path at all
     */
    static Path resolve(Path source, String link) {
        Path dir = source.getParent();
        return (dir == null ? Path.of(link) : dir.resolve(link)).normalize();
    }

    /** The target of a content-relative markdown path such as {@code reference/memory-eviction.md}. */
    public Optional<Target> of(Path source) {
        Path normalized = source.normalize();
        if (consulted != null) {
            consulted.add(normalized);
        }
        return Optional.ofNullable(bySource.get(normalized));
    }

    /** The same targets, adding every file looked up through them to {@code consulted}. */
    LinkTargets recording(Set<Path> consulted) {
        return new LinkTargets(bySource, folders, keys, consulted);
    }

    /**
     * What these files are now (page and ids, or absent), as one cache key: equal only if no lookup would answer
     * differently. The files are named as a topic's cache entry names them ({@code reference/x.md}): a cached
     * topic's are checked without being made paths again, and each file is keyed once a build.
     */
    String key(List<String> sources) {
        return CacheKey.of(sources.stream().map(this::keyOf).toList());
    }

    private String keyOf(String source) {
        // A plain get first: computeIfAbsent locks its bin even when the key is there, as it mostly is.
        String known = keys.get(source);
        return known != null ? known : keys.computeIfAbsent(source, s -> {
            Target target = bySource.get(Path.of(s));
            return target == null ? CacheKey.of(s) : CacheKey.of(s, target);
        });
    }
}
