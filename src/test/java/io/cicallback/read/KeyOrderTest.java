package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cicallback.Fixtures;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.Finding;
import io.cicallback.write.CallbackWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JSON object's keys have no order (Tencent's samples have them sorted, the schema lists them otherwise): the
 * reader must reach the same outcome whatever order the keys come in. Every JSON example (and every abridged sample
 * lenient mode reads) is read as published and with the keys of every object reversed, in both modes: the same
 * callback, the same findings, or the same refusal. The callbacks are compared as written to JSON trees, whose
 * objects have no order either: the entries of a key/value node are kept in the order they came in, which is
 * theirs.
 */
class KeyOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> jsonExamples() {
        return Stream.concat(Fixtures.allExamples().stream(), Fixtures.lenientExamples().stream())
                .filter(file -> file.toString().endsWith(".json"));
    }

    @ParameterizedTest
    @MethodSource("jsonExamples")
    void everyObjectReadWithItsKeysReversedGivesTheSameOutcome(Path example) throws Exception {
        var body = Fixtures.bytes(example);
        var reversed = JSON.writeValueAsBytes(reversed(JSON.readTree(body)));
        assertThat(reversed).isNotEqualTo(body);
        for (var reader : List.of(Fixtures.STRICT, Fixtures.LENIENT)) {
            var published = outcome(reader, body);
            var shuffled = outcome(reader, reversed);
            assertThat(shuffled.callback()).isEqualTo(published.callback());
            assertThat(shuffled.findings()).containsExactlyInAnyOrderElementsOf(published.findings());
        }
    }

    /** What a read ends in: the callback as a JSON tree (none when refused), each finding's severity, kind, path. */
    private record Outcome(JsonNode callback, List<String> findings) {
    }

    private static Outcome outcome(CallbackReader reader, byte[] body) {
        try {
            var result = reader.read(body, "application/json");
            return new Outcome(JSON.readTree(CallbackWriter.toJson(result.callback())), describe(result.findings()));
        } catch (CallbackRejectedException e) {
            return new Outcome(null, describe(e.findings()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.kind() + " " + f.path()).toList();
    }

    /** @return the tree with the keys of every object in reverse order; arrays keep theirs */
    private static JsonNode reversed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var entries = new ArrayList<Map.Entry<String, JsonNode>>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                entries.add(it.next());
            }
            var result = JSON.createObjectNode();
            for (int i = entries.size() - 1; i >= 0; i--) {
                result.set(entries.get(i).getKey(), reversed(entries.get(i).getValue()));
            }
            return result;
        }
        if (node instanceof ArrayNode array) {
            var result = JSON.createArrayNode();
            array.forEach(element -> result.add(reversed(element)));
            return result;
        }
        return node;
    }
}
