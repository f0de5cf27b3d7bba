package io.cicallback.cli;

import io.cicallback.value.WireFormat;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.DisplayText;
import io.cicallback.write.CallbackWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code convert --to xml|json [--strict] [--format xml|json] FILE...} */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Writes each callback in the other (or the same) format on standard output, one after another.",
                "Findings go to standard error. Exit 0 when all are converted whole, 1 when one is rejected, 2 when",
                "one cannot be read, 5 when one was converted without a value it held (what neither format can",
                "carry: an attribute, a namespace, a key that is no XML name), each named on standard error.",
                "Unknown nodes and the text of malformed values are kept and written back in either format."})
final class ConvertCommand implements Callable<Integer> {

    /** Exit code: all converted, but one without a value it held, which the model has no place for. */
    static final int LEFT_OUT = 5;

    @ParentCommand
    CliMain main;

    @Option(names = "--to", required = true, paramLabel = "xml|json", converter = FormatOption.class,
            description = "The format to write.")
    WireFormat to;

    @Mixin
    ReadOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Callback files; - for standard input.")
    List<String> files;

    @Override
    public Integer call() {
        var io = main.io;
        var reader = options.reader();
        var leftOut = new boolean[1];
        int exit = Inputs.forEach(files, io, input -> {
            try {
                var result = Inputs.readCallback(reader, input, options.format);
                Inputs.print(io.err(), input.name(), result.format(), result.findings());
                CallbackWriter.write(result.callback(), to, io.out());
                io.out().flush();
                for (var path : result.leftOut()) {
                    io.err().println(DisplayText.escape(input.name()) + ": not in the output: " + DisplayText.escape(path));
                }
                int unnamed = result.leftOutCount() - result.leftOut().size();
                if (unnamed > 0) {
                    io.err().println(DisplayText.escape(input.name()) + ": not in the output: " + unnamed + " more value"
                            + (unnamed == 1 ? "" : "s") + " (see the findings)");
                }
                leftOut[0] |= !result.isComplete();
                return CliMain.OK;
            } catch (CallbackRejectedException e) {
                Inputs.print(io.err(), input.name(), Inputs.formatOf(input, options.format), e.findings());
                io.err().println(DisplayText.escape(input.name()) + ": rejected");
                return CliMain.REJECTED;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // A rejected or unreadable file says more than a value left out of another.
        return exit == CliMain.OK && leftOut[0] ? LEFT_OUT : exit;
    }
}
