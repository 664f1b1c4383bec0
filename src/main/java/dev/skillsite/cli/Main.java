package dev.skillsite.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.skillsite.build.BuildOptions;
import dev.skillsite.build.BuildResult;
import dev.skillsite.build.SiteBuild;
import dev.skillsite.check.CheckReport;
import dev.skillsite.check.LinkChecker;
import dev.skillsite.skill.ProblemException;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The command line: {@code build} bakes a skill folder into a checked site, {@code check} checks any
 * folder of HTML. Exit status 0 when clean, 1 on errors in the input, 2 on bad usage.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage:
              skillsite build [--content DIR] [--out DIR] [--project DIR] [--base-url URL] [--base-path PATH] [--clean] [--verbose]
              skillsite check DIR [--base-path PATH] [--format text|json|github] [--source-root DIR]
                              [--external [--cache FILE] [--cache-max-age HOURS]] [--verbose]
              skillsite serve [--content DIR] [--project DIR] [--out DIR] [--port N] [--verbose]

            build   turn DIR/SKILL.md and its reference/*.md into a cross-linked site and check every link.
                    --content   the skill folder (default: content)
                    --out       the site folder, replaced only when the build passes (default: target/site)
                    --project   the folder with jbake.properties, templates/ and assets/ (default: .)
                    --base-url  the published URL, for sitemap.xml (overrides site.host)
                    --base-path the path the site is served under, for root-relative links (default: /)
                    --clean     ignore what the previous build left (OUT and .OUT.cache beside it) and
                                build everything; by default unchanged topics and pages are reused
            check   check every link of a folder of HTML pages, built by skillsite or anything else.
                    --base-path     the path the site is served under, for root-relative links (default: /)
                    --format        text (default), json, or github (annotations on a pull request)
                    --source-root   the folder data-source="file:line" paths are relative to (the skill folder)
                    --external      also ask other sites whether http(s) links answer (default: syntax only)
                    --cache         where --external remembers answers (default: DIR/../skillsite-link-cache.tsv)
                    --cache-max-age hours an answer is trusted before asking again (default: 24)
            serve   build, serve on http://127.0.0.1:PORT/, rebuild on every change and reload open tabs.
                    --content, --project as for build
                    --out       the preview folder (default: target/preview)
                    --port      the port on 127.0.0.1 (default: 8000; 0 picks a free one)
            """;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int status = new Main(System.out, System.err).run(args);
        if (status != OK) {
            System.exit(status);
        }
    }

    int run(String... arguments) {
        Deque<String> args = new ArrayDeque<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 0) { // --out=DIR is --out DIR
                args.add(argument.substring(0, equals));
                args.add(argument.substring(equals + 1));
            } else {
                args.add(argument);
            }
        }
        boolean verbose = args.remove("--verbose") | args.remove("-X");
        if (verbose) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.DEBUG);
        }
        if (args.isEmpty() || args.peek().equals("--help") || args.peek().equals("-h")) {
            (args.isEmpty() ? err : out).print(USAGE_TEXT);
            return args.isEmpty() ? USAGE : OK;
        }
        String command = args.pop();
        try {
            return switch (command) {
                case "build" -> build(args);
                case "check" -> check(args);
                case "serve" -> serve(args);
                default -> usage("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (ProblemException e) {
            e.problems().forEach(p -> err.println(p));
            err.println("skillsite: " + command + " failed with " + e.problems().size() + " error" + (e.problems().size() == 1 ? "" : "s"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return FAILED;
        } catch (RuntimeException e) {
            err.println("skillsite: " + command + " failed: " + e);
            if (verbose) {
                e.printStackTrace(err);
            } else {
                err.println("(run with --verbose for the stack trace)");
            }
            return FAILED;
        }
    }

    private int build(Deque<String> args) {
        BuildOptions options = BuildOptions.defaults();
        while (!args.isEmpty()) {
            String flag = args.pop();
            switch (flag) {
                case "--content" -> options = options.withContent(Path.of(value(flag, args)));
                case "--out" -> options = options.withOut(Path.of(value(flag, args)));
                case "--project" -> options = options.withProject(Path.of(value(flag, args)));
                case "--base-url" -> options = options.withBaseUrl(value(flag, args));
                case "--base-path" -> options = options.withBasePath(value(flag, args));
                case "--clean" -> options = options.withIncremental(false);
                default -> throw new UsageException("unknown option '" + flag + "' for build");
            }
        }
        BuildResult result = new SiteBuild().run(options);
        result.warnings().forEach(w -> err.println(w));
        out.printf(Locale.ROOT, "Built %d pages (%d topics in %d sections) into %s in %d ms; %d links checked, %d warning%s%n",
                result.pages(), result.topics(), result.sections(), options.out(), result.times().totalMillis(),
                result.check().links(), result.warnings().size(), result.warnings().size() == 1 ? "" : "s");
        out.println("  stages: " + result.times());
        out.println("  " + result.reuse());
        return OK;
    }

    /** Runs until Ctrl-C, whose shutdown hook stops the watcher, the event streams and the server. */
    private int serve(Deque<String> args) {
        BuildOptions options = BuildOptions.defaults().withOut(Path.of("target", "preview"));
        int port = 8000;
        while (!args.isEmpty()) {
            String flag = args.pop();
            switch (flag) {
                case "--content" -> options = options.withContent(Path.of(value(flag, args)));
                case "--project" -> options = options.withProject(Path.of(value(flag, args)));
                case "--out" -> options = options.withOut(Path.of(value(flag, args)));
                case "--port" -> {
                    String number = value(flag, args);
                    try {
                        port = Integer.parseInt(number);
                    } catch (NumberFormatException e) {
                        port = -1;
                    }
                    if (port < 0 || port > 65535) {
                        throw new UsageException("--port takes a port number from 0 to 65535, not '" + number + "'");
                    }
                }
                default -> throw new UsageException("unknown option '" + flag + "' for serve");
            }
        }
        dev.skillsite.serve.PreviewServer preview;
        try {
            preview = dev.skillsite.serve.PreviewServer.start(options, port, out, err);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "skillsite-stop"));
        out.println("Serving " + options.out() + " at " + preview.address() + " (watching " + preview.watched().size()
                + " folders and jbake.properties with " + preview.watchService() + "; Ctrl-C stops)");
        try {
            preview.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
        out.println("Stopped.");
        return OK;
    }

    private int check(Deque<String> args) {
        Path dir = null;
        String basePath = "/";
        String format = "text";
        String sourceRoot = "";
        boolean external = false;
        Path cache = null;
        java.time.Duration cacheMaxAge = null;
        while (!args.isEmpty()) {
            String arg = args.pop();
            switch (arg) {
                case "--base-path" -> basePath = value(arg, args);
                case "--format" -> format = value(arg, args);
                case "--source-root" -> sourceRoot = value(arg, args).replace('\\', '/');
                case "--external" -> external = true;
                case "--cache" -> cache = Path.of(value(arg, args));
                case "--cache-max-age" -> {
                    String hours = value(arg, args);
                    try {
                        cacheMaxAge = java.time.Duration.ofSeconds(Math.round(Double.parseDouble(hours) * 3600));
                    } catch (NumberFormatException e) {
                        throw new UsageException("--cache-max-age takes hours, such as 24 or 0.5, not '" + hours + "'");
                    }
                    if (cacheMaxAge.isNegative()) {
                        throw new UsageException("--cache-max-age cannot be negative");
                    }
                }
                default -> {
                    if (arg.startsWith("--") || dir != null) {
                        throw new UsageException("unexpected argument '" + arg + "' for check");
                    }
                    dir = Path.of(arg);
                }
            }
        }
        if (dir == null) {
            throw new UsageException("check needs the folder to check");
        }
        if (!java.util.List.of("text", "json", "github").contains(format)) {
            throw new UsageException("--format takes text, json or github, not '" + format + "'");
        }
        if (!external && (cache != null || cacheMaxAge != null)) {
            throw new UsageException("--cache and --cache-max-age go with --external");
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageException("'" + dir + "' is not a folder");
        }
        dev.skillsite.check.ExternalOptions network = null;
        if (external) {
            network = dev.skillsite.check.ExternalOptions.defaults().withCache(cache);
            network = cacheMaxAge == null ? network : network.withCacheMaxAge(cacheMaxAge);
        }
        CheckReport report = new LinkChecker(basePath, network).check(dir).withSourceRoot(sourceRoot);
        out.print(switch (format) {
            case "json" -> report.json();
            case "github" -> report.github(dir.toString().replace('\\', '/'));
            default -> report.text();
        });
        return report.passed() ? OK : FAILED;
    }

    private static String value(String flag, Deque<String> args) {
        if (args.isEmpty() || args.peek().startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args.pop();
    }

    private int usage(String message) {
        err.println("skillsite: " + message);
        err.print(USAGE_TEXT);
        return USAGE;
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
