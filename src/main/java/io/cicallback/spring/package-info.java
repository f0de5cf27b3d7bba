/**
 * Spring Boot integration, thin over the reader: with the jar on the classpath, a controller method takes
 * {@code @RequestBody TaskFinishCallback} (or {@code ReadResult}), a rejected body is answered with 400 and an
 * RFC 9457 problem body, and {@code ci-callback.*} properties set the mode and limits. Spring is an optional
 * dependency: an application without it never loads this package.
 */
package io.cicallback.spring;
