package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.write.CallbackWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One reader shared by many threads gives the same results as one thread. */
class ConcurrencyTest {

    private static final CallbackReader SHARED = CallbackReader.create();

    /** What a read produced, as text: the callback written back as XML and every finding, or the rejection. */
    private static String outcome(Path file) {
        try {
            var result = SHARED.read(Fixtures.bytes(file), null);
            return CallbackWriter.toXml(result.callback()) + result.findings();
        } catch (CallbackRejectedException e) {
            return "rejected " + e.findings();
        }
    }

    @Test
    void sharedReaderGivesTheSameResultsOnEightThreads() throws Exception {
        var files = Stream.concat(Fixtures.filesIn(Fixtures.EXAMPLES).stream(), Fixtures.filesIn(Fixtures.BAD).stream())
                .toList();
        var expected = files.stream().map(ConcurrencyTest::outcome).toList();

        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<List<String>>>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> {
                    var seen = new ArrayList<String>();
                    for (int round = 0; round < 10; round++) {
                        for (var file : files) {
                            seen.add(outcome(file));
                        }
                    }
                    return seen;
                });
            }
            for (var future : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                var seen = future.get();
                for (int i = 0; i < seen.size(); i++) {
                    assertThat(seen.get(i)).isEqualTo(expected.get(i % files.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
