package dev.slsbench.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads a duration flag: {@code 500ms}, {@code 2s}, {@code 1.5s}, {@code 2m}, {@code 1h},
 * ISO-8601 ({@code PT2S}), or a bare number of seconds, the unit of the Python toolkit's
 * {@code cold_start_delay}.
 */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("pt") || text.startsWith("-pt")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            if (text.endsWith("ms")) {
                return Duration.ofNanos(nanos(text.substring(0, text.length() - 2), 1_000_000L));
            }
            if (text.endsWith("s")) {
                return Duration.ofNanos(nanos(text.substring(0, text.length() - 1), 1_000_000_000L));
            }
            if (text.endsWith("m")) {
                return Duration.ofNanos(nanos(text.substring(0, text.length() - 1), 60_000_000_000L));
            }
            if (text.endsWith("h")) {
                return Duration.ofNanos(nanos(text.substring(0, text.length() - 1), 3_600_000_000_000L));
            }
            return Duration.ofNanos(nanos(text, 1_000_000_000L));
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw new TypeConversionException("'" + value + "' is not a duration such as 500ms, 2s, 1.5m or 30 (seconds)");
        }
    }

    private static long nanos(String number, long nanosPerUnit) {
        return new BigDecimal(number.strip()).multiply(BigDecimal.valueOf(nanosPerUnit)).longValueExact();
    }
}
