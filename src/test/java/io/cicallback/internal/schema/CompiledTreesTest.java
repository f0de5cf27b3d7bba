package io.cicallback.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The trees compiled into the jar are the trees the schema files describe, node for node. */
class CompiledTreesTest {

    @Test
    void theCompiledTreesAreTheSchemasTrees() throws Exception {
        var fromFiles = CallbackSchemas.readTrees(SchemaFiles.directory(Path.of("schema")));
        var compiled = CallbackSchemas.get();

        assertThat(compiled.xmlTree()).isEqualTo(fromFiles.xml());
        assertThat(compiled.jsonTree()).isEqualTo(fromFiles.json());
        // Something to compare: every job type's part is in them, the key/value node marked open.
        assertThat(compiled.xmlTree().at("/JobsDetail/Operation/PosterProduction/Info").open()).isTrue();
        assertThat(compiled.jsonTree().at("/JobsDetail/Operation/PosterProduction/Info").open()).isTrue();
        assertThat(compiled.xmlTree().at("/JobsDetail/Operation").children()).hasSizeGreaterThan(60);
    }

    @Test
    void writingAndReadingGivesTheSameTrees() throws Exception {
        var trees = CallbackSchemas.readTrees(SchemaFiles.directory(Path.of("schema")));
        var out = new ByteArrayOutputStream();
        CompiledTrees.write(trees, out);

        assertThat(CompiledTrees.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(trees);
    }
}
