package io.cicallback.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code doccheck DOC...}: where Tencent's doc pages and our schemas disagree. */
@Command(name = "doccheck", mixinStandardHelpOptions = true,
        description = {"Compares Tencent doc pages (Markdown) with the schemas: node tables and sample payloads.",
                "Exit 0 when in sync, 1 when not, 2 when a page cannot be read."})
final class DoccheckCommand implements Callable<Integer> {

    @ParentCommand
    CliMain main;

    @Parameters(arity = "1..*", paramLabel = "DOC", description = "Doc pages in Markdown.")
    List<String> docs;

    @Override
    public Integer call() {
        main.io.err().println("doccheck: not available yet");
        return CliMain.USAGE;
    }
}
