package dev.skillsite.build;

import dev.skillsite.check.CheckReport;
import dev.skillsite.skill.Problem;

import java.util.List;

/** A finished build: what it wrote, what it warned about, how long each stage took, and what came from the cache. */
public record BuildResult(int pages, int skills, int sections, int topics, List<Problem> warnings, CheckReport check,
                          StageTimes times, CacheHits cacheHits) {
    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
