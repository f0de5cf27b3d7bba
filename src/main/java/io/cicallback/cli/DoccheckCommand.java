package io.cicallback.cli;

import io.cicallback.cli.doccheck.DocCheck;
import io.cicallback.validate.DisplayText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code doccheck DOC...}: where Tencent's doc pages and our schemas disagree. */
@Command(name = "doccheck", mixinStandardHelpOptions = true,
        description = {"Compares Tencent doc pages (Markdown) with the schemas: callback pages and the job API pages",
                "(submit and query) they point to; node tables, and sample payloads (also after HTTP lines).",
                "A folder stands for the .md files in it. Pages are checked together: a callback page's verdict",
                "names the job API page of its type among them.",
                "Prints DOC:LINE: error|info: PATH: message lines and a verdict per page on standard output, saying",
                "how many rows and samples were compared and what was not.",
                "Exit 0 when every page is in sync, 1 when one is not, 2 when a page cannot be read."})
final class DoccheckCommand implements Callable<Integer> {

    @ParentCommand
    CliMain main;

    @Parameters(arity = "1..*", paramLabel = "DOC", description = "Doc pages in Markdown, or folders of them; - for standard input.")
    List<String> docs;

    @Override
    public Integer call() {
        var io = main.io;
        var pages = new ArrayList<DocCheck.Page>();
        int exit = Inputs.forEach(expand(docs), io, input -> {
            pages.add(new DocCheck.Page(input.name(), new String(input.bytes(), StandardCharsets.UTF_8)));
            return CliMain.OK;
        });
        for (var report : new DocCheck().check(pages)) {
            var name = report.name();
            for (var problem : report.problems()) {
                io.out().println(DisplayText.escape(name + ":" + problem.line() + ": " + (problem.error() ? "error" : "info")
                        + ": " + (problem.path().isEmpty() ? "(page)" : problem.path()) + ": " + problem.message()));
            }
            io.out().println(DisplayText.escape(name + ": " + report.verdict()));
            exit = Math.max(exit, report.errors() == 0 ? CliMain.OK : CliMain.REJECTED);
        }
        return exit;
    }

    /** @return the names, each folder replaced by the Markdown files in it and below, sorted */
    private static List<String> expand(List<String> names) {
        var expanded = new ArrayList<String>();
        for (var name : names) {
            var path = Path.of(name);
            if (!"-".equals(name) && Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).sorted()
                            .forEach(f -> expanded.add(f.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                expanded.add(name);
            }
        }
        return expanded;
    }
}
