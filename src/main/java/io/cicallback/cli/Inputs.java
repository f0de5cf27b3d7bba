package io.cicallback.cli;

import io.cicallback.internal.detect.FormatDetector;
import io.cicallback.value.WireFormat;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.DisplayText;
import io.cicallback.validate.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** What the commands share: reading a named input, and printing findings in the contract's line format. */
final class Inputs {

    private Inputs() {
    }

    /** A named input's bytes, or why they could not be read. */
    record Input(String name, byte[] bytes, String problem) {
    }

    static Input read(String name, CliMain.CliIo io) {
        try {
            var bytes = "-".equals(name) ? io.in().readAllBytes() : Files.readAllBytes(Path.of(name));
            return new Input(name, bytes, null);
        } catch (NoSuchFileException e) {
            return new Input(name, null, "no such file");
        } catch (IOException | RuntimeException e) {
            return new Input(name, null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The format to read an input as: forced, or detected from content and file extension. */
    static WireFormat formatOf(Input input, WireFormat forced) {
        if (forced != null) {
            return forced;
        }
        var hint = input.name().endsWith(".json") ? "application/json"
                : input.name().endsWith(".xml") ? "application/xml" : null;
        return FormatDetector.detect(input.bytes(), hint).orElse(WireFormat.XML);
    }

    /**
     * Reads an input as a callback.
     *
     * @return the result; rejections are thrown
     */
    static ReadResult readCallback(CallbackReader reader, Input input, WireFormat forced)
            throws CallbackRejectedException {
        return reader.readAs(input.bytes(), formatOf(input, forced));
    }

    /** Prints findings as {@code FILE:LINE:COLUMN: severity: PATH: message} or the JSON pointer form. */
    static void print(PrintStream stream, String name, WireFormat format, List<Finding> findings) {
        for (var finding : findings) {
            stream.println(line(name, format, finding));
        }
    }

    static String line(String name, WireFormat format, Finding finding) {
        name = DisplayText.escape(name);
        var message = finding.message(); // escaped by the library already
        if (finding.location().line() == 0 && finding.location().jsonPointer() == null) { // the whole body
            return name + ": " + finding.severity().word() + ": "
                    + (finding.path().isEmpty() ? "(body)" : finding.path()) + ": " + message;
        }
        if (format == WireFormat.JSON) {
            var pointer = finding.location().jsonPointer();
            pointer = pointer == null || pointer.isEmpty() ? "/" : pointer;
            var path = finding.path().isEmpty() ? "body" : finding.path();
            return name + ": " + finding.severity().word() + ": " + pointer + " (" + path + "): " + message;
        }
        var path = finding.path().isEmpty() ? "(body)" : finding.path();
        return name + ":" + finding.location().line() + ":" + finding.location().column() + ": "
                + finding.severity().word() + ": " + path + ": " + message;
    }

    /**
     * Runs {@code action} on each readable input, reporting unreadable ones on standard error.
     *
     * @return the highest exit code: {@link CliMain#USAGE} if any input was unreadable
     */
    static int forEach(List<String> names, CliMain.CliIo io, java.util.function.ToIntFunction<Input> action) {
        if (names.stream().filter("-"::equals).count() > 1) {
            io.err().println("ci-callback: standard input (-) can be named only once");
            return CliMain.USAGE;
        }
        int exit = CliMain.OK;
        for (var name : names) {
            var input = read(name, io);
            if (input.problem() != null) {
                unreadable(io, input);
                exit = CliMain.USAGE;
            } else {
                exit = Math.max(exit, action.applyAsInt(input));
            }
        }
        return exit;
    }

    static void unreadable(CliMain.CliIo io, Input input) {
        io.err().println(DisplayText.escape(input.name() + ": cannot read: " + input.problem()));
    }
}
