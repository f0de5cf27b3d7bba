package io.cicallback.cli;

import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.DisplayText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code validate [--strict] [--format xml|json] FILE...} */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks callbacks against the schemas. Lenient unless --strict.",
                "Prints one line per finding and a verdict per file on standard output.",
                "Exit 0 when every file is accepted (warnings allowed), 1 when any is rejected, 2 when a file cannot be read."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    CliMain main;

    @Mixin
    ReadOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Callback files; - for standard input.")
    List<String> files;

    @Override
    public Integer call() {
        var reader = options.reader();
        var io = main.io;
        return Inputs.forEach(files, io, input -> {
            var name = input.name();
            var shownAs = Inputs.formatOf(input, options.format);
            try {
                var result = Inputs.readCallback(reader, input, options.format);
                Inputs.print(io.out(), name, shownAs, result.findings());
                var warnings = result.findings().size();
                io.out().println(DisplayText.escape(name) + ": accepted" + (warnings == 0 ? "" : " with " + plural(warnings, "warning")));
                return CliMain.OK;
            } catch (CallbackRejectedException e) {
                Inputs.print(io.out(), name, shownAs, e.findings());
                var errors = e.errors().size();
                io.out().println(DisplayText.escape(name) + ": rejected (" + plural(errors, "error") + ", "
                        + plural(e.findings().size() - errors, "warning") + ")");
                return CliMain.REJECTED;
            }
        });
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
