package io.cicallback;

import io.cicallback.value.WireFormat;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.ValidationMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the test fixtures live, and small helpers to read them. */
public final class Fixtures {

    /** Must-pass callbacks: Tencent's doc samples and our own variants. */
    public static final Path EXAMPLES = Path.of("schema", "examples");
    /** Must-reject documents, with the finding each must produce (README.md there). */
    public static final Path BAD = Path.of("schema", "bad");

    public static final CallbackReader STRICT = CallbackReader.builder().mode(ValidationMode.STRICT).build();
    public static final CallbackReader LENIENT = CallbackReader.create();

    private Fixtures() {
    }

    /** @return the files of a fixture folder, sorted, README excluded */
    public static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    public static WireFormat formatOf(Path file) {
        return file.toString().endsWith(".json") ? WireFormat.JSON : WireFormat.XML;
    }

    /** Reads a fixture strictly, failing the test with every finding when it is rejected. */
    public static TaskFinishCallback readStrict(Path file) {
        return readStrict(bytes(file), formatOf(file));
    }

    public static TaskFinishCallback readStrict(String body, WireFormat format) {
        return readStrict(body.getBytes(StandardCharsets.UTF_8), format);
    }

    private static TaskFinishCallback readStrict(byte[] body, WireFormat format) {
        try {
            return STRICT.readAs(body, format).callback();
        } catch (CallbackRejectedException e) {
            throw new AssertionError("rejected: " + e.findings(), e);
        }
    }
}
