package dev.skillsite.markdown;

import dev.skillsite.skill.Fingerprint;
import dev.skillsite.skill.SitePath;

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
    /** Each looked-up file's fingerprint, shared by every recording view. */
    private final Map<Path, String> fingerprints;
    private final Set<Path> consulted;

    public LinkTargets(Map<Path, Target> bySource) {
        this(Map.copyOf(bySource), new ConcurrentHashMap<>(), null);
    }

    private LinkTargets(Map<Path, Target> bySource, Map<Path, String> fingerprints, Set<Path> consulted) {
        this.bySource = bySource;
        this.fingerprints = fingerprints;
        this.consulted = consulted;
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
        return new LinkTargets(bySource, fingerprints, consulted);
    }

    /** What these files are now (page and ids, or absent), as one fingerprint: equal only if no lookup would answer differently. */
    String fingerprint(List<Path> sources) {
        return Fingerprint.of(sources.stream().map(source -> fingerprints.computeIfAbsent(source, s -> {
            Target target = bySource.get(s);
            return target == null ? Fingerprint.of(s) : Fingerprint.of(s, target.page(), target.ids());
        })).toList());
    }
}
