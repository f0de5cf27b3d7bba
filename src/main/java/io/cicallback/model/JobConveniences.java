package io.cicallback.model;

import java.util.List;
import java.util.Optional;

/**
 * What users of a {@link Job} ask most, without null checks along the path. {@link Job} implements it; the
 * methods read the generated getters and change nothing.
 *
 * <pre>{@code
 * switch (job.getState()) {                                 // never null
 *     case SUCCESS -> ...;
 *     case FAILED -> ...;
 *     default -> log.info("state {}", job.getRawState());  // UNKNOWN: a state Tencent added, or none sent
 * }
 * if (job.succeeded()) {
 *     job.outputObjects().forEach(o -> store(o.objectName(), o.md5()));
 * }
 * }</pre>
 */
public interface JobConveniences {

    /** @return the job's state, as sent (generated) */
    String getRawState();

    /** @param value the job's state, as sent (generated) */
    void setRawState(String value);

    /** @return the kind of job, as sent (generated) */
    String getRawTag();

    /** @param value the kind of job, as sent (generated) */
    void setRawTag(String value);

    /** @return what the job did and produced, or {@code null} (generated) */
    Operation getOperation();

    /** @return the job's id (generated) */
    String getJobId();

    /** @return the job's result code, {@code Success} or an error code (generated) */
    String getCode();

    /**
     * What to deduplicate deliveries on: Tencent may deliver the same callback more than once, and a job's
     * callback is the same event when its id and state are. Record the keys handled (a unique column, a
     * set with expiry) and skip a callback whose key is there already.
     *
     * <pre>{@code
     * for (Job job : callback.getJobs()) {
     *     if (handled.add(job.deduplicationKey())) {   // e.g. INSERT ... ON CONFLICT DO NOTHING
     *         process(job);
     *     }
     * }
     * }</pre>
     *
     * <p>Two different jobs never share a key: the JobId and the state are percent-encoded (every character but
     * {@code A-Z a-z 0-9 - . _ ~}), so a key is printable ASCII and no identifier can spell another's key; an
     * absent state is {@code !} and the SHA-256 of the whole job, so only the same content shares it.
     *
     * @return {@code TaskFinish/JobId/State}, e.g. {@code TaskFinish/j40644e92f8e311ecb90d0b03267ce0e5/Success}
     */
    default String deduplicationKey() {
        return io.cicallback.internal.map.DeduplicationKeys.of(EventName.TASK_FINISH.text(), getJobId(), getRawState(),
                (ModelObject) this);
    }

    /**
     * @return the job's state: {@link JobState#UNKNOWN} for a state the schema does not document, whose text
     *         {@link #getRawState()} keeps, and for an absent one ({@link #getRawState()} is then {@code null});
     *         never {@code null}, so a {@code switch} over it needs a {@code default} and nothing else
     */
    default JobState getState() {
        return JobState.of(getRawState());
    }

    /** @param state the job's state; not {@link JobState#UNKNOWN}, which has no text (set the raw state instead) */
    default void setState(JobState state) {
        setRawState(textOf(state));
    }

    /**
     * @return the kind of job: {@link JobTag#UNKNOWN} for another kind, whose text {@link #getRawTag()} keeps, and
     *         when absent; never {@code null}
     */
    default JobTag getTag() {
        return JobTag.of(getRawTag());
    }

    /** @param tag the kind of job; not {@link JobTag#UNKNOWN} */
    default void setTag(JobTag tag) {
        setRawTag(textOf(tag));
    }

    /**
     * @return whether the job finished successfully: its state is {@code Success}, or, where the callback sends
     *         no state (some of Tencent's own samples do not), its code is {@code Success}
     */
    default boolean succeeded() {
        return getRawState() == null ? "Success".equals(getCode()) : getState() == JobState.SUCCESS;
    }

    private static String textOf(Enum<?> value) {
        if (value == null) {
            return null;
        }
        var text = value instanceof JobState s ? s.text() : value instanceof JobTag t ? t.text()
                : ((EventName) value).text();
        if (text == null) {
            throw new IllegalArgumentException(value + " has no text: set the raw value instead");
        }
        return text;
    }

    /**
     * @return the objects the job wrote, each with its MD5 digest when the callback lists one; empty before the
     *         job completes, on failure, or when the callback carries no result
     */
    default List<OutputObject> outputObjects() {
        var output = outputFile().orElse(null);
        if (output == null) {
            return List.of();
        }
        return output.getObjectNames().stream()
                .map(name -> new OutputObject(output.getBucket(), output.getRegion(), name,
                        output.getMd5Infos().stream().filter(m -> name.equals(m.getObjectName()))
                                .map(Md5Info::getMd5).findFirst().orElse(null)))
                .toList();
    }

    /** @return the probe of the input media, once the job has completed */
    default Optional<MediaInfo> mediaInfo() {
        return Optional.ofNullable(getOperation()).map(Operation::getMediaInfo);
    }

    /** @return the input's audio streams, in order; empty when the callback carries none */
    default List<AudioStream> audioStreams() {
        return mediaInfo().map(MediaInfo::getStream).map(MediaStreams::getAudioStreams).orElse(List.of());
    }

    /** @return what the job wrote, once it has completed */
    default Optional<OutputFile> outputFile() {
        return Optional.ofNullable(getOperation()).map(Operation::getMediaResult).map(MediaResult::getOutputFile);
    }

    /**
     * One object a job wrote.
     *
     * @param bucket     the bucket it was written to, or {@code null} when the callback does not say
     * @param region     that bucket's region, or {@code null}
     * @param objectName its key
     * @param md5        its MD5 digest in hexadecimal, or {@code null} when the callback lists none for it
     */
    record OutputObject(String bucket, String region, String objectName, String md5) {
    }
}
