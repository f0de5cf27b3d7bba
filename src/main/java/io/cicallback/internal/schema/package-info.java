/**
 * The hand-written schemas at run time: compiled once, and read into one tree shape ({@link
 * io.cicallback.internal.schema.SchemaNode}) that the rest of the pipeline follows instead of hard-coding paths.
 */
package io.cicallback.internal.schema;
