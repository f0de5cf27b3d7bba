package io.cicallback.internal.map;

import io.cicallback.model.Job;
import io.cicallback.model.JobInput;
import io.cicallback.model.MediaStreams;
import io.cicallback.model.OutputFile;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.internal.wire.json.JobInputJson;
import io.cicallback.internal.wire.json.JobJson;
import io.cicallback.internal.wire.json.MediaStreamsJson;
import io.cicallback.internal.wire.json.OutputFileJson;
import io.cicallback.internal.wire.json.TaskFinishCallbackJson;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Maps the JSON wire POJOs (generated from the JSON Schema) onto the model users program against (generated
 * from the XSD). MapStruct writes the implementation at compile time.
 *
 * <p>Every JSON property must reach the model (unmapped source properties fail the build: a node the JSON
 * Schema has and the XSD lacks). Model properties the JSON cannot fill are not reported here: the model's
 * fluent {@code withX} methods look like properties to MapStruct; {@link ModelToJsonMapper} catches the
 * reverse drift. Only renamed properties are listed; the rest match by name.
 */
@Mapper(uses = WireValues.class,
        unmappedSourcePolicy = ReportingPolicy.ERROR,
        unmappedTargetPolicy = ReportingPolicy.IGNORE,
        typeConversionPolicy = ReportingPolicy.ERROR)
public interface JsonToModelMapper {

    /** The generated implementation; MapStruct itself is not needed at run time. */
    JsonToModelMapper INSTANCE = new JsonToModelMapperImpl();

    /*
     * Lists are filled through the model's fluent withX(Collection) methods, which leave a list the JSON lacks
     * untouched (null): the getters MapStruct would otherwise fill through create an empty list on first call,
     * which the reflective pruner would then have to clear on every read.
     */

    /**
     * @param json a callback bound from JSON
     * @return the same callback in the model
     */
    @Mapping(target = "withJobs", source = "jobsDetail")
    @Mapping(target = "jobs", ignore = true)
    @Mapping(target = "rawEventName", source = "eventName")
    @Mapping(target = "eventName", ignore = true) // the typed view of rawEventName
    TaskFinishCallback toModel(TaskFinishCallbackJson json);

    /** Enumerated text lands in the raw properties; the typed ones are views of them. */
    @Mapping(target = "rawState", source = "state")
    @Mapping(target = "rawTag", source = "tag")
    @Mapping(target = "state", ignore = true)
    @Mapping(target = "tag", ignore = true)
    Job toModel(JobJson json);

    /** @return the job's input, its COS headers through the list's fluent method */
    @Mapping(target = "withCosHeaders", source = "cosHeaders")
    @Mapping(target = "cosHeaders", ignore = true)
    JobInput toModel(JobInputJson json);

    /** Repeatable stream nodes have plural names in the model. */
    @Mapping(target = "withAudioStreams", source = "audio")
    @Mapping(target = "withSubtitleStreams", source = "subtitle")
    @Mapping(target = "withVideoStreams", source = "video")
    @Mapping(target = "audioStreams", ignore = true)
    @Mapping(target = "subtitleStreams", ignore = true)
    @Mapping(target = "videoStreams", ignore = true)
    MediaStreams toModel(MediaStreamsJson json);

    /** Repeatable output nodes have plural names in the model. */
    @Mapping(target = "withMd5Infos", source = "md5Info")
    @Mapping(target = "withObjectNames", source = "objectName")
    @Mapping(target = "md5Infos", ignore = true)
    @Mapping(target = "objectNames", ignore = true)
    OutputFile toModel(OutputFileJson json);
}
