package io.cicallback.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.write.CallbackWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The deduplication key's promise, as a property over generated callbacks: two callbacks share a key exactly
 * when they are the same event of the same job or run (the same identifier and state; the same content, where
 * either is absent), whatever the identifiers hold. Identifiers are built from the pieces that broke earlier
 * keys: separators, the text {@code null}, line breaks of every kind, escapes, an event's name.
 */
class DeduplicationKeyTest {

    private static final long SEED = Long.getLong("cicallback.seed", 20261206L);
    private static final String[] PIECES = {"", "j1", "/", ",", "%", "%2F", "!", "null", "Success", "Failed", "\n",
        "\r", "\u0085", "\u2028", "\u007f", "~", "数据", "\ud83d\ude00", "\ud800", "TaskFinish/", "WorkflowFinish",
        " ", "a/Success,b", "!0"};

    /** One generated identity: which event, identifier and state, and a detail that is not part of the key. */
    record Identity(boolean run, String identifier, String state, String detail) {
        Callback callback() {
            if (run) {
                return new WorkflowFinishCallback().withRawEventName("WorkflowFinish").withWorkflowExecution(
                        new WorkflowExecution().withRunId(identifier).withState(state).withWorkflowName(detail));
            }
            return new TaskFinishCallback().withRawEventName("TaskFinish")
                    .withJobs(new Job().withJobId(identifier).withRawState(state).withRawTag("Transcode").withMessage(detail));
        }

        /** @return what the key must tell apart: identifier and state, or all of it where either is absent */
        Object event() {
            return identifier == null || state == null ? this : List.of(run, identifier, state);
        }
    }

    private static String text(Random random) {
        if (random.nextInt(6) == 0) {
            return null;
        }
        var out = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    @Test
    void twoCallbacksShareAKeyExactlyWhenTheyAreTheSameEvent() {
        var random = new Random(SEED);
        var byKey = new HashMap<String, Object>();
        var identities = new ArrayList<Identity>();
        for (int i = 0; i < 20_000; i++) {
            // Few distinct texts, so that equal identities and near misses both come up often.
            identities.add(new Identity(random.nextBoolean(), text(random), text(random), random.nextBoolean() ? "x" : "y"));
        }
        for (var identity : identities) {
            var key = identity.callback().deduplicationKey();
            assertThat(key).as("printable ASCII without spaces: %s", identity).matches("[\\x21-\\x7e]+");
            var before = byKey.putIfAbsent(key, identity.event());
            if (before != null) {
                assertThat(before).as("key %s is shared", key).isEqualTo(identity.event());
            }
        }
        assertThat(byKey).as("distinct events").hasSizeGreaterThan(1000);
    }

    @Test
    void aCallbackOfManyJobsHasTheKeyOfNoOtherListOfJobs() {
        var random = new Random(SEED + 1);
        var byKey = new HashMap<String, List<String>>();
        for (int i = 0; i < 5_000; i++) {
            var jobs = new ArrayList<Job>();
            var keys = new ArrayList<String>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                var id = text(random);
                var job = new Job().withJobId(id == null ? "j" : id).withRawState(text(random) == null ? "Success" : "Failed");
                jobs.add(job);
                keys.add(job.deduplicationKey());
            }
            var key = new TaskFinishCallback().withRawEventName("TaskFinish").withJobs(jobs).deduplicationKey();
            var before = byKey.putIfAbsent(key, keys);
            if (before != null) {
                assertThat(before).as(key).isEqualTo(keys);
            }
        }
        var one = new TaskFinishCallback().withJobs(new Job().withJobId("ja/Success,jb").withRawState("Failed"));
        var two = new TaskFinishCallback().withJobs(new Job().withJobId("ja").withRawState("Success"),
                new Job().withJobId("jb").withRawState("Failed"));
        assertThat(one.deduplicationKey()).isNotEqualTo(two.deduplicationKey());
    }

    @Test
    void runsWithoutARunIdAreToldApartByTheirContentAndARedeliveryIsNot() throws Exception {
        var first = """
                <Response><EventName>WorkflowFinish</EventName><WorkflowExecution><WorkflowId>w1</WorkflowId>
                <Object>a.mp4</Object><State>Success</State></WorkflowExecution></Response>""";
        var second = first.replace("a.mp4", "b.mp4");
        var firstKey = read(first).deduplicationKey();

        assertThat(read(second).deduplicationKey()).isNotEqualTo(firstKey);
        assertThat(read(first).deduplicationKey()).isEqualTo(firstKey);
        var json = CallbackWriter.toJson(read(first)); // the same run in the other format: the same event
        assertThat(Fixtures.STRICT.read(json.getBytes(StandardCharsets.UTF_8), null).callback().deduplicationKey())
                .isEqualTo(firstKey);
        assertThat(firstKey).startsWith("WorkflowFinish/!").endsWith("/Success").doesNotContain("null");
        assertThat(read("<Response><EventName>WorkflowFinish</EventName><WorkflowExecution/></Response>")
                .deduplicationKey()).isNotEqualTo(read("{\"EventName\":\"WorkflowFinish\",\"WorkflowExecution\":"
                + "{\"RunId\":\"!\"}}").deduplicationKey());
        // Content a lenient read kept but no schema describes is content too.
        var added = first.replace("<Object>", "<Added>1</Added><Object>");
        var lenientKey = Fixtures.LENIENT.read(added.getBytes(StandardCharsets.UTF_8), null).callback().deduplicationKey();
        assertThat(lenientKey).isNotEqualTo(firstKey).isEqualTo(Fixtures.LENIENT.read(
                added.getBytes(StandardCharsets.UTF_8), null).callback().deduplicationKey());
    }

    @Test
    void aJobAndARunWithOneIdentifierHaveDifferentKeys() {
        var job = new Job().withJobId("i1").withRawState("Success");
        var run = new WorkflowExecution().withRunId("i1").withState("Success");
        assertThat(job.deduplicationKey()).isEqualTo("TaskFinish/i1/Success");
        assertThat(run.deduplicationKey()).isEqualTo("WorkflowFinish/i1/Success");
    }

    private static Callback read(String body) throws CallbackRejectedException {
        return Fixtures.STRICT.read(body.getBytes(StandardCharsets.UTF_8), null).callback();
    }
}
