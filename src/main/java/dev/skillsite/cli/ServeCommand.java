package dev.skillsite.cli;

import dev.skillsite.build.BuildOptions;
import dev.skillsite.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Build, serve on http://127.0.0.1:PORT/, rebuild on every change and reload open tabs.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    SkillOptions skill;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/preview",
            description = "The preview folder (default: ${DEFAULT-VALUE}).")
    Path out;

    private int port;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    void port(int port) {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port takes a port number from 0 to 65535, not " + port);
        }
        this.port = port;
    }

    /** Runs until Ctrl-C, whose shutdown hook stops the watcher, the event streams and the server. */
    @Override
    public Integer call() throws InterruptedException {
        BuildOptions options = new BuildOptions(skill.content, out, skill.project, "", "/", true);
        PrintStream stdout = main.out();
        PreviewServer preview;
        try {
            preview = PreviewServer.start(options, port, stdout, main.err());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "skillsite-stop"));
        stdout.println("Serving " + options.out() + " at " + preview.address() + " (watching " + preview.watched().size()
                + " folders and jbake.properties with " + preview.watchService() + "; Ctrl-C stops)");
        try {
            preview.awaitClose();
        } finally {
            preview.close();
        }
        stdout.println("Stopped.");
        return Main.OK;
    }
}
