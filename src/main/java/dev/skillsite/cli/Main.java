package dev.skillsite.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The command line: {@code build} bakes a skill folder into a checked site, {@code check} checks any
 * folder of HTML, {@code serve} previews a skill as it is edited. Exit status 0 when clean, 1 on errors
 * in the input, 2 on bad usage.
 */
@Command(name = "skillsite", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class},
        description = "Turns an agent skill (SKILL.md and its markdown) into a cross-linked site and proves every link resolves.")
public final class Main implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"skillsite " + (version == null ? "(development build)" : version)};
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private boolean verbose;

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

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Runs one command line and returns its exit status. */
    int run(String... args) {
        return commandLine().execute(args);
    }

    /** An option of every command; picocli sets it here whichever command it follows. */
    @Option(names = {"--verbose", "-X"}, description = "Print library logs and stack traces.", scope = CommandLine.ScopeType.INHERIT)
    void verbose(boolean on) {
        verbose = on;
        if (on) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.DEBUG);
        }
    }

    /** With no command: the usage, as an error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return USAGE;
    }

    private CommandLine commandLine() {
        CommandLine line = new CommandLine(this);
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler((e, failed, parsed) -> e instanceof CommandLine.ParameterException usage
                // A command's own checks of its options, made once they were all read.
                ? failed.getParameterExceptionHandler().handleParseException(usage, parsed.originalArgs().toArray(String[]::new))
                : failure(e, failed.getCommandName()));
        return line;
    }

    /** One line per problem in the input, each naming a file and line; a stack trace only with --verbose. */
    private int failure(Exception e, String command) {
        if (e instanceof ProblemException problems) {
            List<Problem> list = problems.problems();
            list.forEach(err::println);
            err.println("skillsite: " + command + " failed with " + list.size() + " error" + (list.size() == 1 ? "" : "s"));
        } else {
            err.println("skillsite: " + command + " failed: " + e);
            if (!verbose) {
                err.println("(run with --verbose for the stack trace)");
            }
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        return FAILED;
    }
}
