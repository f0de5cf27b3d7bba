package io.cicallback.cli;

import io.cicallback.value.WireFormat;
import io.cicallback.read.CallbackReader;
import io.cicallback.validate.ValidationMode;
import picocli.CommandLine.Option;

/** The reading options that validate, convert and inspect share, as a picocli mixin. */
final class ReadOptions {

    @Option(names = "--strict", description = "Unknown nodes, unknown values and malformed values are errors.")
    boolean strict;

    @Option(names = "--format", paramLabel = "xml|json", converter = FormatOption.class,
            description = "Read input as this format instead of detecting it.")
    WireFormat format;

    /** @return a reader in the chosen mode */
    CallbackReader reader() {
        return CallbackReader.builder().mode(strict ? ValidationMode.STRICT : ValidationMode.LENIENT).build();
    }
}
