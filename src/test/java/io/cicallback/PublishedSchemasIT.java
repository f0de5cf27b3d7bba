package io.cicallback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schemas as the jar ships them work with tools that know nothing of ci-callback: every example of every
 * type (each one the library accepts strictly) is valid for the JDK's XSD validator and for xmllint against
 * {@code callback.xsd}, and for ajv and jsonschema against {@code callback.wire.schema.json} (the JSON as Tencent
 * sends it), which also resolve the hand-written files by their {@code $id}s. xmllint and the JSON validators
 * are outside tools: where they are missing the checks are skipped, except under CI ({@code CI=true}), whose
 * script installs them.
 */
class PublishedSchemasIT {

    private static final Path PROJECT = Path.of(System.getProperty("cicallback.projectDir", "."));
    private static final Path JSON_TOOLS = PROJECT.resolve("src/test/json-tools");

    @TempDir
    static Path shipped;

    @BeforeAll
    static void extractTheSchemasFromTheJar() throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(PROJECT.resolve("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("ci-callback-[0-9.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow();
        }
        try (var zip = new JarFile(jar.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                var name = entry.getName();
                if (!entry.isDirectory() && name.startsWith("io/cicallback/schema/")) {
                    var target = shipped.resolve(name.substring("io/cicallback/schema/".length()));
                    Files.createDirectories(target.getParent());
                    try (var in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        assertThat(shipped.resolve("callback.xsd")).exists();
        assertThat(shipped.resolve("callback.wire.schema.json")).exists();
    }

    private static List<Path> examples(String extension) {
        var out = Fixtures.allExamples().stream().filter(p -> p.toString().endsWith(extension)).toList();
        assertThat(out).as("examples " + extension).hasSizeGreaterThan(30);
        return out;
    }

    @Test
    void theJdksValidatorAcceptsEveryXmlExample() throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        var validator = factory.newSchema(shipped.resolve("callback.xsd").toFile()).newValidator();
        for (var example : examples(".xml")) {
            validator.validate(new StreamSource(example.toFile())); // throws, naming the line, when invalid
        }
    }

    @Test
    void xmllintAcceptsEveryXmlExample() throws Exception {
        requireTool("xmllint", "--version");
        var command = new ArrayList<>(List.of("xmllint", "--noout", "--schema", shipped.resolve("callback.xsd").toString()));
        examples(".xml").forEach(p -> command.add(p.toString()));
        var run = run(command);
        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).contains("validates").doesNotContain("fails to validate");
    }

    @Test
    void ajvAndJsonschemaAcceptEveryJsonExample() throws Exception {
        requireTool("node", "--version");
        if (!Files.isDirectory(JSON_TOOLS.resolve("node_modules"))) {
            notAvailable("the JSON validators (npm ci --prefix src/test/json-tools)");
        }
        var examples = examples(".json");
        var command = new ArrayList<>(List.of("node", JSON_TOOLS.resolve("validate.mjs").toString(), shipped.toString(),
                "callback.wire.schema.json"));
        examples.forEach(p -> command.add(p.toString()));
        var run = run(command);
        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output.lines().filter(l -> l.endsWith(": valid (ajv, jsonschema)"))).hasSize(examples.size());
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private static void requireTool(String... versionCommand) throws Exception {
        try {
            if (run(List.of(versionCommand)).exit == 0) {
                return;
            }
        } catch (IOException e) {
            // not installed
        }
        notAvailable(versionCommand[0]);
    }

    private static void notAvailable(String tool) {
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(tool + " is missing: .ci/run installs it");
        }
        Assumptions.abort(tool + " is not installed here; CI runs this check");
    }
}
