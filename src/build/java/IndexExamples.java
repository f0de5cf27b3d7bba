import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (run by Maven in Java's single-file source mode at generate-resources): gathers the example
 * callbacks of every job type ({@code schema/jobs/<Tag>/examples/}) and of the workflow event ({@code
 * schema/workflow/examples/}) into the test kit's fixtures, as {@code <Tag>/<file>}, with an index the test kit
 * lists them from. Adding a type's examples needs no code.
 *
 * <p>Arguments: the schema folder, the output resource folder.
 */
public final class IndexExamples {

    public static void main(String[] args) throws IOException {
        var schema = Path.of(args[0]);
        var fixtures = Path.of(args[1]).resolve("io/cicallback/testkit/fixtures");
        var names = new ArrayList<String>();
        try (Stream<Path> types = Files.list(schema.resolve("jobs"))) {
            for (var type : types.sorted().toList()) {
                copy(type.resolve("examples"), type.getFileName().toString(), fixtures, names);
            }
        }
        copy(schema.resolve("workflow/examples"), "WorkflowFinish", fixtures, names);
        Files.writeString(fixtures.resolve("index.txt"), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
    }

    private static void copy(Path examples, String type, Path fixtures, List<String> names) throws IOException {
        if (!Files.isDirectory(examples)) {
            return;
        }
        try (Stream<Path> files = Files.list(examples)) {
            for (var file : files.filter(f -> f.toString().endsWith(".xml") || f.toString().endsWith(".json"))
                    .sorted().toList()) {
                var name = type + "/" + file.getFileName();
                Files.createDirectories(fixtures.resolve(type));
                Files.copy(file, fixtures.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                names.add(name);
            }
        }
    }
}
