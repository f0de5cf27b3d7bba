package io.cicallback.cli.doccheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a Tencent doc page (in the Markdown form of the seed pages, Chinese or English) says about the
 * callback: its node tables, the container notes written as prose, and its sample payloads.
 *
 * @param nodes   every documented node, from tables and notes, in page order
 * @param samples every code block that holds an XML or JSON payload, in page order
 */
public record DocPage(List<DocNode> nodes, List<Sample> samples) {

    /**
     * One documented node.
     *
     * @param name   the node's name
     * @param parent the parent path as printed, e.g. {@code Response.JobsDetail.Input}; empty for the root
     * @param type   the documented type as printed, e.g. {@code String}, {@code Container array}
     * @param line   1-based line on the page
     * @param inTable whether a node table lists it ({@code false}: a prose note mentions it)
     */
    public record DocNode(String name, String parent, String type, int line, boolean inTable) {

        /** @return the node's path, e.g. {@code Response.JobsDetail.Input.CosHeaders} */
        public String path() {
            return parent.isEmpty() ? name : parent + "." + name;
        }
    }

    /**
     * One sample payload.
     *
     * @param body the payload text
     * @param line 1-based line of the code block's first line
     */
    public record Sample(String body, int line) {
    }

    // "| Key | Response.JobsDetail.Input.CosHeaders | ... | String |"
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|(.*)\\|\\s*$");
    // Prose notes: "... `Response.JobsDetail.Input` will also contain a `CosHeaders` node of the container array type"
    // and "Response.JobsDetail.Input 还会包含 CosHeaders 节点，类型为 Container 数组".
    private static final Pattern NOTE_EN = Pattern.compile(
            "`?(Response(?:\\.\\w+)*)`? will also contain a `?(\\w+)`? node of the (container array|container|string) type",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE_ZH = Pattern.compile(
            "(Response(?:\\.\\w+)*)\\s*还会包含\\s*(\\w+)\\s*节点[，,]\\s*类型为\\s*(Container\\s*数组|Container|String)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FENCE = Pattern.compile("^\\s*```");

    /**
     * @param markdown the page's text
     * @return what the page documents
     */
    public static DocPage parse(String markdown) {
        var nodes = new ArrayList<DocNode>();
        var samples = new ArrayList<Sample>();
        var lines = markdown.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            if (FENCE.matcher(line).find()) {
                int start = i + 1;
                var body = new StringBuilder();
                for (i = start; i < lines.length && !FENCE.matcher(lines[i]).find(); i++) {
                    body.append(lines[i]).append('\n');
                }
                var text = body.toString().strip();
                if (text.startsWith("<") || text.startsWith("{")) {
                    samples.add(new Sample(text + "\n", start + 1));
                }
                continue;
            }
            var row = TABLE_ROW.matcher(line);
            if (row.matches()) {
                var cells = row.group(1).split("\\|", -1);
                if (cells.length >= 4 && isNodeRow(cells)) {
                    var parent = cells[1].strip();
                    nodes.add(new DocNode(cells[0].strip(), isNone(parent) ? "" : parent,
                            cells[cells.length - 1].strip(), i + 1, true));
                }
                continue;
            }
            for (var note : List.of(NOTE_EN, NOTE_ZH)) {
                var matcher = note.matcher(line);
                while (matcher.find()) {
                    nodes.add(new DocNode(matcher.group(2), matcher.group(1), matcher.group(3), i + 1, false));
                }
            }
        }
        return new DocPage(nodes, samples);
    }

    private static boolean isNodeRow(String[] cells) {
        var name = cells[0].strip();
        // Header rows name their columns; separator rows are dashes and colons.
        return name.matches("[A-Za-z][A-Za-z0-9]*") && !cells[1].strip().matches("[-: ]*")
                && !name.toLowerCase(Locale.ROOT).startsWith("node");
    }

    private static boolean isNone(String parent) {
        return parent.isEmpty() || parent.equalsIgnoreCase("none") || parent.equals("无") || parent.equals("-");
    }
}
