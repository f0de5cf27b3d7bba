package io.cicallback.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cicallback.read.CallbackReader;
import io.cicallback.write.CallbackWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The documents every benchmark reads: the doc's workflow sample, and the same callback made large. */
final class BenchInputs {

    /** Streams and output objects in the large callback. */
    static final int LARGE_COUNT = 1000;
    /** Audio streams in the doc's workflow sample. */
    static final int SMALL_COUNT = 2;

    static final Path XML = Path.of("schema", "jobs", "VoiceSeparate", "examples", "doc-en-workflow.xml");
    static final Path JSON = Path.of("schema", "jobs", "VoiceSeparate", "examples", "doc-en-workflow.json");
    /** Tencent's Transcode sample with every settings node echoed and a full media probe (it sends no event name). */
    static final Path TRANSCODE = Path.of("schema", "jobs", "Transcode", "lenient",
            "cos-go-sdk-v5_b40dd06parent_media_process.go_noEventName.xml");

    private BenchInputs() {
    }

    static byte[] xml() {
        return read(XML);
    }

    static byte[] json() {
        return read(JSON);
    }

    /** The workflow sample with a node no schema has, as Tencent may add one: the first job's last child. */
    static byte[] xmlWithUnknownNode() {
        var xml = new String(xml(), StandardCharsets.UTF_8);
        return xml.replaceFirst("</JobsDetail>", "<NewField>1</NewField></JobsDetail>").getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON workflow sample with a node no schema has, as the first job's first key. */
    static byte[] jsonWithUnknownNode() {
        var json = new String(json(), StandardCharsets.UTF_8);
        var withNode = json.replaceFirst("\"JobId\"", "\"NewField\": \"1\", \"JobId\"");
        if (withNode.equals(json)) {
            throw new IllegalStateException("no JobId in the JSON sample");
        }
        return withNode.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The JSON workflow sample as Tencent's JSON really comes: every whole or decimal number as a number token
     * (its text unchanged) and every one-entry array collapsed to its entry.
     */
    static byte[] jsonWithQuirks() {
        try {
            var mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            var tree = mapper.readTree(json());
            return mapper.writeValueAsBytes(quirks(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode quirks(JsonNode node) {
        if (node.isArray()) {
            var array = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> array.add(quirks(item)));
            return array.size() == 1 ? array.get(0) : array;
        }
        if (node.isObject()) {
            var object = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(field -> object.set(field.getKey(), quirks(field.getValue())));
            return object;
        }
        if (node.isTextual() && node.asText().matches("-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?")) {
            return JsonNodeFactory.instance.numberNode(new BigDecimal(node.asText())); // written as sent
        }
        return node;
    }

    /** The workflow sample with {@link #LARGE_COUNT} audio streams, MD5 entries and object names. */
    static byte[] largeXml() {
        var xml = new String(xml(), StandardCharsets.UTF_8);
        xml = repeat(xml, "Audio", i -> "<Index>" + i + "</Index>", "<Index>0</Index>");
        xml = repeat(xml, "Md5Info", i -> "output/part-" + i + ".mp3", "output/audio.mp3");
        xml = repeat(xml, "ObjectName", i -> "output/part-" + i + ".mp3", "output/audio.mp3");
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** Tencent's large Transcode sample, with the event name a strict reader requires. */
    static byte[] transcodeXml() {
        var xml = new String(read(TRANSCODE), StandardCharsets.UTF_8)
                .replaceFirst("<Response>", "<Response><EventName>TaskFinish</EventName>");
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** {@link #transcodeXml()} written as JSON by the library. */
    static byte[] transcodeJson() {
        return asJson(transcodeXml());
    }

    /** {@link #largeXml()} written as JSON by the library. */
    static byte[] largeJson() {
        return asJson(largeXml());
    }

    private static byte[] asJson(byte[] xml) {
        try {
            var model = CallbackReader.create().read(xml, "application/xml").callback();
            return CallbackWriter.toJson(model).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write a benchmark input as JSON", e);
        }
    }

    /**
     * Replaces the last run of adjacent sibling {@code <name>} elements by LARGE_COUNT copies of its first,
     * each varied. (The last run: {@code ObjectName} also occurs inside each {@code Md5Info}, earlier.)
     */
    private static String repeat(String xml, String name, IntFunction<String> variant, String varied) {
        var matcher = Pattern.compile("[ \\t]*<" + name + ">[^<]*?</" + name + ">\\n|[ \\t]*<" + name + ">\\n.*?</"
                + name + ">\\n", Pattern.DOTALL).matcher(xml);
        int start = -1;
        int end = -1;
        String first = null;
        while (matcher.find()) {
            if (matcher.start() != end) {
                start = matcher.start();
                first = matcher.group();
            }
            end = matcher.end();
        }
        if (first == null) {
            throw new IllegalStateException("no <" + name + "> in the sample");
        }
        var template = first;
        var copies = IntStream.range(0, LARGE_COUNT)
                .mapToObj(i -> template.replace(varied, variant.apply(i)))
                .collect(Collectors.joining());
        return xml.substring(0, start) + copies + xml.substring(end);
    }

    /**
     * @param extension {@code xml} or {@code json}
     * @return every example of every job type and of WorkflowFinish in that format, in path order
     */
    static java.util.List<byte[]> everyExample(String extension) {
        try (var files = java.nio.file.Files.find(Path.of("schema"), 4, (path, attributes) ->
                path.getParent() != null && path.getParent().getFileName().toString().equals("examples")
                        && path.getFileName().toString().endsWith("." + extension))) {
            return files.sorted().map(BenchInputs::read).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
