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

    /** The XML side, built on first use: an XML-only application never loads the JSON machinery. */
    private static final class Xml {
        static final Schema XSD;
        static final SchemaNode TREE;

        static {
            try {
                XSD = compileXsd(resource(XSD_RESOURCE));
                try (var in = open(XSD_RESOURCE)) {
                    TREE = XsdTreeReader.read(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the bundled XSD", e);
            }
        }
    }

    /** The JSON side, built on first use. */
    private static final class Json {
        static final org.everit.json.schema.Schema SCHEMA;
        static final SchemaNode TREE;

        static {
            try {
                SCHEMA = compileJsonSchema();
                try (var in = open(JSON_SCHEMA_RESOURCE)) {
                    TREE = JsonSchemaTreeReader.read(in, ROOT_NAME);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the bundled JSON Schema", e);
            }
        }
    }

    /** @return the shared instance; each schema is compiled on first use */
    public static CallbackSchemas get() {
        return INSTANCE;
    }

    /** @return the compiled XSD; thread-safe, create a validator or validator handler per use */
    public Schema xsd() {
        return Xml.XSD;
    }

    /** @return the compiled JSON Schema; thread-safe */
    public org.everit.json.schema.Schema jsonSchema() {
        return Json.SCHEMA;
    }

    /** @return the callback tree as the XSD describes it */
    public SchemaNode xmlTree() {
        return Xml.TREE;
    }

    /** @return the callback tree as the JSON Schema describes it */
    public SchemaNode jsonTree() {
        return Json.TREE;
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
                    // Linear-time matching whatever the text, and '$' means the end of the text.
                    .regexpFactory(new RE2JRegexpFactory())
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
