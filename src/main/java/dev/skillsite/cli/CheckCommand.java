package dev.skillsite.cli;

import dev.skillsite.check.CheckReport;
import dev.skillsite.check.ExternalOptions;
import dev.skillsite.check.LinkChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Check every link of a folder of HTML pages, built by skillsite or anything else.")
final class CheckCommand implements Callable<Integer> {
    /** How a report is written: for people, for tools, or as annotations on a pull request. */
    enum Format { TEXT, JSON, GITHUB }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "DIR", description = "The folder of HTML to check.")
    Path dir;

    @Option(names = "--base-path", paramLabel = "PATH", defaultValue = "/",
            description = "The path the site is served under, for root-relative links (default: ${DEFAULT-VALUE}).")
    String basePath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or github (annotations on a pull request).")
    Format format;

    @Option(names = "--source-root", paramLabel = "DIR", defaultValue = "",
            description = "The folder data-source=\"file:line\" paths are relative to (the skill folder).")
    String sourceRoot;

    @Option(names = "--external", description = "Also ask other sites whether http(s) links answer (default: syntax only).")
    boolean external;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Where --external remembers answers (default: DIR/../" + ExternalOptions.CACHE_FILE + ").")
    Path cache;

    @Option(names = "--cache-max-age", paramLabel = "HOURS",
            description = "Hours an answer is trusted before asking again (default: 24).")
    Double cacheMaxAgeHours;

    @Override
    public Integer call() {
        if (!external && (cache != null || cacheMaxAgeHours != null)) {
            throw new ParameterException(spec.commandLine(), "--cache and --cache-max-age go with --external");
        }
        if (cacheMaxAgeHours != null && cacheMaxAgeHours < 0) {
            throw new ParameterException(spec.commandLine(), "--cache-max-age cannot be negative");
        }
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "'" + dir + "' is not a folder");
        }
        ExternalOptions network = null;
        if (external) {
            network = ExternalOptions.defaults().withCache(cache);
            if (cacheMaxAgeHours != null) {
                network = network.withCacheMaxAge(Duration.ofSeconds(Math.round(cacheMaxAgeHours * 3600)));
            }
        }
        CheckReport report = new LinkChecker(basePath, network).check(dir).withSourceRoot(sourceRoot.replace('\\', '/'));
        main.out().print(switch (format) {
            case JSON -> report.json();
            case GITHUB -> report.github(dir.toString().replace('\\', '/'));
            case TEXT -> report.text();
        });
        return report.passed() ? Main.OK : Main.FAILED;
    }
}
