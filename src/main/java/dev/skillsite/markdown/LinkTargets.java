package dev.skillsite.markdown;

import dev.skillsite.skill.SitePath;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every markdown file of the skill mapped to the page it becomes and the heading ids that page has:
 * what a link such as {@code reference/x.md#how-it-works} is checked and rewritten against.
 * Built once per build; lookups are constant-time.
 */
public final class LinkTargets {

    /** A page and the fragment ids it answers to. */
    public record Target(SitePath page, Set<String> ids) {
        public Target {
            ids = Set.copyOf(ids);
        }
    }

    private final Map<Path, Target> bySource;

    public LinkTargets(Map<Path, Target> bySource) {
        this.bySource = Map.copyOf(bySource);
    }

    /** The target of a content-relative markdown path such as {@code reference/memory-eviction.md}. */
    public Optional<Target> of(Path source) {
        return Optional.ofNullable(bySource.get(source.normalize()));
    }
}
