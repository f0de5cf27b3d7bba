package io.cicallback.internal.map;

import io.cicallback.internal.wire.json.CallbackEnvelopeJson;
import io.cicallback.internal.wire.json.JobJson;
import io.cicallback.internal.wire.json.MediaStreamsJson;
import io.cicallback.internal.wire.json.OutputFileJson;
import io.cicallback.internal.bind.CallbackEnvelope;
import io.cicallback.model.Job;
import io.cicallback.model.MediaStreams;
import io.cicallback.model.OutputFile;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Maps the JSON wire POJOs (generated from the JSON Schema) onto the model users program against (generated
 * from the XSD). MapStruct writes the implementation at compile time, including a method for every nested
 * type not declared here: a job type's nodes need no code, since the two schemas give them the same names.
 *
 * <p>Every JSON property must reach the model (unmapped source properties fail the build: a node the JSON
 * Schema has and the XSD lacks). Model properties the JSON cannot fill are not reported here: the model's
 * fluent {@code withX} methods look like properties to MapStruct; {@link ModelToJsonMapper} catches the
 * reverse drift. Only renamed properties are listed; the rest match by name. Lists are filled through the
 * model's setters, so that a list the JSON lacks stays {@code null}.
 */
@Mapper(uses = {WireValues.class, KeyValueNodes.FromJson.class},
        unmappedSourcePolicy = ReportingPolicy.ERROR,
        unmappedTargetPolicy = ReportingPolicy.IGNORE,
        typeConversionPolicy = ReportingPolicy.ERROR)
public interface JsonToModelMapper {

    /** The generated implementation; MapStruct itself is not needed at run time. */
    JsonToModelMapper INSTANCE = new JsonToModelMapperImpl();

    /**
     * @param json a callback bound from JSON
     * @return the same callback in the model
     */
    @Mapping(target = "jobs", source = "jobsDetail")
    @Mapping(target = "rawEventName", source = "eventName")
    CallbackEnvelope toModel(CallbackEnvelopeJson json);

    /** Enumerated text lands in the raw properties; the typed ones are views of them. */
    @Mapping(target = "rawState", source = "state")
    @Mapping(target = "rawTag", source = "tag")
    @Mapping(target = "state", ignore = true)
    @Mapping(target = "tag", ignore = true)
    Job toModel(JobJson json);

    /** Repeatable stream nodes have plural names in the model. */
    @Mapping(target = "audioStreams", source = "audio")
    @Mapping(target = "subtitleStreams", source = "subtitle")
    @Mapping(target = "videoStreams", source = "video")
    MediaStreams toModel(MediaStreamsJson json);

    /** Repeatable output nodes have plural names in the model. */
    @Mapping(target = "md5Infos", source = "md5Info")
    @Mapping(target = "objectNames", source = "objectName")
    OutputFile toModel(OutputFileJson json);
}
