package io.cicallback.cli;

import io.cicallback.value.WireFormat;
import java.util.Locale;
import picocli.CommandLine;

/** Parses {@code xml} or {@code json}, in any case. */
final class FormatOption implements CommandLine.ITypeConverter<WireFormat> {
    @Override
    public WireFormat convert(String value) {
        try {
            return WireFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("expected xml or json, got '" + value + "'");
        }
    }
}
