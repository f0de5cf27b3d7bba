package io.cicallback.cli.doccheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Known defects of Tencent's published pages, kept in one documented list
 * ({@code known-doc-defects.tsv} beside this class) so that a run on the current pages is clean while a new
 * defect still shows. Each line corrects one exact documented parent or node type; anything else on the page
 * is taken as printed.
 */
final class KnownDocDefects {

    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();

    private KnownDocDefects() {
    }

    static KnownDocDefects load() {
        var defects = new KnownDocDefects();
        var in = KnownDocDefects.class.getResourceAsStream("known-doc-defects.tsv");
        if (in == null) {
            throw new IllegalStateException("known-doc-defects.tsv is missing from the jar");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                var cells = line.split("\t");
                if (cells.length < 4) {
                    throw new IllegalStateException("bad line in known-doc-defects.tsv: " + line);
                }
                switch (cells[0]) {
                    case "parent" -> defects.parents.put(cells[1], cells[2]);
                    case "type" -> defects.types.put(cells[1], cells[2]);
                    default -> throw new IllegalStateException("unknown defect kind in: " + line);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return defects;
    }

    /** @return the node with its known defects corrected */
    DocPage.DocNode correct(DocPage.DocNode node) {
        var parent = parents.getOrDefault(node.parent(), node.parent());
        var corrected = new DocPage.DocNode(node.name(), parent, node.type(), node.line(), node.inTable());
        var type = types.getOrDefault(corrected.path(), node.type());
        return new DocPage.DocNode(node.name(), parent, type, node.line(), node.inTable());
    }
}
