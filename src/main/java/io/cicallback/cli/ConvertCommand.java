package io.cicallback.cli;

import io.cicallback.detect.WireFormat;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.DisplayText;
import io.cicallback.write.CallbackWriter;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code convert --to xml|json [--strict] FILE} */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Writes a callback in the other (or the same) format on standard output.",
                "Findings go to standard error. Exit 0 when converted, 1 when the input is rejected, 2 when it cannot be read."})
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    CliMain main;

    @Option(names = "--to", required = true, paramLabel = "xml|json", converter = FormatOption.class,
            description = "The format to write.")
    WireFormat to;

    @Mixin
    ReadOptions options;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The callback; - for standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        var io = main.io;
        var input = Inputs.read(file, io);
        if (input.problem() != null) {
            Inputs.unreadable(io, input);
            return CliMain.USAGE;
        }
        var reader = options.reader();
        try {
            var result = Inputs.readCallback(reader, input, options.format);
            Inputs.print(io.err(), file, result.format(), result.findings());
            CallbackWriter.write(result.callback(), to, io.out());
            io.out().flush();
            return CliMain.OK;
        } catch (CallbackRejectedException e) {
            Inputs.print(io.err(), file, Inputs.formatOf(input, options.format), e.findings());
            io.err().println(DisplayText.escape(file) + ": rejected");
            return CliMain.REJECTED;
        }
    }
}
