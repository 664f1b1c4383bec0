package dev.skillsite.bench;

import dev.skillsite.skill.Section;
import dev.skillsite.skill.Skill;
import dev.skillsite.skill.SkillParser;
import dev.skillsite.skill.Topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The same skill as a Hugo site and as an MkDocs site, for the benchmark to build side by side with
 * skillsite. The markdown bodies are the skill's own bytes; only what each tool needs around them
 * is added: for Hugo a title and weight in front matter, a content folder per section and a small
 * theme (header, the section list with the current section's pages, breadcrumb, contents,
 * previous/next, and a render hook that turns links to {@code .md} files into page links); for
 * MkDocs a {@code mkdocs.yml} whose nav lists the sections and topics in the router's order, with
 * the stock {@code mkdocs} theme. Neither checks links as skillsite does.
 */
final class ForeignSites {
    private ForeignSites() {
    }

    /** Writes {@code dir/hugo.toml}, {@code dir/content}, {@code dir/layouts} and {@code dir/static}. */
    static void writeHugo(Path skillRoot, Path dir, Path project) {
        Skill skill = new SkillParser().parse(skillRoot);
        try {
            Benchmark.deleteTree(dir);
            Path content = Files.createDirectories(dir.resolve("content"));
            write(dir.resolve("hugo.toml"), """
                    baseURL = "http://localhost/"
                    title = %s
                    disableKinds = ["taxonomy", "term", "RSS"]
                    enableRobotsTXT = false
                    [markup.goldmark.renderer]
                      unsafe = false
                    [markup.highlight]
                      # skillsite does not highlight code either: like for like
                      codeFences = false
                    [markup.tableOfContents]
                      startLevel = 2
                      endLevel = 3
                    """.formatted(quote(skill.title())));
            write(content.resolve("_index.md"), frontMatter(skill.title(), 0) + body(Files.readString(skill.skillFile())));
            int sectionWeight = 0;
            for (Section section : skill.sections()) {
                Path folder = Files.createDirectories(content.resolve(section.slug()));
                write(folder.resolve("_index.md"), frontMatter(section.title(), ++sectionWeight));
                int weight = 0;
                for (Topic topic : section.topics()) {
                    String markdown = Files.readString(skillRoot.resolve(topic.source()), StandardCharsets.UTF_8);
                    write(folder.resolve(topic.source().getFileName().toString()), frontMatter(title(markdown, topic.name()), ++weight) + markdown);
                }
            }
            Path layouts = Files.createDirectories(dir.resolve("layouts/_default/_markup"));
            write(layouts.resolve("render-link.html"), HUGO_RENDER_LINK);
            write(dir.resolve("layouts/_default/baseof.html"), HUGO_BASEOF);
            write(dir.resolve("layouts/_default/single.html"), HUGO_SINGLE);
            write(dir.resolve("layouts/_default/list.html"), HUGO_LIST);
            write(dir.resolve("layouts/404.html"), HUGO_404);
            copyTree(project.resolve("assets"), dir.resolve("static"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Hugo site into " + dir, e);
        }
    }

    /** Writes {@code dir/mkdocs.yml} and {@code dir/docs}: SKILL.md and the reference folder, byte for byte. */
    static void writeMkDocs(Path skillRoot, Path dir, Path project) {
        Skill skill = new SkillParser().parse(skillRoot);
        try {
            Benchmark.deleteTree(dir);
            Path docs = Files.createDirectories(dir.resolve("docs"));
            Files.copy(skill.skillFile(), docs.resolve(Skill.SKILL_FILE));
            StringBuilder yml = new StringBuilder();
            yml.append("site_name: ").append(quote(skill.title())).append('\n')
                    .append("docs_dir: docs\nsite_dir: site\nuse_directory_urls: false\n")
                    .append("theme:\n  name: mkdocs\n")
                    .append("markdown_extensions:\n  - tables\n  - fenced_code\n  - toc:\n      permalink: true\n")
                    .append("nav:\n  - Home: SKILL.md\n");
            for (Section section : skill.sections()) {
                yml.append("  - ").append(quote(section.title())).append(":\n");
                for (Topic topic : section.topics()) {
                    Path target = docs.resolve(topic.source());
                    Files.createDirectories(target.getParent());
                    if (!Files.exists(target)) {
                        Files.copy(skillRoot.resolve(topic.source()), target);
                    }
                    yml.append("    - ").append(quote(topic.name())).append(": ")
                            .append(quote(topic.source().toString().replace('\\', '/'))).append('\n');
                }
            }
            write(dir.resolve("mkdocs.yml"), yml.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the MkDocs site into " + dir, e);
        }
    }

    private static String frontMatter(String title, int weight) {
        return "---\ntitle: " + quote(title) + "\nweight: " + weight + "\n---\n";
    }

    /** SKILL.md without its own front matter, which Hugo would otherwise read as the page's. */
    private static String body(String skillFile) {
        if (skillFile.startsWith("---")) {
            int end = skillFile.indexOf("\n---", 3);
            if (end > 0) {
                int next = skillFile.indexOf('\n', end + 4);
                return next < 0 ? "" : skillFile.substring(next + 1);
            }
        }
        return skillFile;
    }

    private static String title(String markdown, String fallback) {
        for (String line : (Iterable<String>) markdown.lines()::iterator) {
            if (line.startsWith("# ")) {
                return line.substring(2).strip();
            }
        }
        return fallback;
    }

    /** A double-quoted string that TOML and YAML read alike. */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Copies a folder's files into {@code to}; a missing folder copies nothing. */
    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Links to other markdown files become links to their pages, found by file name as skillsite finds them by path. */
    private static final String HUGO_RENDER_LINK = """
            {{- $u := urls.Parse .Destination -}}
            {{- $href := .Destination -}}
            {{- if and (not $u.Scheme) (strings.HasSuffix $u.Path ".md") -}}
              {{- $base := path.Base $u.Path -}}
              {{- if eq $base "SKILL.md" -}}{{- $href = site.Home.RelPermalink -}}{{- else -}}{{- $href = relref .Page $base -}}{{- end -}}
              {{- with $u.Fragment -}}{{- $href = printf "%s#%s" $href . -}}{{- end -}}
            {{- end -}}
            <a href="{{ $href | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
            """;

    private static final String HUGO_BASEOF = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} · {{ site.Title }}</title>
            <link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
            <script src="{{ "js/theme.js" | relURL }}"></script>
            </head>
            <body>
            <header class="site-header"><a class="site-title" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></header>
            <div class="layout">
            <nav class="site-nav"><ul>
            {{- $current := . -}}
            {{- range site.Sections.ByWeight -}}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span class="count">{{ len .Pages }}</span>
            {{- if eq .Section $current.Section -}}
            <ul>{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}"{{ if eq .RelPermalink $current.RelPermalink }} aria-current="page"{{ end }}>{{ .Title }}</a></li>{{ end }}</ul>
            {{- end -}}
            </li>
            {{- end -}}
            </ul></nav>
            <main id="content" class="content">{{ block "main" . }}{{ end }}</main>
            </div>
            <footer class="site-footer"><p>{{ site.Title }} · built with Hugo</p></footer>
            <script src="{{ "js/site.js" | relURL }}"></script>
            </body>
            </html>
            """;

    private static final String HUGO_SINGLE = """
            {{ define "main" }}
            <nav class="breadcrumb"><a href="{{ site.Home.RelPermalink }}">Home</a> › <a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a> › {{ .Title }}</nav>
            <article class="topic">{{ .Content }}</article>
            <nav class="pager">
            {{ with .PrevInSection }}<a class="previous" rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a class="next" rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            </nav>
            <nav class="toc">{{ .TableOfContents }}</nav>
            {{ end }}
            """;

    private static final String HUGO_LIST = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ .Content }}
            <ul>{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
            {{ end }}
            """;

    private static final String HUGO_404 = """
            {{ define "main" }}<h1>Page not found</h1><p><a href="{{ site.Home.RelPermalink }}">Home</a></p>{{ end }}
            """;

    static List<String> hugoCommand(String hugo, Path dir, Path out) {
        return List.of(hugo, "--source", dir.toString(), "--destination", out.toString(), "--quiet",
                "--cacheDir", dir.resolve(".hugo-cache").toString());
    }

    static List<String> mkdocsCommand(String mkdocs, Path dir) {
        return List.of(mkdocs, "build", "--quiet", "--config-file", dir.resolve("mkdocs.yml").toString());
    }
}
