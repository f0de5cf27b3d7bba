/**
 * The command-line tool, apart from the library: it only calls the public API. Shipped as the executable
 * {@code target/ci-callback-cli.jar}; picocli is an optional dependency of the model jar.
 */
package io.cicallback.cli;
