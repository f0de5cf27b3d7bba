package io.cicallback.internal.validate;


/** Builds the node paths findings carry, the same for both wire formats. */
public final class NodePaths {

    private NodePaths() {
    }

    /**
     * @param parent  the parent's path, empty for the root
     * @param name    the node's wire name
     * @param index   the node's 0-based position among same-named siblings, or -1 when it cannot repeat
     * @return e.g. {@code Response.JobsDetail[0]}
     */
    public static String child(String parent, String name, int index) {
        var path = parent.isEmpty() ? name : parent + "." + name;
        return index < 0 ? path : path + "[" + index + "]";
    }

    /**
     * @param rootName the name the root takes in paths
     * @param pointer  an RFC 6901 pointer into a JSON callback, e.g. {@code /JobsDetail/0/State}
     * @return the same node as a path, e.g. {@code Response.JobsDetail[0].State}
     */
    public static String fromJsonPointer(String rootName, String pointer) {
        var path = new StringBuilder(rootName);
        for (var raw : pointer.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            var token = raw.replace("~1", "/").replace("~0", "~");
            if (token.chars().allMatch(Character::isDigit)) {
                path.append('[').append(token).append(']');
            } else {
                path.append('.').append(token);
            }
        }
        return path.toString();
    }
}
