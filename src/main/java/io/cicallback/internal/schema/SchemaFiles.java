package io.cicallback.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the schema files are read from: the classpath at run time, the {@code schema/} folder in tests and
 * build steps. Files name each other by relative paths ({@code xs:include}, cross-file {@code $ref}), which
 * {@link #resolve} turns into paths from the schemas' root folder.
 */
public interface SchemaFiles {

    /** Root of the bundled schemas on the classpath (the build copies {@code schema/} there). */
    String CLASSPATH_ROOT = "/io/cicallback/schema/";

    /**
     * @param path a path from the schemas' root folder, such as {@code common/common.xsd}
     * @return the file's content
     * @throws IOException when there is no such file
     */
    InputStream open(String path) throws IOException;

    /**
     * @param path a path from the schemas' root folder
     * @return an address the JDK's schema compiler can resolve relative includes against
     * @throws IOException when there is no such file
     */
    URL url(String path) throws IOException;

    /** @return the schemas bundled on the classpath */
    static SchemaFiles classpath() {
        return new SchemaFiles() {
            @Override
            public InputStream open(String path) throws IOException {
                return url(path).openStream();
            }

            @Override
            public URL url(String path) throws IOException {
                var url = SchemaFiles.class.getResource(CLASSPATH_ROOT + path);
                if (url == null) {
                    throw new IOException("missing classpath resource " + CLASSPATH_ROOT + path);
                }
                return url;
            }
        };
    }

    /**
     * @param root the schemas' root folder
     * @return the schemas in that folder
     */
    public static SchemaFiles directory(Path root) {
        return new SchemaFiles() {
            @Override
            public InputStream open(String path) throws IOException {
                return Files.newInputStream(root.resolve(path));
            }

            @Override
            public URL url(String path) throws IOException {
                return root.resolve(path).toUri().toURL();
            }
        };
    }

    /**
     * @param from     the path of the file that names another
     * @param relative the name it uses, relative to its own folder (may climb with {@code ..})
     * @return the named file's path from the schemas' root folder
     * @throws IOException when the name leaves the root folder
     */
    static String resolve(String from, String relative) throws IOException {
        var resolved = URI.create("root:/" + from).resolve(relative).getPath();
        if (resolved == null || !resolved.startsWith("/") || resolved.contains("..")) {
            throw new IOException(relative + " in " + from + " leaves the schema folder");
        }
        return resolved.substring(1);
    }
}
