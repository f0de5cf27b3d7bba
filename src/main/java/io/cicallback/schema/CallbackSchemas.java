package io.cicallback.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.xml.sax.SAXException;

/**
 * The callback's two schemas, loaded once from the classpath (the build copies {@code schema/} there) and
 * shared: the compiled XSD, the compiled JSON Schema, and the {@link SchemaNode} tree of each.
 *
 * <p>Compiling takes tens of milliseconds, so {@link #get()} builds the instance on first use and every
 * reader, validator and writer shares it. All members are immutable and thread-safe.
 */
public final class CallbackSchemas {

    /** Classpath location of the XSD. */
    public static final String XSD_RESOURCE = "/io/cicallback/schema/task-finish.xsd";
    /** Classpath location of the JSON Schema. */
    public static final String JSON_SCHEMA_RESOURCE = "/io/cicallback/schema/task-finish.schema.json";
    /** Wire name of the root node; the JSON form has no root name and borrows this one for paths. */
    public static final String ROOT_NAME = "Response";

    private final Schema xsd;
    private final org.everit.json.schema.Schema jsonSchema;
    private final SchemaNode xmlTree;
    private final SchemaNode jsonTree;

    private CallbackSchemas() {
        try {
            xsd = compileXsd(resource(XSD_RESOURCE));
            jsonSchema = compileJsonSchema();
            try (var in = open(XSD_RESOURCE)) {
                xmlTree = XsdTreeReader.read(in);
            }
            try (var in = open(JSON_SCHEMA_RESOURCE)) {
                jsonTree = JsonSchemaTreeReader.read(in, ROOT_NAME);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled callback schemas", e);
        }
    }

    private static final class Holder {
        static final CallbackSchemas INSTANCE = new CallbackSchemas();
    }

    /** @return the shared instance, built on first call */
    public static CallbackSchemas get() {
        return Holder.INSTANCE;
    }

    /** @return the compiled XSD; thread-safe, create a validator or validator handler per use */
    public Schema xsd() {
        return xsd;
    }

    /** @return the compiled JSON Schema; thread-safe */
    public org.everit.json.schema.Schema jsonSchema() {
        return jsonSchema;
    }

    /** @return the callback tree as the XSD describes it */
    public SchemaNode xmlTree() {
        return xmlTree;
    }

    /** @return the callback tree as the JSON Schema describes it */
    public SchemaNode jsonTree() {
        return jsonTree;
    }

    private static Schema compileXsd(URL location) throws IOException {
        try {
            var factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Our XSD imports nothing; refusing external access keeps it that way.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(location);
        } catch (SAXException e) {
            throw new IOException("cannot compile " + location + ": " + e.getMessage(), e);
        }
    }

    private static org.everit.json.schema.Schema compileJsonSchema() throws IOException {
        try (var in = open(JSON_SCHEMA_RESOURCE)) {
            var raw = new JSONObject(new JSONTokener(in));
            return SchemaLoader.builder()
                    .schemaJson(raw)
                    .draftV7Support()
                    .useDefaults(false)
                    .build()
                    .load()
                    .build();
        }
    }

    private static URL resource(String name) throws IOException {
        var url = CallbackSchemas.class.getResource(name);
        if (url == null) {
            throw new IOException("missing classpath resource " + name);
        }
        return url;
    }

    private static InputStream open(String name) throws IOException {
        return resource(name).openStream();
    }
}
