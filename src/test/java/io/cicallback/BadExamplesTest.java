package io.cicallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.Finding;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in a must-reject folder ({@code schema/bad/} for the envelope, {@code schema/jobs/<Tag>/bad/} and
 * {@code schema/workflow/bad/} for a type's own nodes) must be rejected with the finding its folder's README row
 * names.
 */
class BadExamplesTest {

    record Expected(String path, String message) {
    }

    static Map<String, Expected> table(Path folder) {
        var rows = new TreeMap<String, Expected>();
        Fixtures.text(folder.resolve("README.md")).lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| file"))
                .map(line -> Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new))
                .forEach(cells -> rows.put(cells[1], new Expected(cells[2], cells[3])));
        return rows;
    }

    static Stream<Arguments> cases() {
        return Fixtures.badFolders().stream().flatMap(folder -> {
            var rows = table(folder);
            return Fixtures.filesIn(folder).stream().map(file -> Arguments.of(file, rows.get(file.getFileName().toString())));
        });
    }

    @Test
    void everyFileHasARowAndEveryRowAFile() {
        assertThat(Fixtures.badFolders()).hasSizeGreaterThan(3);
        for (var folder : Fixtures.badFolders()) {
            var files = Fixtures.filesIn(folder).stream().map(p -> p.getFileName().toString()).toList();
            assertThat(table(folder).keySet()).as(folder.toString()).containsExactlyInAnyOrderElementsOf(files);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void strictReadRejectsWithTheExpectedFinding(Path file, Expected expected) {
        var rejected = catchThrowableOfType(CallbackRejectedException.class,
                () -> Fixtures.STRICT.readAs(Fixtures.bytes(file), Fixtures.formatOf(file)));
        assertThat(rejected).as("rejection of " + file).isNotNull();
        assertThat(rejected.errors())
                .anySatisfy(f -> {
                    assertThat(f.path()).isEqualTo(expected.path());
                    assertThat(f.message()).contains(expected.message());
                });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void lenientReadRejectsExactlyWhenTheFindingIsNotTolerable(Path file, Expected expected) {
        var strictFinding = catchThrowableOfType(CallbackRejectedException.class,
                () -> Fixtures.STRICT.readAs(Fixtures.bytes(file), Fixtures.formatOf(file)))
                .errors().stream().filter(f -> f.path().equals(expected.path())).findFirst().orElseThrow();
        var lenient = catchThrowableOfType(CallbackRejectedException.class,
                () -> Fixtures.LENIENT.readAs(Fixtures.bytes(file), Fixtures.formatOf(file)));
        if (strictFinding.kind().isTolerable()) {
            assertThat(lenient).as("lenient read of " + file).isNull();
        } else {
            assertThat(lenient).as("lenient read of " + file).isNotNull();
            assertThat(lenient.errors()).extracting(Finding::path).contains(expected.path());
        }
    }
}
