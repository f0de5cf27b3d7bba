package io.cicallback.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java and properties snippet of the README is a tagged region of a source in this package or below it
 * (or of a properties file beside its tests), which the build compiles and the tests run: the README cannot show code
 * that does not compile or that fails as written. A region is marked {@code // tag::NAME[]} ...
 * {@code // end::NAME[]} ({@code #} in properties); regions of one name are joined in order, so that a snippet
 * can leave out the lines a test needs around it. Each README block must equal one snippet, indentation aside,
 * and each snippet must be in the README.
 */
class ReadmeSnippetsTest {

    private static final Path PROJECT = Path.of(System.getProperty("cicallback.projectDir", "."));
    private static final Path README = PROJECT.resolve("README.md");
    private static final List<Path> SOURCES = List.of(PROJECT.resolve("src/test/java/io/cicallback/readme"),
            PROJECT.resolve("src/test/resources/io/cicallback/readme"));
    private static final Pattern BLOCK = Pattern.compile("(?m)^```(java|properties)\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern MARK = Pattern.compile("^\\s*(?://|#) (tag|end)::([\\w-]+)\\[\\]\\s*$");

    @Test
    void everyJavaAndPropertiesBlockOfTheReadmeIsASnippetTheBuildCompilesAndRuns() throws IOException {
        var snippets = snippets();
        var blocks = new ArrayList<String>();
        var matcher = BLOCK.matcher(Files.readString(README));
        while (matcher.find()) {
            blocks.add(dedent(matcher.group(2)));
        }
        assertThat(blocks).as("the README's java and properties blocks").hasSizeGreaterThan(5);
        for (var block : blocks) {
            assertThat(snippets.values()).as("a README block with no snippet in %s:%n%s", SOURCES, block).contains(block);
        }
        snippets.forEach((name, text) -> assertThat(blocks).as("snippet %s is shown in the README", name).contains(text));
    }

    /** @return each snippet's name and text, its regions joined, indentation removed */
    static Map<String, String> snippets() throws IOException {
        var regions = new LinkedHashMap<String, StringBuilder>();
        for (var folder : SOURCES) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String open = null;
                    for (var line : Files.readAllLines(file)) {
                        var mark = MARK.matcher(line);
                        if (mark.matches()) {
                            open = mark.group(1).equals("tag") ? mark.group(2) : null;
                            regions.computeIfAbsent(mark.group(2), n -> new StringBuilder());
                        } else if (open != null) {
                            regions.get(open).append(line).append('\n');
                        }
                    }
                }
            }
        }
        var out = new LinkedHashMap<String, String>();
        regions.forEach((name, text) -> out.put(name, dedent(text.toString())));
        return out;
    }

    /** @return the text with the indentation its lines share removed, and trailing blanks trimmed */
    static String dedent(String text) {
        var lines = text.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        var out = new StringBuilder();
        for (var line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
