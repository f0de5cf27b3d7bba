package io.cicallback.internal.map;

import io.cicallback.internal.wire.json.CallbackEnvelopeJson;
import io.cicallback.internal.wire.json.JobJson;
import io.cicallback.internal.wire.json.MediaStreamsJson;
import io.cicallback.internal.wire.json.OutputFileJson;
import io.cicallback.internal.bind.CallbackEnvelope;
import io.cicallback.model.Job;
import io.cicallback.model.MediaStreams;
import io.cicallback.model.OutputFile;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Maps the model back onto the JSON wire POJOs, for writing. Every property on either side must be mapped:
 * a node added to one schema and not the other, or named differently, fails the build here. The renames are
 * the inverse of {@link JsonToModelMapper}'s; nested types not declared here are mapped by name.
 */
@Mapper(uses = {WireValues.class, KeyValueNodes.ToJson.class},
        unmappedSourcePolicy = ReportingPolicy.ERROR,
        unmappedTargetPolicy = ReportingPolicy.ERROR,
        typeConversionPolicy = ReportingPolicy.ERROR)
public interface ModelToJsonMapper {

    /** The generated implementation; MapStruct itself is not needed at run time. */
    ModelToJsonMapper INSTANCE = new ModelToJsonMapperImpl();

    /**
     * @param model a callback in the model
     * @return the same callback as JSON wire POJOs
     */
    @Mapping(target = "jobsDetail", source = "jobs")
    @Mapping(target = "eventName", source = "rawEventName")
    CallbackEnvelopeJson toJson(CallbackEnvelope model);

    /** The raw enumerated text is what is written; the typed views are not properties of their own. */
    @Mapping(target = "state", source = "rawState")
    @Mapping(target = "tag", source = "rawTag")
    @BeanMapping(ignoreUnmappedSourceProperties = {"state", "tag"})
    JobJson toJson(Job model);

    /** Repeatable stream nodes have singular names in JSON. */
    @Mapping(target = "audio", source = "audioStreams")
    @Mapping(target = "subtitle", source = "subtitleStreams")
    @Mapping(target = "video", source = "videoStreams")
    MediaStreamsJson toJson(MediaStreams model);

    /** Repeatable output nodes have singular names in JSON. */
    @Mapping(target = "md5Info", source = "md5Infos")
    @Mapping(target = "objectName", source = "objectNames")
    OutputFileJson toJson(OutputFile model);
}
