package io.cicallback.cli;

import io.cicallback.cli.doccheck.DocCheck;
import io.cicallback.validate.DisplayText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code doccheck DOC...}: where Tencent's doc pages and our schemas disagree. */
@Command(name = "doccheck", mixinStandardHelpOptions = true,
        description = {"Compares Tencent doc pages (Markdown) with the schemas: node tables and sample payloads.",
                "Prints DOC:LINE: error|info: PATH: message lines and a verdict per page on standard output.",
                "Exit 0 when every page is in sync, 1 when one is not, 2 when a page cannot be read."})
final class DoccheckCommand implements Callable<Integer> {

    @ParentCommand
    CliMain main;

    @Parameters(arity = "1..*", paramLabel = "DOC", description = "Doc pages in Markdown; - for standard input.")
    List<String> docs;

    @Override
    public Integer call() {
        var io = main.io;
        var check = new DocCheck();
        return Inputs.forEach(docs, io, input -> {
            var name = input.name();
            var problems = check.check(new String(input.bytes(), StandardCharsets.UTF_8));
            for (var problem : problems) {
                io.out().println(DisplayText.escape(name + ":" + problem.line() + ": " + (problem.error() ? "error" : "info")
                        + ": " + (problem.path().isEmpty() ? "(page)" : problem.path()) + ": " + problem.message()));
            }
            var errors = problems.stream().filter(DocCheck.Problem::error).count();
            io.out().println(DisplayText.escape(name) + ": " + (errors == 0 ? "in sync" : "out of sync (" + errors + " problem"
                    + (errors == 1 ? "" : "s") + ")"));
            return errors == 0 ? CliMain.OK : CliMain.REJECTED;
        });
    }
}
