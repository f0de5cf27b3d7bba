package io.cicallback.map;

import io.cicallback.model.Job;
import io.cicallback.model.MediaStreams;
import io.cicallback.model.OutputFile;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.wire.json.JobJson;
import io.cicallback.wire.json.MediaStreamsJson;
import io.cicallback.wire.json.OutputFileJson;
import io.cicallback.wire.json.TaskFinishCallbackJson;
import org.mapstruct.BeanMapping;
import org.mapstruct.InheritInverseConfiguration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Maps the JSON wire POJOs (generated from the JSON Schema) onto the model users program against (generated
 * from the XSD), and back.
 *
 * <p>MapStruct writes the implementation at compile time. Every property on either side must be mapped: a
 * node added to one schema and not the other, or named differently, fails the build here. Only renamed
 * properties are listed; the rest match by name, and nested types are mapped by generated methods.
 */
@Mapper(uses = WireValues.class,
        unmappedTargetPolicy = ReportingPolicy.ERROR,
        unmappedSourcePolicy = ReportingPolicy.ERROR,
        typeConversionPolicy = ReportingPolicy.ERROR)
public interface WireJsonMapper {

    /** The generated implementation; MapStruct itself is not needed at run time. */
    WireJsonMapper INSTANCE = new WireJsonMapperImpl();

    /**
     * @param json a callback bound from JSON
     * @return the same callback in the model
     */
    @Mapping(target = "jobs", source = "jobsDetail")
    @Mapping(target = "rawEventName", source = "eventName")
    @Mapping(target = "eventName", ignore = true) // the typed view of rawEventName
    TaskFinishCallback toModel(TaskFinishCallbackJson json);

    /**
     * @param model a callback in the model
     * @return the same callback as JSON wire POJOs
     */
    @InheritInverseConfiguration
    @BeanMapping(ignoreUnmappedSourceProperties = "eventName")
    TaskFinishCallbackJson toJson(TaskFinishCallback model);

    /** The model keeps enumerated text as raw properties; the typed ones are views of them. */
    @Mapping(target = "rawState", source = "state")
    @Mapping(target = "rawTag", source = "tag")
    @Mapping(target = "state", ignore = true)
    @Mapping(target = "tag", ignore = true)
    Job toModel(JobJson json);

    /** Inverse of {@link #toModel(JobJson)}. */
    @InheritInverseConfiguration
    @BeanMapping(ignoreUnmappedSourceProperties = {"state", "tag"})
    JobJson toJson(Job model);

    /** Repeatable stream nodes have plural names in the model. */
    @Mapping(target = "audioStreams", source = "audio")
    @Mapping(target = "subtitleStreams", source = "subtitle")
    @Mapping(target = "videoStreams", source = "video")
    MediaStreams toModel(MediaStreamsJson json);

    /** Inverse of {@link #toModel(MediaStreamsJson)}. */
    @InheritInverseConfiguration
    MediaStreamsJson toJson(MediaStreams model);

    /** Repeatable output nodes have plural names in the model. */
    @Mapping(target = "md5Infos", source = "md5Info")
    @Mapping(target = "objectNames", source = "objectName")
    OutputFile toModel(OutputFileJson json);

    /** Inverse of {@link #toModel(OutputFileJson)}. */
    @InheritInverseConfiguration
    OutputFileJson toJson(OutputFile model);
}
