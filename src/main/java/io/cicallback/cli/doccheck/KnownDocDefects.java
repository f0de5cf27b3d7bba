package io.cicallback.cli.doccheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tencent's known ways of writing its pages, kept as data ({@code known-doc-defects.tsv} beside this class) so
 * that a run on the current pages is clean while a new difference still shows. Each line is one correction,
 * tab-separated: kind, what the page prints, what it means, why. Kinds:
 * <ul>
 *   <li>{@code parent}: a parent path as printed, and the real one;</li>
 *   <li>{@code parent-prefix}: the start of parent paths as printed, and the real start;</li>
 *   <li>{@code name}: a node's path as printed (parent corrected), and its real name;</li>
 *   <li>{@code type}: {@code PATH=TYPE} as printed (any case), and the real type;</li>
 *   <li>{@code api-only}: a path of the job APIs' responses that callbacks never carry (second cell {@code -});</li>
 *   <li>{@code sample}: the fingerprint of a sample known to be broken ({@link #fingerprint}), and {@code -}.</li>
 * </ul>
 */
final class KnownDocDefects {

    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, String> parentPrefixes = new LinkedHashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, String> apiOnly = new HashMap<>();
    private final Map<String, String> badSamples = new HashMap<>();

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
                var target = switch (cells[0]) {
                    case "parent" -> defects.parents;
                    case "parent-prefix" -> defects.parentPrefixes;
                    case "name" -> defects.names;
                    case "type" -> defects.types;
                    case "api-only" -> defects.apiOnly;
                    case "sample" -> defects.badSamples;
                    default -> throw new IllegalStateException("unknown defect kind in: " + line);
                };
                var key = cells[0].equals("type") ? typeKey(cells[1]) : cells[1];
                target.put(key, cells[0].equals("api-only") || cells[0].equals("sample") ? cells[3] : cells[2]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return defects;
    }

    private static String typeKey(String pathAndType) {
        int at = pathAndType.indexOf('=');
        return pathAndType.substring(0, at + 1) + pathAndType.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** @return the node with its known defects corrected */
    DocPage.DocNode correct(DocPage.DocNode node) {
        var parent = correctParent(node.parent());
        var printedPath = parent.isEmpty() ? node.name() : parent + "." + node.name();
        var name = names.getOrDefault(printedPath, node.name());
        var path = parent.isEmpty() ? name : parent + "." + name;
        var type = types.getOrDefault(path + "=" + node.type().toLowerCase(Locale.ROOT), node.type());
        return new DocPage.DocNode(name, parent, type, node.line(), node.inTable(), node.side());
    }

    /** @return a parent path with its known defects corrected */
    String correctParent(String parent) {
        var exact = parents.get(parent);
        if (exact != null) {
            return exact;
        }
        for (var prefix : parentPrefixes.entrySet()) {
            if (parent.equals(prefix.getKey()) || parent.startsWith(prefix.getKey() + ".")) {
                return prefix.getValue() + parent.substring(prefix.getKey().length());
            }
        }
        return parent;
    }

    /** @return why the path is one callbacks never carry, or {@code null} when it is a callback's */
    String apiOnly(String path) {
        for (var entry : apiOnly.entrySet()) {
            if (path.equals(entry.getKey()) || path.startsWith(entry.getKey() + ".")) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** @return why the sample is known to be broken, or {@code null} */
    String knownBadSample(String body) {
        return badSamples.get(fingerprint(body));
    }

    /**
     * @param body a sample's text
     * @return the first 16 hexadecimal digits of the SHA-256 of the sample without white space: what the
     *         {@code sample} lines name (doccheck prints it with every broken sample)
     */
    static String fingerprint(String body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(body.replaceAll("\\s+", "").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
