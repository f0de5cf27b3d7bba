package io.cicallback.internal.schema;

import java.io.IOException;
import java.net.URI;
import javax.xml.transform.stream.StreamSource;
import org.everit.json.schema.loader.SchemaClient;
import java.io.UncheckedIOException;
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
 * shared: the compiled XSD, the compiled JSON Schema, and the {@link SchemaNode} tree of each (which the build
 * compiles into {@link CompiledTrees#RESOURCE}).
 *
 * <p>Compiling costs a hundred milliseconds or more per schema, so each is compiled once, on first use, and
 * shared by every reader, validator and writer. All members are immutable and thread-safe.
 */
public final class CallbackSchemas {

    /** The XSD's main document, from the schemas' root folder; it includes the others. */
    public static final String XSD = "callback.xsd";
    /** The JSON Schema's main document, from the schemas' root folder; its {@code $ref}s lead to the others. */
    public static final String JSON_SCHEMA = "callback.schema.json";
    /** Wire name of the root node; the JSON form has no root name and borrows this one for paths. */
    public static final String ROOT_NAME = "Response";
    /** The scheme of the addresses everit resolves the JSON Schema's cross-file {@code $ref}s against. */
    private static final String JSON_SCHEME = "cicallback-schema";

    private CallbackSchemas() {
    }

    private static final CallbackSchemas INSTANCE = new CallbackSchemas();

    /*
     * Each holder is built on first use, apart from the others: the readers follow the trees on every body and
     * reach for a compiled schema only when they need its judgement (the validators always; the reader when a
     * body needs it), so an application that only reads clean callbacks never compiles either schema.
     */

    private static final SchemaFiles FILES = SchemaFiles.classpath();

    private static final class Xsd {
        static final Schema COMPILED = load(XSD, () -> compileXsd(FILES, XSD));
    }

    /**
     * The grammars the readers follow, one per format: compiled from the schemas at build time, so no schema is
     * parsed here, and a body of one format never reads the other's.
     */
    private static final class XmlGrammar {
        static final CompiledTrees.Grammar COMPILED = CompiledTrees.load(true);
    }

    private static final class JsonGrammar {
        static final CompiledTrees.Grammar COMPILED = CompiledTrees.load(false);
    }

    private static final class JsonSchema {
        static final org.everit.json.schema.Schema COMPILED = load(JSON_SCHEMA, () -> compileJsonSchema(FILES, JSON_SCHEMA));
    }


    /** Reads one of the bundled schemas. */
    private interface Loader<T> {
        T load() throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try {
            return loader.load();
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

    /** @return the callback tree as the XSD describes it (compiled at build time) */
    public SchemaNode xmlTree() {
        return XmlGrammar.COMPILED.tree();
    }

    /** @return the callback tree as the JSON Schema describes it (compiled at build time) */
    public SchemaNode jsonTree() {
        return JsonGrammar.COMPILED.tree();
    }

    /** @return where each node of {@link #xmlTree()} goes in the model (compiled at build time) */
    public ModelTarget xmlTargets() {
        return XmlGrammar.COMPILED.targets();
    }

    /** @return where each node of {@link #jsonTree()} goes in the model (compiled at build time) */
    public ModelTarget jsonTargets() {
        return JsonGrammar.COMPILED.targets();
    }

    /**
     * Reads both trees from the schema files, as the build does to compile them.
     *
     * @param files where the schema files are
     * @return the trees
     * @throws IOException when a file is missing or not of the shapes the readers know
     */
    public static CompiledTrees.Trees readTrees(SchemaFiles files) throws IOException {
        return new CompiledTrees.Trees(XsdTreeReader.read(files, XSD), JsonSchemaTreeReader.read(files, JSON_SCHEMA,
                ROOT_NAME));
    }

    /**
     * Compiles an XSD whose includes are read from the same files, and from nowhere else.
     *
     * @param files where the schema files are
     * @param path  the main document
     * @return the compiled schema
     * @throws IOException when a file is missing or the schema does not compile
     */
    public static Schema compileXsd(SchemaFiles files, String path) throws IOException {
        try {
            var factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Includes are served from our own files by the resolver; any other external access is refused.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new IncludeResolver(files));
            try (var in = files.open(path)) {
                return factory.newSchema(new StreamSource(in, IncludeResolver.systemId(path)));
            }
        } catch (SAXException e) {
            throw new IOException("cannot compile " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * What every JSON Schema file's {@code $id} starts with; its path from the schemas' root folder follows. An
     * identifier, not an address: nothing is fetched from it ({@code .invalid} cannot resolve).
     */
    public static final String ID_BASE = "https://ci-callback.invalid/schema/";

    /**
     * Compiles a JSON Schema whose cross-file {@code $ref}s are read from the same files.
     *
     * @param files where the schema files are
     * @param path  the main document
     * @return the compiled schema
     * @throws IOException when a file is missing
     */
    public static org.everit.json.schema.Schema compileJsonSchema(SchemaFiles files, String path) throws IOException {
        JSONObject raw;
        try (var in = files.open(path)) {
            raw = new JSONObject(new JSONTokener(in));
        }
        // Each file's $id is ID_BASE and its path, so that any validator handed the files resolves the relative
        // $refs between them; here the ids (and the paths this loader starts from) lead back to the same files.
        SchemaClient client = url -> {
            String file;
            if (url.startsWith(ID_BASE)) {
                file = url.substring(ID_BASE.length());
            } else if (JSON_SCHEME.equals(URI.create(url).getScheme())) {
                file = URI.create(url).getPath().substring(1);
            } else {
                throw new UncheckedIOException(new IOException("the JSON Schema refers outside its files: " + url));
            }
            try {
                return files.open(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return SchemaLoader.builder()
                .schemaJson(raw)
                .schemaClient(client)
                .resolutionScope(JSON_SCHEME + ":/" + path)
                .draftV7Support()
                // Linear-time matching whatever the text, and '$' means the end of the text.
                .regexpFactory(new RE2JRegexpFactory())
                .useDefaults(false)
                .build()
                .load()
                .build();
    }

}
