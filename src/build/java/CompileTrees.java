import io.cicallback.internal.bind.ModelTargets;
import io.cicallback.internal.schema.CallbackSchemas;
import io.cicallback.internal.schema.CompiledTrees;
import io.cicallback.internal.schema.SchemaFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step, after compilation: reads both hand-written schemas into their node trees, with the library's own
 * readers, finds where each node goes in the compiled model classes ({@code ModelTargets}: a node the model
 * lacks fails the build here), and writes both into the classes as {@code CompiledTrees.RESOURCE}, the grammar
 * the readers load instead of parsing the schemas on a first read.
 *
 * <p>Usage: {@code java -cp CLASSPATH CompileTrees.java SCHEMA_DIR CLASSES_DIR}
 */
public final class CompileTrees {

    public static void main(String[] args) throws Exception {
        var trees = CallbackSchemas.readTrees(SchemaFiles.directory(Path.of(args[0])));
        trees = trees.withTargets(ModelTargets.of(trees.xml()), ModelTargets.of(trees.json()));
        var target = Path.of(args[1], CompiledTrees.RESOURCE.substring(1));
        Files.createDirectories(target.getParent());
        try (var out = Files.newOutputStream(target)) {
            CompiledTrees.write(trees, out);
        }
    }

    private CompileTrees() {
    }
}
