package io.cicallback.model;

import java.util.List;
import java.util.Optional;

/**
 * What users of a {@link Job} ask most, without null checks along the path. {@link Job} implements it; the
 * methods read the generated getters and change nothing.
 *
 * <pre>{@code
 * if (job.succeeded()) {
 *     job.outputObjects().forEach(o -> store(o.objectName(), o.md5()));
 * }
 * }</pre>
 */
public interface JobConveniences {

    /** The job state that means success. */
    String SUCCESS = "Success";

    /** @return the job's state, as sent (generated) */
    String getState();

    /** @return what the job did and produced, or {@code null} (generated) */
    Operation getOperation();

    /** @return whether the job finished successfully: its state is {@code Success} */
    default boolean succeeded() {
        return SUCCESS.equals(getState());
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
