package io.cicallback.cli.doccheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.internal.schema.CallbackSchemas;
import io.cicallback.internal.schema.SchemaNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages in each of Tencent's layouts (our own words: callback pages in English and Chinese, the submit-job page
 * in both, a query page, the WorkflowFinish page) are in sync; every one-line change of the kinds a doc
 * update makes is generated on them and must be reported at the line it was made: a leaf retyped from String
 * to Int, a row of a required node deleted, a node renamed in a row or in a sample (plain or after HTTP lines,
 * XML or JSON).
 */
class DocChangesTest {

    private static final Path LAYOUTS = Path.of("src", "test", "resources", "doccheck", "layouts");
    private static final Pattern XML_LEAF = Pattern.compile("^(\\s*)<(\\w+)>([^<]*)</(\\w+)>\\s*$");
    private static final Pattern XML_EMPTY = Pattern.compile("^(\\s*)<(\\w+)/>\\s*$");
    private static final Pattern JSON_KEY = Pattern.compile("^(\\s*)\"(\\w+)\"(\\s*:.*)$");
    private static final KnownDocDefects DEFECTS = KnownDocDefects.load();
    private static final SchemaNode XSD = CallbackSchemas.get().xmlTree();

    private static List<Path> pages() {
        try (var files = Files.list(LAYOUTS)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyLayoutIsInSyncAndSaysWhatItCompared() {
        var reports = new DocCheck().check(pages().stream()
                .map(p -> new DocCheck.Page(p.getFileName().toString(), read(p))).toList());
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.problems()).as(report.name()).filteredOn(DocCheck.Problem::error).isEmpty();
            assertThat(report.verdict()).startsWith("in sync (").contains(report.rows() + " rows and");
            assertThat(report.rows()).isPositive();
            assertThat(report.samples()).isPositive();
        });
        var callback = reports.stream().filter(r -> r.name().equals("callback-page-en.md")).findFirst().orElseThrow();
        assertThat(callback.kind()).isEqualTo(DocCheck.PageKind.CALLBACK);
        assertThat(callback.tag()).isEqualTo("Snapshot");
        assertThat(callback.notCompared()).contains("JobsDetail's own nodes are compared on api-response-en.md");
        var api = reports.stream().filter(r -> r.name().equals("api-response-en.md")).findFirst().orElseThrow();
        assertThat(api.verdict()).contains("request rows outside Request.Operation", "request sample",
                "without a payload to compare");
        var query = reports.stream().filter(r -> r.name().equals("query-page-en.md")).findFirst().orElseThrow();
        assertThat(query.verdict()).contains("that are no node", "nodes only the job APIs send");
    }

    @Test
    void aCallbackPageAloneSaysWhereItsJobTypesNodesAreDocumented() {
        var report = new DocCheck().check(List.of(new DocCheck.Page("cb.md", read(LAYOUTS.resolve("callback-page-en.md")))))
                .get(0);
        assertThat(report.notCompared()).singleElement().asString()
                .startsWith("JobsDetail's own nodes, documented on https://").endsWith("(give that page too)");
    }

    /** @return each change: the page, what was changed, the changed text, and the line a report must name */
    static Stream<Arguments> oneLineChanges() {
        var changes = new ArrayList<Arguments>();
        for (var page : pages()) {
            var text = read(page);
            var lines = text.split("\n", -1);
            var doc = DocPage.parse(text);
            var name = page.getFileName().toString();
            for (var raw : doc.nodes()) {
                if (!raw.inTable()) {
                    continue;
                }
                int at = raw.line() - 1;
                var node = DEFECTS.correct(raw.side() == DocPage.Side.REQUEST && raw.parent().startsWith("Request.Operation")
                        ? new DocPage.DocNode(raw.name(), "Response.JobsDetail.Operation"
                        + raw.parent().substring("Request.Operation".length()), raw.type(), raw.line(), true, raw.side())
                        : raw);
                var schema = find(node.path());
                boolean compared = schema != null && (raw.side() == DocPage.Side.RESPONSE
                        || raw.parent().startsWith("Request.Operation"));
                if (compared && schema.isLeaf() && SchemaNode.STRING.equals(schema.leafType())
                        && raw.type().equalsIgnoreCase("String")) {
                    changes.add(change(name, "retype " + node.path() + " to Int", lines, at,
                            lines[at].replaceFirst("(?i)\\|\\s*String\\s*\\|", "| Int |"), raw.line()));
                }
                if (compared && raw.side() == DocPage.Side.RESPONSE && schema.required()
                        && !node.parent().isEmpty() && siblingsInTables(doc, raw) > 1) {
                    changes.add(deletion(name, "delete the row of " + node.path(), lines, at, doc, raw));
                }
                if (compared && raw.side() == DocPage.Side.RESPONSE) {
                    changes.add(change(name, "rename the row of " + node.path(), lines, at,
                            lines[at].replaceFirst("\\b" + raw.name() + "\\b", raw.name() + "Renamed"), raw.line()));
                }
            }
            for (var sample : doc.samples()) {
                if (sample.body().stripLeading().startsWith("<Request")) {
                    continue; // requests are not compared
                }
                int bodyLines = sample.body().split("\n").length;
                for (int at = sample.line(); at < sample.line() - 1 + bodyLines; at++) {
                    var renamed = rename(lines[at]);
                    if (renamed != null) {
                        changes.add(change(name, "rename a sample node (" + sample.framing() + ")", lines, at, renamed, at + 1));
                    }
                }
            }
        }
        return changes.stream();
    }

    @Test
    void theChangesCoverEveryKindAndEveryFraming() {
        var kinds = oneLineChanges().map(a -> ((String) a.get()[1]).replaceAll(" (Response|of|\\().*", ""))
                .collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
        var framings = oneLineChanges().map(a -> (String) a.get()[1]).filter(w -> w.startsWith("rename a sample"))
                .collect(java.util.stream.Collectors.groupingBy(w -> w, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
        assertThat(kinds).as("%s", kinds).containsOnlyKeys("retype", "delete the row", "rename the row",
                "rename a sample node").allSatisfy((kind, count) -> assertThat(count).isGreaterThan(5));
        assertThat(framings).as("%s", framings).containsKeys("rename a sample node (NONE)",
                "rename a sample node (HTTP_RESPONSE)");
    }

    @ParameterizedTest(name = "{0}:{4}: {1}")
    @MethodSource("oneLineChanges")
    void everyOneLineChangeIsReportedWhereItWasMade(String page, String what, String changed, int fromLine, int toLine) {
        var problems = new DocCheck().check(changed);

        assertThat(problems).as("%s, expected at lines %d-%d", what, fromLine, toLine)
                .anySatisfy(p -> {
                    assertThat(p.error()).isTrue();
                    assertThat(p.line()).isBetween(fromLine, toLine);
                });
    }

    private static Arguments change(String page, String what, String[] lines, int at, String replacement, int line) {
        var changed = lines.clone();
        changed[at] = replacement;
        assertThat(replacement).as(what).isNotEqualTo(lines[at]);
        return Arguments.of(page, what, String.join("\n", changed), line, line);
    }

    /** A deleted row is reported within its parent's rows as they are left (its line, or a sibling's). */
    private static Arguments deletion(String page, String what, String[] lines, int at, DocPage doc, DocPage.DocNode row) {
        var changed = new ArrayList<>(Arrays.asList(lines));
        changed.remove(at);
        var siblings = doc.nodes().stream().filter(n -> n.inTable() && n.parent().equals(row.parent()) && n != row)
                .mapToInt(n -> n.line() > row.line() ? n.line() - 1 : n.line()).toArray();
        int first = Arrays.stream(siblings).min().orElseThrow();
        int last = Arrays.stream(siblings).max().orElseThrow() + 1;
        return Arguments.of(page, what, String.join("\n", changed), first, last);
    }

    private static long siblingsInTables(DocPage doc, DocPage.DocNode row) {
        return doc.nodes().stream().filter(n -> n.inTable() && n.parent().equals(row.parent())).count();
    }

    /** @return the line with its node renamed (an XML leaf or empty element, a JSON key), or {@code null} */
    private static String rename(String line) {
        var leaf = XML_LEAF.matcher(line);
        if (leaf.matches() && leaf.group(2).equals(leaf.group(4))) {
            return leaf.group(1) + "<" + leaf.group(2) + "X>" + leaf.group(3) + "</" + leaf.group(2) + "X>";
        }
        var empty = XML_EMPTY.matcher(line);
        if (empty.matches()) {
            return empty.group(1) + "<" + empty.group(2) + "X/>";
        }
        var key = JSON_KEY.matcher(line);
        if (key.matches()) {
            return key.group(1) + "\"" + key.group(2) + "X\"" + key.group(3);
        }
        return null;
    }

    private static SchemaNode find(String path) {
        var names = path.split("\\.");
        var node = names[0].equals(XSD.name()) ? XSD : null;
        for (int i = 1; i < names.length && node != null; i++) {
            node = node.child(names[i]);
        }
        return node;
    }
}
