package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.ValidationMode;

/**
 * Coverage-guided fuzzing of the reader: any body must give a result or a {@link CallbackRejectedException},
 * never another exception or error.
 *
 * <p>In the test suite it replays its seeds ({@code src/test/resources/io/cicallback/read/ReaderFuzzTestInputs/})
 * and whatever Jazzer found before. To fuzz for the annotation's duration:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest}.
 */
class ReaderFuzzTest {

    private static final CallbackReader STRICT = CallbackReader.builder().mode(ValidationMode.STRICT).build();
    private static final CallbackReader LENIENT = CallbackReader.create();

    @FuzzTest(maxDuration = "2m")
    void fuzzRead(byte[] body) {
        for (var reader : new CallbackReader[] {STRICT, LENIENT}) {
            try {
                assertThat(reader.read(body, null).callback().getJobs()).isNotEmpty();
            } catch (CallbackRejectedException e) {
                assertThat(e.errors()).isNotEmpty();
            }
        }
    }
}
