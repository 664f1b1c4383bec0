package dev.skillsite.cli;

import dev.skillsite.build.BuildOptions;
import dev.skillsite.build.BuildResult;
import dev.skillsite.build.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Turn a skill, or a repository of skills, into a cross-linked site and check every link.")
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    SkillOptions skill;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site",
            description = "The site folder, replaced only when the build passes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "",
            description = "The published URL, for sitemap.xml, robots.txt, canonical URLs and link previews (overrides site.host).")
    String baseUrl;

    @Option(names = "--base-path", paramLabel = "PATH", defaultValue = "",
            description = "The path the site is served under, for the 404 page and root-relative links "
                    + "(default: the path of the published URL, else /).")
    String basePath;

    @Option(names = "--clean", description = "Ignore what the previous build left (OUT and .OUT.cache beside it) and build everything.")
    boolean clean;

    @Option(names = "--strict", arity = "0..1", fallbackValue = "true",
            description = "Fail on warnings as on errors: nothing is published (--strict=false turns it off).")
    boolean strict;

    @Override
    public Integer call() {
        BuildOptions options = new BuildOptions(skill.content, out, skill.project, baseUrl, basePath, !clean, strict);
        BuildResult result = new SiteBuild().run(options);
        PrintStream stdout = main.out();
        result.warnings().forEach(main.err()::println);
        stdout.printf(Locale.ROOT, "Built %d pages (%s%d topics in %d sections) into %s in %d ms; %d links checked, %d warning%s%n",
                result.pages(), result.skills() == 1 ? "" : result.skills() + " skills, ", result.topics(), result.sections(),
                options.out(), result.times().totalMillis(),
                result.check().links(), result.warnings().size(), result.warnings().size() == 1 ? "" : "s");
        stdout.println("  stages: " + result.times());
        stdout.println("  " + result.cacheHits());
        return Main.OK;
    }
}
