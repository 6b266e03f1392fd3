package dev.slsbench.cli;

import dev.slsbench.emulator.DurationParser;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;

/**
 * Reads a duration flag in the grammar every slsbench front end shares ({@link DurationParser}):
 * {@code 500ms}, {@code 2s}, {@code 1.5s}, {@code 2m}, {@code 1h}, ISO-8601 ({@code PT2S}), or a bare
 * number of seconds, the unit of the Python toolkit's {@code cold_start_delay}.
 */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        try {
            return DurationParser.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a duration such as 500ms, 2s, 1.5m or 30 (seconds)");
        }
    }
}
