package dev.skillsite.build;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param content     the skill folder holding SKILL.md
 * @param out         the site folder; replaced only by a build whose checks pass
 * @param project     the folder holding {@code jbake.properties}, {@code templates/} and {@code assets/}
 * @param baseUrl     overrides {@code site.host} (the published URL) when not empty
 * @param basePath    the path the site is served under, for root-relative links in the link check
 * @param incremental reuse what the previous build into {@code out} left (its cache beside {@code out})
 *                    for whatever has not changed; false builds everything afresh
 */
public record BuildOptions(Path content, Path out, Path project, String baseUrl, String basePath, boolean incremental) {

    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("content"), Path.of("target", "site"), Path.of("."), "", "/", true);
    }

    public BuildOptions withContent(Path content) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental);
    }

    public BuildOptions withOut(Path out) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental);
    }

    public BuildOptions withProject(Path project) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental);
    }

    public BuildOptions withBaseUrl(String baseUrl) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental);
    }

    public BuildOptions withBasePath(String basePath) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental);
    }

    public BuildOptions withIncremental(boolean incremental) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental);
    }
}
