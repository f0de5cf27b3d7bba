package io.cicallback;

import io.cicallback.value.WireFormat;
import io.cicallback.model.Callback;
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

    /** The schemas' root folder. */
    public static final Path SCHEMA = Path.of("schema");
    /** Must-pass VoiceSeparate callbacks: Tencent's doc samples and our own variants. */
    public static final Path EXAMPLES = Path.of("schema", "jobs", "VoiceSeparate", "examples");
    /** Must-reject documents of the envelope, with the finding each must produce (README.md there). */
    public static final Path BAD = Path.of("schema", "bad");

    public static final CallbackReader STRICT = CallbackReader.builder().mode(ValidationMode.STRICT).build();
    public static final CallbackReader LENIENT = CallbackReader.create();

    private Fixtures() {
    }

    /** @return every example folder: each job type's, and the workflow event's */
    public static List<Path> exampleFolders() {
        try (Stream<Path> types = Files.list(SCHEMA.resolve("jobs"))) {
            var folders = new java.util.ArrayList<>(types.map(t -> t.resolve("examples")).filter(Files::isDirectory).sorted().toList());
            folders.add(SCHEMA.resolve("workflow").resolve("examples"));
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every example callback of every type, sorted */
    public static List<Path> allExamples() {
        return exampleFolders().stream().flatMap(folder -> filesIn(folder).stream()).toList();
    }

    /** @return Tencent's abridged samples, which lenient mode reads and strict mode refuses, of every type */
    public static List<Path> lenientExamples() {
        try (Stream<Path> types = Files.list(SCHEMA.resolve("jobs"))) {
            return types.map(t -> t.resolve("lenient")).filter(Files::isDirectory).sorted()
                    .flatMap(folder -> filesIn(folder).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every must-reject file of every folder, sorted by folder */
    public static List<Path> allBad() {
        return badFolders().stream().flatMap(folder -> filesIn(folder).stream()).toList();
    }

    /** @return every must-reject folder: the envelope's, and each type's that has one */
    public static List<Path> badFolders() {
        try (Stream<Path> types = Files.list(SCHEMA.resolve("jobs"))) {
            var folders = new java.util.ArrayList<Path>();
            folders.add(BAD);
            types.map(t -> t.resolve("bad")).filter(Files::isDirectory).sorted().forEach(folders::add);
            var workflow = SCHEMA.resolve("workflow").resolve("bad");
            if (Files.isDirectory(workflow)) {
                folders.add(workflow);
            }
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Reads a TaskFinish fixture strictly, failing the test with every finding when it is rejected. */
    public static TaskFinishCallback readStrict(Path file) {
        return (TaskFinishCallback) readStrict(bytes(file), formatOf(file));
    }

    public static TaskFinishCallback readStrict(String body, WireFormat format) {
        return (TaskFinishCallback) readStrict(body.getBytes(StandardCharsets.UTF_8), format);
    }

    /** Reads a fixture of either event strictly, failing the test with every finding when it is rejected. */
    public static Callback readStrictCallback(Path file) {
        return readStrict(bytes(file), formatOf(file));
    }

    public static Callback readStrictCallback(String body, WireFormat format) {
        return readStrict(body.getBytes(StandardCharsets.UTF_8), format);
    }

    private static Callback readStrict(byte[] body, WireFormat format) {
        try {
            return STRICT.readAs(body, format).callback();
        } catch (CallbackRejectedException e) {
            throw new AssertionError("rejected: " + e.findings(), e);
        }
    }
}
