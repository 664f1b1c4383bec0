package dev.skillsite.markdown;

import dev.skillsite.cache.CacheKey;
import dev.skillsite.site.SitePath;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every markdown file of the skill mapped to the page it becomes and the heading ids that page has:
 * what a link such as {@code reference/x.md#how-it-works} is checked and rewritten against.
 * Built once per build; lookups are constant-time. A {@link #recording} view notes every file a
 * render looked up, which is what that render depends on besides its own file.
 */
public final class LinkTargets {

    /** A page and the fragment ids it answers to. */
    public record Target(SitePath page, Set<String> ids) {
        public Target {
            ids = Set.copyOf(ids);
        }
    }

    private final Map<Path, Target> bySource;
    /** Each looked-up file's cache key, shared by every recording view. */
    private final Map<Path, String> keys;
    private final Set<Path> consulted;

    public LinkTargets(Map<Path, Target> bySource) {
        this(Map.copyOf(bySource), new ConcurrentHashMap<>(), null);
    }

    private LinkTargets(Map<Path, Target> bySource, Map<Path, String> keys, Set<Path> consulted) {
        this.bySource = bySource;
        this.keys = keys;
        this.consulted = consulted;
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
        return new LinkTargets(bySource, keys, consulted);
    }

    /** What these files are now (page and ids, or absent), as one cache key: equal only if no lookup would answer differently. */
    String key(List<Path> sources) {
        return CacheKey.of(sources.stream().map(source -> keys.computeIfAbsent(source, s -> {
            Target target = bySource.get(s);
            return target == null ? CacheKey.of(s) : CacheKey.of(s, target.page(), target.ids());
        })).toList());
    }
}
