package io.cicallback.cli.doccheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Tencent doc page (Markdown, Chinese or English) says about the callback: the rows of its node tables,
 * the container notes written as prose, its sample payloads, and the links it gives for nodes documented
 * elsewhere. It reads every layout Tencent uses: callback pages, and the submit-job and query-job API pages
 * (request tables with a Required column, query-parameter tables, samples framed by HTTP lines).
 *
 * @param nodes    every documented node, from tables and notes, in page order
 * @param samples  every code block that holds a payload (after any HTTP lines), in page order
 * @param skipped  code blocks that hold an HTTP exchange but no payload to compare (a request without a body,
 *                 a {@code <body>} or {@code ...} placeholder), by line
 * @param pointers links the page gives for JobsDetail's own nodes, documented on another page
 * @param otherRows table rows that are no callback node (query parameters, tables without a parent column)
 */
public record DocPage(List<DocNode> nodes, List<Sample> samples, List<Integer> skipped, List<Pointer> pointers,
                      int otherRows) {

    /** Which message a table row documents. */
    public enum Side {
        /** The response: what callbacks carry (the root {@code Response}). */
        RESPONSE,
        /** A request: what a job is submitted with ({@code Request}). */
        REQUEST
    }

    /**
     * One documented node.
     *
     * @param name     the node's name
     * @param parent   the parent path as printed, e.g. {@code Response.JobsDetail.Input}; empty for a root
     * @param type     the documented type as printed, e.g. {@code String}, {@code Container array}
     * @param line     1-based line on the page
     * @param inTable  whether a node table lists it ({@code false}: a prose note mentions it)
     * @param side     the message it belongs to
     */
    public record DocNode(String name, String parent, String type, int line, boolean inTable, Side side) {

        /** @return the node's path, e.g. {@code Response.JobsDetail.Input.CosHeaders} */
        public String path() {
            return parent.isEmpty() ? name : parent + "." + name;
        }
    }

    /** How a sample is framed on the page. */
    public enum Framing {
        /** The payload alone. */
        NONE,
        /** After an HTTP request line and headers. */
        HTTP_REQUEST,
        /** After an HTTP status line and headers. */
        HTTP_RESPONSE
    }

    /**
     * One sample payload.
     *
     * @param body    the payload text
     * @param line    1-based line of the payload's first line on the page
     * @param framing what preceded the payload in its code block
     */
    public record Sample(String body, int line, Framing framing) {
    }

    /**
     * A link given for JobsDetail's own nodes.
     *
     * @param url  the link's address
     * @param line 1-based line on the page
     */
    public record Pointer(String url, int line) {
    }

    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|(.*)\\|\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\|?(\\s*:?-+:?\\s*\\|)+\\s*(:?-+:?\\s*)?$");
    // Prose notes: "... `Response.JobsDetail.Input` will also contain a `CosHeaders` node of the container array type"
    // and "Response.JobsDetail.Input 还会包含 CosHeaders 节点，类型为 Container 数组".
    private static final Pattern NOTE_EN = Pattern.compile(
            "`?(Response(?:\\.\\w+)*)`? will also contain a `?(\\w+)`? node of the (container array|container|string) type",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE_ZH = Pattern.compile(
            "(Response(?:\\.\\w+)*)\\s*还会包含\\s*(\\w+)\\s*节点[，,]\\s*类型为\\s*(Container\\s*数组|Container|String)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FENCE = Pattern.compile("^\\s*```");
    private static final Pattern REQUEST_LINE = Pattern.compile("^[A-Z]+ \\S+ HTTP/\\d(\\.\\d)?\\s*$");
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\d(\\.\\d)? \\d{3}\\b.*$");
    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"|\\]\\((https?://[^)\\s]+)\\)");
    private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /**
     * @param markdown the page's text
     * @return what the page documents
     */
    public static DocPage parse(String markdown) {
        var nodes = new ArrayList<DocNode>();
        var samples = new ArrayList<Sample>();
        var skipped = new ArrayList<Integer>();
        var pointers = new ArrayList<Pointer>();
        int otherRows = 0;
        var lines = markdown.split("\r?\n", -1);
        Columns columns = null;
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            if (FENCE.matcher(line).find()) {
                int start = i + 1;
                for (i = start; i < lines.length && !FENCE.matcher(lines[i]).find(); i++) {
                    // to the closing fence
                }
                block(lines, start, i, samples, skipped);
                continue;
            }
            var row = TABLE_ROW.matcher(line);
            if (row.matches()) {
                var cells = row.group(1).split("\\|", -1);
                if (i + 1 < lines.length && SEPARATOR.matcher(lines[i + 1]).matches()) {
                    columns = Columns.of(cells);
                    i++;
                    continue;
                }
                var node = columns == null ? null : columns.node(cells, i + 1);
                if (node != null) {
                    nodes.add(node);
                } else if (columns != null && columns.isNodeTable()) {
                    otherRows++;
                }
                pointer(line, i + 1, pointers);
                continue;
            }
            columns = null;
            pointer(line, i + 1, pointers);
            for (var note : List.of(NOTE_EN, NOTE_ZH)) {
                var matcher = note.matcher(line);
                while (matcher.find()) {
                    nodes.add(new DocNode(matcher.group(2), matcher.group(1), matcher.group(3), i + 1, false,
                            Side.RESPONSE));
                }
            }
        }
        return new DocPage(nodes, samples, skipped, pointers, otherRows);
    }

    /** Reads the code block between two fences: a payload, perhaps after HTTP lines, or nothing to compare. */
    private static void block(String[] lines, int from, int to, List<Sample> samples, List<Integer> skipped) {
        int first = from;
        while (first < to && lines[first].isBlank()) {
            first++;
        }
        if (first == to) {
            return;
        }
        var framing = REQUEST_LINE.matcher(lines[first].strip()).matches() ? Framing.HTTP_REQUEST
                : STATUS_LINE.matcher(lines[first].strip()).matches() ? Framing.HTTP_RESPONSE : Framing.NONE;
        int bodyStart = first;
        if (framing != Framing.NONE) {
            bodyStart = first + 1;
            while (bodyStart < to && !lines[bodyStart].isBlank()) {
                bodyStart++; // the headers
            }
            while (bodyStart < to && lines[bodyStart].isBlank()) {
                bodyStart++;
            }
        }
        var body = new StringBuilder();
        for (int j = bodyStart; j < to; j++) {
            body.append(lines[j]).append('\n');
        }
        var text = body.toString().strip();
        boolean payload = text.startsWith("<") || text.startsWith("{");
        if (payload && !text.equals("<body>") && !isPlaceholder(text)) {
            samples.add(new Sample(text + "\n", bodyStart + 1, framing));
        } else if (framing != Framing.NONE || payload) {
            skipped.add(first + 1);
        }
    }

    /** @return whether the payload stands for content it does not show ({@code ...} on a line of its own) */
    private static boolean isPlaceholder(String text) {
        for (var line : text.split("\n")) {
            var stripped = line.strip();
            if (stripped.equals("...") || stripped.equals("…")) {
                return true;
            }
        }
        return false;
    }

    private static void pointer(String line, int number, List<Pointer> pointers) {
        if (!line.contains("JobsDetail")) {
            return;
        }
        Matcher link = LINK.matcher(line);
        while (link.find()) {
            pointers.add(new Pointer(link.group(1) != null ? link.group(1) : link.group(2), number));
        }
    }

    /** Where a table keeps its cells, found by their headers (a Required column may follow the type). */
    private record Columns(int parent, int type, boolean isNodeTable) {

        static Columns of(String[] header) {
            int parent = -1;
            int type = -1;
            for (int c = 0; c < header.length; c++) {
                var name = header[c].strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("parent") || name.equals("父节点")) {
                    parent = c;
                } else if (name.equals("type") || name.equals("类型")) {
                    type = c;
                }
            }
            var first = header.length > 0 ? header[0].strip().toLowerCase(Locale.ROOT) : "";
            boolean named = first.startsWith("node") || first.startsWith("节点") || first.startsWith("参数");
            return new Columns(parent, type, named && type >= 0);
        }

        /** @return the row's node, or {@code null} when it is none (a query parameter, a table without parents) */
        DocNode node(String[] cells, int line) {
            if (!isNodeTable || parent < 0 || cells.length <= Math.max(parent, type)) {
                return null;
            }
            var name = clean(cells[0]);
            var parentPath = clean(cells[parent]).replace(" ", "");
            var root = isNone(parentPath);
            if (!NODE_NAME.matcher(name).matches()) {
                return null;
            }
            var side = root ? sideOfRoot(name) : parentPath.equals("Response") || parentPath.startsWith("Response.")
                    ? Side.RESPONSE : parentPath.equals("Request") || parentPath.startsWith("Request.") ? Side.REQUEST
                    : null;
            if (side == null) {
                return null; // a query parameter, or another message's node
            }
            return new DocNode(name, root ? "" : parentPath, typeOf(cells[type]), line, true, side);
        }

        /** Query parameters are the roots in lower case ({@code queueId}); a node's name starts in capitals. */
        private static Side sideOfRoot(String name) {
            return name.equals("Request") ? Side.REQUEST : Character.isUpperCase(name.charAt(0)) ? Side.RESPONSE : null;
        }
    }

    /** @return the cell's text without Markdown and HTML markup */
    static String clean(String cell) {
        return cell.replaceAll("<br\\s*/?>", "").replace("`", "").replace("\\_", "_").replace("\\*", "*").strip();
    }

    /** @return the type as printed, without the prose some cells add ("Container. For more information, ...") */
    static String typeOf(String cell) {
        var type = clean(cell);
        for (var end : new String[] {". ", "，", "。", ",", "；", ";", "（", "("}) {
            int at = type.indexOf(end);
            if (at > 0) {
                type = type.substring(0, at);
            }
        }
        return type.replaceAll("\\s+", " ").replaceAll("\\.$", "").strip();
    }

    private static boolean isNone(String parent) {
        return parent.isEmpty() || parent.equalsIgnoreCase("none") || parent.equals("无") || parent.equals("-");
    }
}
