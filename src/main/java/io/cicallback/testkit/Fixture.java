package io.cicallback.testkit;

import io.cicallback.model.Callback;
import io.cicallback.read.CallbackReader;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.ValidationMode;
import io.cicallback.value.WireFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The example callbacks shipped in the jar, for users' tests: Tencent's documentation and SDK samples of every
 * job type and of the workflow event, and variants of ours, in XML and in JSON. Each is named {@code
 * <Tag>/<file>}, e.g. {@code VideoTag/doc-en.xml} or {@code WorkflowFinish/doc-80040.xml}; every one is read
 * strictly without an error (the only warnings are element order, where Tencent's samples differ).
 *
 * <pre>{@code
 * Fixture sample = Fixture.named("VoiceSeparate/doc-en-workflow.json");
 * mockMvc.perform(post("/callbacks").contentType(sample.contentType()).content(sample.bytes()));
 * Callback expected = sample.callback();
 * Fixture.ofType("Transcode").forEach(...);
 * }</pre>
 *
 * Immutable; equal when named alike.
 */
public final class Fixture {

    /** Tencent's English sample of a job-triggered VoiceSeparate callback. */
    public static final Fixture DOC_EN_JOB_XML = voiceSeparate("doc-en-job.xml");
    /** Tencent's English sample of a workflow-triggered VoiceSeparate callback (two audio streams, CosHeaders, Workflow). */
    public static final Fixture DOC_EN_WORKFLOW_XML = voiceSeparate("doc-en-workflow.xml");
    /** The same, in Tencent's JSON sample. */
    public static final Fixture DOC_EN_WORKFLOW_JSON = voiceSeparate("doc-en-workflow.json");
    /** Tencent's Chinese sample of a job-triggered VoiceSeparate callback. */
    public static final Fixture DOC_ZH_JOB_XML = voiceSeparate("doc-zh-job.xml");
    /** Tencent's Chinese sample of a workflow-triggered VoiceSeparate callback. */
    public static final Fixture DOC_ZH_WORKFLOW_XML = voiceSeparate("doc-zh-workflow.xml");
    /** The same, in Tencent's Chinese JSON sample (JobLevel as a number). */
    public static final Fixture DOC_ZH_WORKFLOW_JSON = voiceSeparate("doc-zh-workflow.json");
    /** A failed VoiceSeparate job: error code and message, no media result. */
    public static final Fixture FAILED_JOB_XML = voiceSeparate("failed-job.xml");
    /** The same, as JSON. */
    public static final Fixture FAILED_JOB_JSON = voiceSeparate("failed-job.json");
    /** A VoiceSeparate job with inline separation settings instead of a template. */
    public static final Fixture INLINE_SETTINGS_XML = voiceSeparate("inline-settings.xml");
    /** The same, as JSON. */
    public static final Fixture INLINE_SETTINGS_JSON = voiceSeparate("inline-settings.json");
    /** A callback reporting two VoiceSeparate jobs. */
    public static final Fixture TWO_JOBS_XML = voiceSeparate("two-jobs.xml");
    /** The same, as JSON. */
    public static final Fixture TWO_JOBS_JSON = voiceSeparate("two-jobs.json");
    /** A VoiceSeparate job with a video input: video and subtitle streams besides audio. */
    public static final Fixture VIDEO_INPUT_XML = voiceSeparate("video-input.xml");
    /** The same, as JSON. */
    public static final Fixture VIDEO_INPUT_JSON = voiceSeparate("video-input.json");

    private static final class Strict {
        static final CallbackReader READER = CallbackReader.builder().mode(ValidationMode.STRICT).build();
    }

    private static final class Index {
        static final List<Fixture> ALL = load();
    }

    private final String name;

    private Fixture(String name) {
        this.name = name;
    }

    private static Fixture voiceSeparate(String file) {
        return new Fixture("VoiceSeparate/" + file);
    }

    /**
     * @param name a fixture's name, {@code <Tag>/<file>}
     * @return that fixture
     * @throws IllegalArgumentException when no fixture has that name
     */
    public static Fixture named(String name) {
        return all().stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no fixture named " + name));
    }

    /** @return every shipped fixture, by name */
    public static List<Fixture> all() {
        return Index.ALL;
    }

    /**
     * @param type a job Tag, such as {@code Transcode}, or {@code WorkflowFinish}
     * @return the fixtures of that type, by name; none for a type without examples
     */
    public static List<Fixture> ofType(String type) {
        return all().stream().filter(f -> f.type().equals(type)).toList();
    }

    private static List<Fixture> load() {
        var index = Fixture.class.getResourceAsStream("fixtures/index.txt");
        if (index == null) {
            throw new IllegalStateException("the fixtures' index is missing from the jar");
        }
        try (var lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank()).map(Fixture::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the name, e.g. {@code VoiceSeparate/doc-en-workflow.json} */
    public String name() {
        return name;
    }

    /** @return the type the fixture is an example of: a job Tag, or {@code WorkflowFinish} */
    public String type() {
        return name.substring(0, name.indexOf('/'));
    }

    /** @return the file name, e.g. {@code doc-en-workflow.json} */
    public String fileName() {
        return name.substring(name.indexOf('/') + 1);
    }

    /** @return the body's format */
    public WireFormat format() {
        return name.endsWith(".json") ? WireFormat.JSON : WireFormat.XML;
    }

    /** @return the Content-Type Tencent sends it with: {@code application/xml} or {@code application/json} */
    public String contentType() {
        return format() == WireFormat.JSON ? "application/json" : "application/xml";
    }

    /** @return the body, a fresh copy */
    public byte[] bytes() {
        try (var in = Fixture.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the body as text */
    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** @return the body read strictly into the model, a fresh object each call */
    public Callback callback() {
        try {
            return Strict.READER.readAs(bytes(), format()).callback();
        } catch (CallbackRejectedException e) {
            throw new IllegalStateException("a shipped fixture is rejected: " + name + " " + e.findings(), e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fixture fixture && fixture.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    /** @return the name */
    @Override
    public String toString() {
        return name;
    }
}
