package io.cicallback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.internal.schema.CallbackSchemas;
import io.cicallback.internal.schema.SchemaNode;
import jakarta.xml.bind.annotation.XmlElement;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The node table in {@code generated-sources.md} must match what the build generates. When it is stale the
 * test fails and writes the fresh table to {@code target/node-table.md}; run
 * {@code mvn test -Dtest=GeneratedSourcesDocTest -Dcicallback.updateDocs=true} to rewrite it in place.
 */
class GeneratedSourcesDocTest {

    private static final Path DOC = Path.of("generated-sources.md");
    private static final String START = "<!-- node-table:start (written by GeneratedSourcesDocTest) -->";
    private static final String END = "<!-- node-table:end -->";

    @Test
    void nodeTableMatchesTheGeneratedClasses() throws Exception {
        var table = nodeTable();
        var doc = Files.readString(DOC);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("generated-sources.md has the table markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        var current = doc.substring(start + START.length(), end).strip();
        if (!current.equals(table.strip())) {
            if (Boolean.getBoolean("cicallback.updateDocs")) {
                Files.writeString(DOC, doc.substring(0, start + START.length()) + "\n" + table + doc.substring(end));
                return;
            }
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "node-table.md"), table);
        }
        assertThat(current).as("node table in generated-sources.md (fresh copy in target/node-table.md)")
                .isEqualTo(table.strip());
    }

    static String nodeTable() {
        var out = new StringBuilder();
        out.append("| Node | Schema type | Occurs | Model (JAXB) class.property : Java type | JSON wire POJO class.property |\n");
        out.append("|---|---|---|---|---|\n");
        rows(CallbackSchemas.get().xmlTree(), "Response", io.cicallback.internal.bind.CallbackEnvelope.class, io.cicallback.internal.wire.json.CallbackEnvelopeJson.class, out);
        return out.toString();
    }

    /**
     * Operation's children every job type shares; a job type's own nodes are left out of the table (they follow
     * the same rules, and each type's README describes them), so that it stays readable.
     */
    private static final java.util.Set<String> SHARED_OPERATION = java.util.Set.of("MediaInfo", "MediaResult", "Output",
            "UserData", "JobLevel", "TemplateId", "TemplateName", "TranscodeTemplateId", "WatermarkTemplateId");

    private static void rows(SchemaNode node, String path, Class<?> model, Class<?> wire, StringBuilder out) {
        for (var child : node.children().values()) {
            var childPath = path + "." + child.name();
            if (path.endsWith(".Operation") && !SHARED_OPERATION.contains(child.name())) {
                continue;
            }
            var modelField = field(model, f -> f.isAnnotationPresent(XmlElement.class)
                    ? f.getAnnotation(XmlElement.class).name().equals(child.name()) : f.getName().equals(child.name()));
            var wireField = field(wire, f -> f.isAnnotationPresent(JsonProperty.class)
                    && f.getAnnotation(JsonProperty.class).value().equals(child.name()));
            out.append("| ").append(childPath)
                    .append(" | ").append(child.isLeaf() ? child.leafType() : "container")
                    .append(" | ").append(child.required() ? "1" : "0").append(child.repeatable() ? "..n" : "..1")
                    .append(" | `").append(model.getSimpleName()).append('.').append(modelField.getName())
                    .append("` : `").append(typeName(modelField))
                    .append("` | `").append(wire.getSimpleName()).append('.').append(wireField.getName())
                    .append("` |\n");
            if (!child.isLeaf()) {
                rows(child, childPath, elementType(modelField), elementType(wireField), out);
            }
        }
    }

    private static Field field(Class<?> type, java.util.function.Predicate<Field> match) {
        return Arrays.stream(type.getDeclaredFields()).filter(match).findFirst()
                .orElseThrow(() -> new AssertionError("no generated field in " + type.getName()));
    }

    private static Class<?> elementType(Field field) {
        if (field.getGenericType() instanceof ParameterizedType list) {
            return (Class<?>) list.getActualTypeArguments()[0];
        }
        return field.getType();
    }

    private static String typeName(Field field) {
        Function<Class<?>, String> name = Class::getSimpleName;
        return field.getGenericType() instanceof ParameterizedType
                ? "List<" + name.apply(elementType(field)) + ">" : name.apply(field.getType());
    }
}
