package io.cicallback.validate;

/**
 * Where in the body a finding points: a line and column for XML, a JSON Pointer for JSON, or nowhere in
 * particular (e.g. an empty body).
 *
 * @param line        1-based line, or 0 when unknown
 * @param column      1-based column, or 0 when unknown
 * @param jsonPointer RFC 6901 pointer into the JSON body as received, or {@code null} for XML
 * @serial exclude (serialisable so that exceptions carrying findings are; its form is no API)
 */
public record Location(int line, int column, String jsonPointer) implements java.io.Serializable {

    private static final Location NOWHERE = new Location(0, 0, null);

    /**
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @return a position in an XML body
     */
    public static Location xml(int line, int column) {
        return new Location(Math.max(line, 0), Math.max(column, 0), null);
    }

    /**
     * @param pointer an RFC 6901 pointer into the body as received
     * @return a node of a JSON body
     */
    public static Location json(String pointer) {
        return new Location(0, 0, pointer);
    }

    /** @return no particular position */
    public static Location nowhere() {
        return NOWHERE;
    }

    @Override
    public String toString() {
        if (jsonPointer != null) {
            return jsonPointer.isEmpty() ? "/" : jsonPointer;
        }
        return line + ":" + column;
    }
}
