package io.cicallback.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.everit.json.schema.loader.SchemaLoader;
import org.everit.json.schema.regexp.RE2JRegexpFactory;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.xml.sax.SAXException;

/**
 * The callback's two schemas, loaded once from the classpath (the build copies {@code schema/} there) and
 * shared: the compiled XSD, the compiled JSON Schema, and the {@link SchemaNode} tree of each.
 *
 * <p>Compiling costs a hundred milliseconds or more per schema, so each is compiled once, on first use, and
 * shared by every reader, validator and writer. All members are immutable and thread-safe.
 */
public final class CallbackSchemas {

    /** Classpath location of the XSD. */
    public static final String XSD_RESOURCE = "/io/cicallback/schema/task-finish.xsd";
    /** Classpath location of the JSON Schema. */
    public static final String JSON_SCHEMA_RESOURCE = "/io/cicallback/schema/task-finish.schema.json";
    /** Wire name of the root node; the JSON form has no root name and borrows this one for paths. */
    public static final String ROOT_NAME = "Response";

    private CallbackSchemas() {
    }

    private static final CallbackSchemas INSTANCE = new CallbackSchemas();

    /*
     * Each holder is built on first use, apart from the others: the readers follow the trees on every body and
     * reach for a compiled schema only when they need its judgement (the validators always; the reader when a
     * body needs it), so an application that only reads clean callbacks never compiles either schema.
     */

    private static final class Xsd {
        static final Schema COMPILED = load(XSD_RESOURCE, in -> compileXsd(resource(XSD_RESOURCE)));
    }

    private static final class XsdTree {
        static final SchemaNode TREE = load(XSD_RESOURCE, XsdTreeReader::read);
    }

    private static final class JsonSchema {
        static final org.everit.json.schema.Schema COMPILED = load(JSON_SCHEMA_RESOURCE, CallbackSchemas::compileJsonSchema);
    }

    private static final class JsonSchemaTree {
        static final SchemaNode TREE = load(JSON_SCHEMA_RESOURCE, in -> JsonSchemaTreeReader.read(in, ROOT_NAME));
    }

    /** Reads one of the bundled schemas. */
    private interface Loader<T> {
        T load(InputStream schema) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (var in = open(resource)) {
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled schema " + resource, e);
        }
    }

    /** @return the shared instance; each schema is compiled on first use */
    public static CallbackSchemas get() {
        return INSTANCE;
    }

    /** @return the compiled XSD; thread-safe, create a validator or validator handler per use */
    public Schema xsd() {
        return Xsd.COMPILED;
    }

    /** @return the compiled JSON Schema; thread-safe */
    public org.everit.json.schema.Schema jsonSchema() {
        return JsonSchema.COMPILED;
    }

    /** @return the callback tree as the XSD describes it */
    public SchemaNode xmlTree() {
        return XsdTree.TREE;
    }

    /** @return the callback tree as the JSON Schema describes it */
    public SchemaNode jsonTree() {
        return JsonSchemaTree.TREE;
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

    private static org.everit.json.schema.Schema compileJsonSchema(InputStream in) {
        var raw = new JSONObject(new JSONTokener(in));
        return SchemaLoader.builder()
                .schemaJson(raw)
                .draftV7Support()
                // Linear-time matching whatever the text, and '$' means the end of the text.
                .regexpFactory(new RE2JRegexpFactory())
                .useDefaults(false)
                .build()
                .load()
                .build();
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
