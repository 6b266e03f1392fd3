package dev.slsbench.emulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration grammar of slsbench's command lines and settings (the emulator's flags,
 * {@code slsbench run}'s duration flags, the engine's {@code slsbench.*} keys): a decimal number with
 * a unit, {@code 250ms}, {@code 90s}, {@code 1.5s}, {@code 5m}, {@code 1h} (case-insensitive, a space
 * before the unit allowed); a bare number of seconds, {@code 30} (the unit of the Python toolkit's
 * {@code cold_start_delay}); or ISO-8601, {@code PT30S}, {@code P1D}. It reads the union of what each
 * of them accepted before they shared it, to the nanosecond, sign included: whether zero or a
 * negative value makes sense is the caller's to say.
 */
public final class DurationParser {

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*(ms|s|m|h)?");

    private DurationParser() {
    }

    /**
     * Reads the value of a command-line flag.
     *
     * @throws IllegalArgumentException {@code FLAG needs a duration such as 60s, 500ms or 2m, got: VALUE}
     */
    public static Duration parseFlag(String flag, String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + " needs a duration such as 60s, 500ms or 2m, got: " + value);
        }
    }

    /** @throws IllegalArgumentException saying what the text is not */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        try {
            if (trimmed.matches("[+-]?p.*")) {
                return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            }
            Matcher matcher = NUMBER_AND_UNIT.matcher(trimmed);
            if (matcher.matches()) {
                String unit = matcher.group(2) == null ? "s" : matcher.group(2);
                long nanosPerUnit = switch (unit) {
                    case "ms" -> 1_000_000L;
                    case "s" -> 1_000_000_000L;
                    case "m" -> 60_000_000_000L;
                    default -> 3_600_000_000_000L;
                };
                return Duration.ofNanos(new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(nanosPerUnit))
                        .setScale(0, RoundingMode.HALF_UP).longValueExact());
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            // falls through to the common complaint
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration such as 250ms, 90s, 1.5m, 1h, PT30S or 30 (seconds)");
    }
}
