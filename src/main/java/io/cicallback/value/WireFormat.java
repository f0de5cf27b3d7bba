package io.cicallback.value;

/** The two forms a callback body arrives in. */
public enum WireFormat {
    /** {@code application/xml}, Tencent's default. */
    XML,
    /** {@code application/json}, when the job or queue asks for JSON callbacks. */
    JSON
}
