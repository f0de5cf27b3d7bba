package io.cicallback.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Serves the XSD's {@code xs:include}s from our schema files, wherever they are (a folder, a jar, a shaded or
 * nested jar, the module path), so that the compiler never opens an address itself.
 */
final class IncludeResolver implements LSResourceResolver {

    private static final String SCHEME = "cicallback-schema";
    private final SchemaFiles files;

    IncludeResolver(SchemaFiles files) {
        this.files = files;
    }

    /** @return the system identifier a schema file is known by while compiling */
    static String systemId(String path) {
        return SCHEME + ":/" + path;
    }

    @Override
    public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
        var address = baseUri == null ? URI.create(systemId) : URI.create(baseUri).resolve(systemId);
        if (!SCHEME.equals(address.getScheme())) {
            return null; // refused by the factory's ACCESS_EXTERNAL_SCHEMA
        }
        var path = address.getPath().substring(1);
        try {
            return new Input(systemId(path), files.open(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the included schema " + path, e);
        }
    }

    /** One included document: its bytes and the identifier its own includes resolve against. */
    private record Input(String systemId, InputStream byteStream) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() { return byteStream; }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return systemId; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
