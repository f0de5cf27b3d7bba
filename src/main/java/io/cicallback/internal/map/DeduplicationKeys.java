package io.cicallback.internal.map;

import io.cicallback.model.ModelObject;
import io.cicallback.model.UnknownNode;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * The deduplication keys of the model: {@code EVENT/ID/STATE}, such as {@code TaskFinish/j4064.../Success} or
 * {@code WorkflowFinish/i166e.../Failed}, built so that two different callbacks never share one.
 *
 * <ul>
 *   <li>Each part is percent-encoded: every character but {@code A-Z a-z 0-9 - . _ ~} becomes the {@code %XX}
 *       escapes of its UTF-8 bytes, so no part holds a separator ({@code /}, {@code ,}), a control character
 *       or anything else a log or a database column could misread, and the encoding is one-to-one.</li>
 *   <li>The event's name comes first: a RunId equal to a JobId gives another key.</li>
 *   <li>An absent identifier or state (lenient mode reads on without them) is written {@code !} and the SHA-256
 *       of the whole job or run in hexadecimal: a redelivery of the same content has the same key, and
 *       different content another, where a placeholder such as {@code null} would merge them (and collide with
 *       the text {@code null}). {@code !} never starts an encoded part.</li>
 * </ul>
 */
public final class DeduplicationKeys {

    /** Marks a part that was absent; never produced by {@link #encode}. */
    private static final char ABSENT = '!';
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private DeduplicationKeys() {
    }

    /**
     * @param event      the event's name, {@code TaskFinish} or {@code WorkflowFinish}
     * @param identifier the job's or run's identifier, or {@code null}
     * @param state      its state as sent, or {@code null}
     * @param whole      the job or run, fingerprinted for an absent part
     * @return the key
     */
    public static String of(String event, String identifier, String state, ModelObject whole) {
        return event + '/' + part(identifier, whole) + '/' + part(state, whole);
    }

    /** @return the key of a callback that carries no job or run to identify it: its event and its fingerprint */
    public static String ofContent(String event, ModelObject whole) {
        return event + ABSENT + fingerprint(whole);
    }

    private static String part(String text, ModelObject whole) {
        return text == null ? ABSENT + fingerprint(whole) : encode(text);
    }

    /**
     * Percent-encodes every character outside {@code A-Z a-z 0-9 - . _ ~}, by its UTF-8 bytes; an unpaired
     * surrogate (which UTF-8 cannot carry, and a reader never gives) as {@code %uXXXX}, so that it stays apart.
     */
    static String encode(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) ? i + 2 : i + 1;
            if (Character.isSurrogate(c) && end == i + 1) {
                out.append("%u").append(HEX.toHexDigits(c));
                continue;
            }
            for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX.toHexDigits(b));
            }
            i = end - 1;
        }
        return out.toString();
    }

    /**
     * @return the SHA-256, in hexadecimal, of a canonical form of a model object: every non-empty field, by
     *         name in alphabetical order, then the unknown nodes kept, each value tagged by kind and texts
     *         prefixed by their length, so that different models never give the same form
     */
    static String fingerprint(ModelObject node) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            feed(digest, node);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static final ClassValue<Field[]> BY_NAME = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            var fields = ModelFields.of(type).clone();
            Arrays.sort(fields, Comparator.comparing(Field::getName));
            return fields;
        }
    };

    private static void feed(MessageDigest digest, Object value) {
        if (value instanceof ModelObject node) {
            digest.update((byte) 'O');
            text(digest, node.getClass().getName());
            for (var field : BY_NAME.get(node.getClass())) {
                var child = ModelFields.get(field, node);
                if (child == null || child instanceof Collection<?> list && list.isEmpty()) {
                    continue; // as absent: pruning makes them the same
                }
                text(digest, field.getName());
                feed(digest, child);
            }
            if (node.hasUnknownNodes()) { // after every field: no field name starts with '?'
                text(digest, "?unknown");
                node.unknownNodes().forEach(unknown -> feed(digest, unknown));
            }
            digest.update((byte) 'E');
        } else if (value instanceof UnknownNode unknown) {
            digest.update((byte) 'U');
            text(digest, unknown.name());
            feed(digest, unknown.isLeaf() ? unknown.text() : unknown.children());
        } else if (value instanceof Collection<?> list) {
            digest.update((byte) 'L');
            text(digest, Integer.toString(list.size()));
            list.forEach(entry -> feed(digest, entry));
        } else if (value == null) {
            digest.update((byte) 'N');
        } else {
            digest.update((byte) 'S');
            text(digest, value.toString()); // the value types' toString is their text as sent
        }
    }

    private static void text(MessageDigest digest, String text) {
        var bytes = text.getBytes(StandardCharsets.UTF_16BE); // every char as it is, unpaired surrogates too
        int length = bytes.length;
        digest.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        digest.update(bytes);
    }
}
