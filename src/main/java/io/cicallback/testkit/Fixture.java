package io.cicallback.testkit;

import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.ValidationMode;
import io.cicallback.value.WireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The example callbacks shipped in the jar, for users' tests: Tencent's documentation samples (Chinese and
 * English, job- and workflow-triggered, XML and JSON) and variants of ours (a failed job, inline settings,
 * two jobs, a video input), each in both formats. Every one is read strictly without a finding.
 *
 * <pre>{@code
 * mockMvc.perform(post("/callbacks").contentType(Fixture.DOC_EN_WORKFLOW_JSON.contentType())
 *         .content(Fixture.DOC_EN_WORKFLOW_JSON.bytes()));
 * TaskFinishCallback expected = Fixture.DOC_EN_WORKFLOW_JSON.callback();
 * }</pre>
 */
public enum Fixture {
    /** Tencent's English sample of a job-triggered callback. */
    DOC_EN_JOB_XML,
    /** Tencent's English sample of a workflow-triggered callback (two audio streams, CosHeaders, Workflow). */
    DOC_EN_WORKFLOW_XML,
    /** The same, in Tencent's JSON sample. */
    DOC_EN_WORKFLOW_JSON,
    /** Tencent's Chinese sample of a job-triggered callback. */
    DOC_ZH_JOB_XML,
    /** Tencent's Chinese sample of a workflow-triggered callback. */
    DOC_ZH_WORKFLOW_XML,
    /** The same, in Tencent's Chinese JSON sample (JobLevel as a number). */
    DOC_ZH_WORKFLOW_JSON,
    /** A failed job: error code and message, no media result. */
    FAILED_JOB_XML,
    /** The same, as JSON. */
    FAILED_JOB_JSON,
    /** A job with inline separation settings instead of a template. */
    INLINE_SETTINGS_XML,
    /** The same, as JSON. */
    INLINE_SETTINGS_JSON,
    /** A callback reporting two jobs. */
    TWO_JOBS_XML,
    /** The same, as JSON. */
    TWO_JOBS_JSON,
    /** A video input: video and subtitle streams besides audio. */
    VIDEO_INPUT_XML,
    /** The same, as JSON. */
    VIDEO_INPUT_JSON;

    private static final class Strict {
        static final CallbackReader READER = CallbackReader.builder().mode(ValidationMode.STRICT).build();
    }

    /** @return the file name, e.g. {@code doc-en-workflow.json} */
    public String fileName() {
        var name = name().toLowerCase(Locale.ROOT);
        int format = name.lastIndexOf('_');
        return name.substring(0, format).replace('_', '-') + "." + name.substring(format + 1);
    }

    /** @return the body's format */
    public WireFormat format() {
        return name().endsWith("_JSON") ? WireFormat.JSON : WireFormat.XML;
    }

    /** @return the Content-Type Tencent sends it with: {@code application/xml} or {@code application/json} */
    public String contentType() {
        return format() == WireFormat.JSON ? "application/json" : "application/xml";
    }

    /** @return the body, a fresh copy */
    public byte[] bytes() {
        try (var in = Fixture.class.getResourceAsStream("fixtures/" + fileName())) {
            if (in == null) {
                throw new IllegalStateException("fixture missing from the jar: " + fileName());
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
    public TaskFinishCallback callback() {
        try {
            return Strict.READER.readAs(bytes(), format()).callback();
        } catch (CallbackRejectedException e) {
            throw new IllegalStateException("a shipped fixture is rejected: " + fileName() + " " + e.findings(), e);
        }
    }
}
