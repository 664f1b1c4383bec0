package dev.skillsite.build;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param content     the skill folder holding SKILL.md, or a folder of skills
 * @param out         the site folder; replaced only by a build whose checks pass
 * @param project     the folder that may hold {@code jbake.properties}, {@code templates/} and {@code assets/}
 * @param baseUrl     overrides {@code site.host} (the published URL) when not empty
 * @param basePath    the path the site is served under, for the 404 page's links and root-relative links in the
 *                    link check; empty takes the published URL's path ({@code /} without one)
 * @param incremental reuse what the previous build into {@code out} left (its cache beside {@code out})
 *                    for whatever has not changed; false builds everything afresh
 * @param strict      fail on warnings as on errors
 */
public record BuildOptions(Path content, Path out, Path project, String baseUrl, String basePath, boolean incremental,
                           boolean strict) {

    public BuildOptions(Path content, Path out, Path project, String baseUrl, String basePath, boolean incremental) {
        this(content, out, project, baseUrl, basePath, incremental, false);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("content"), Path.of("target", "site"), Path.of("."), "", "", true, false);
    }

    public BuildOptions withContent(Path content) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental, strict);
    }

    public BuildOptions withOut(Path out) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental, strict);
    }

    public BuildOptions withProject(Path project) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental, strict);
    }

    public BuildOptions withBaseUrl(String baseUrl) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental, strict);
    }

    public BuildOptions withBasePath(String basePath) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental, strict);
    }

    public BuildOptions withIncremental(boolean incremental) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental, strict);
    }

    public BuildOptions withStrict(boolean strict) {
        return new BuildOptions(content, out, project, baseUrl, basePath, incremental, strict);
    }
}
