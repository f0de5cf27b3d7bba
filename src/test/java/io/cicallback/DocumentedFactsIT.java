package io.cicallback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the README says of the built artifacts, held to them: the library jar's size (as users get it, shaded)
 * and the Jackson version the build uses; the model's Javadoc carries no escaped markup.
 */
class DocumentedFactsIT {

    private static final Path PROJECT = Path.of(System.getProperty("cicallback.projectDir", "."));

    @Test
    void theLibraryJarIsAsLargeAsTheReadmeSays() throws Exception {
        var readme = Files.readString(PROJECT.resolve("README.md"));
        var said = Pattern.compile("plus the library's own ([0-9.]+) MB").matcher(readme);
        assertThat(said.find()).as("the README states the jar's size").isTrue();
        double megabytes = Double.parseDouble(said.group(1));
        try (Stream<Path> jars = Files.list(PROJECT.resolve("target"))) {
            var jar = jars.filter(p -> p.getFileName().toString().matches("ci-callback-[0-9.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow();
            double actual = Files.size(jar) / 1_000_000.0;
            assertThat(actual).as("%s is %.2f MB; the README says %s MB", jar, actual, said.group(1))
                    .isBetween(megabytes * 0.9, megabytes * 1.1);
        }
    }

    @Test
    void theReadmeNamesTheJacksonTheBuildUses() throws Exception {
        var pom = Files.readString(PROJECT.resolve("pom.xml"));
        var version = Pattern.compile("<jackson.version>(\\d+\\.\\d+)\\.\\d+</jackson.version>").matcher(pom);
        assertThat(version.find()).isTrue();
        assertThat(Files.readString(PROJECT.resolve("README.md"))).contains("built with Jackson " + version.group(1))
                .contains("to " + version.group(1) + " works");
    }

    @Test
    void theModelsJavadocHasNoEscapedMarkup() throws Exception {
        try (Stream<Path> sources = Files.walk(PROJECT.resolve("target/generated-sources/jaxb"))) {
            for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(source)).as(source.toString()).doesNotContain("&lt;p&gt;", "&lt;pre&gt;");
            }
        }
    }
}
