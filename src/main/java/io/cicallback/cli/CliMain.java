package io.cicallback.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import io.cicallback.validate.DisplayText;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code ci-callback} command: a thin face over the library. Exit codes: 0 accepted, 1 rejected (or out
 * of sync, for {@code doccheck}; a non-2xx response, for {@code send}), 2 usage error or unreadable input, 3
 * internal error (a bug of ours: one line on standard error, the stack trace only with {@code --debug}), 4 no
 * response (for {@code send}). Documents go to standard output, messages to standard error; text from a body
 * is printed with its control characters escaped.
 */
@Command(name = "ci-callback",
        mixinStandardHelpOptions = true,
        versionProvider = CliMain.Version.class,
        description = "Validates, converts and inspects Tencent Cloud Infinite TaskFinish callbacks.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, InspectCommand.class, DoccheckCommand.class,
            SendCommand.class})
public final class CliMain implements Callable<Integer> {

    /** Exit code: every input accepted. */
    public static final int OK = 0;
    /** Exit code: an input was rejected (or a doc page disagrees with the schemas). */
    public static final int REJECTED = 1;
    /** Exit code: a usage error or an unreadable input. */
    public static final int USAGE = 2;
    /** Exit code: the tool itself failed; not the input's fault. */
    public static final int INTERNAL = 3;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of unexpected errors.")
    boolean debug;

    final CliIo io;

    CliMain(CliIo io) {
        this.io = io;
    }

    @Spec
    CommandSpec spec;

    /** Without a command there is nothing to do: say how to use the tool, as for any usage error. */
    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        err.println("ci-callback: a command is required");
        spec.commandLine().usage(err);
        return USAGE;
    }

    /**
     * Runs the command line and returns its exit code; used by {@link #main} and by tests.
     *
     * @param io   the streams to use
     * @param args the arguments
     * @return the exit code
     */
    public static int run(CliIo io, String... args) {
        var main = new CliMain(io);
        var commandLine = new CommandLine(main)
                .setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8))
                .setExecutionExceptionHandler((e, cmd, parsed) -> internalError(e, main.debug, io.err()));
        try {
            return commandLine.execute(args);
        } catch (RuntimeException | Error e) { // outside a command's execution, e.g. while printing help
            return internalError(e, main.debug || List.of(args).contains("--debug"), io.err());
        }
    }

    private static int internalError(Throwable e, boolean debug, PrintStream err) {
        err.println("ci-callback: internal error: " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + DisplayText.escape(e.getMessage().lines().findFirst().orElse("")))
                + (debug ? "" : " (run with --debug for the stack trace)"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }

    /** @param args the command line */
    public static void main(String[] args) {
        System.exit(run(new CliIo(System.in, System.out, System.err), args));
    }

    /**
     * The standard streams a run uses.
     *
     * @param in  standard input, for the file name {@code -}
     * @param out documents and reports
     * @param err messages
     */
    public record CliIo(InputStream in, PrintStream out, PrintStream err) {
    }

    /** Reads the version the build wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var properties = new Properties();
            try (var in = CliMain.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"ci-callback " + properties.getProperty("version", "unknown")};
        }
    }
}
