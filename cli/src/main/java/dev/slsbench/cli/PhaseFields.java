package dev.slsbench.cli;

import picocli.CommandLine.TypeConversionException;

import java.time.Duration;

/**
 * The colon-separated fields of a phase flag such as {@code --stairs 2:5:30s:2048:8}, read by
 * position with the message every such flag gives for a malformed value. Ranges are checked with
 * the rest of the plan.
 */
final class PhaseFields {

    private final String value;
    private final String format;
    private final String[] parts;

    /**
     * @throws TypeConversionException when {@code value} has not {@code count} fields
     */
    PhaseFields(String value, int count, String format) {
        this.value = value;
        this.format = format;
        this.parts = value.strip().split(":");
        if (parts.length != count) {
            throw malformed();
        }
    }

    int integer(int index) {
        try {
            return Integer.parseInt(parts[index].strip());
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    double number(int index) {
        try {
            return Double.parseDouble(parts[index].strip());
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    Duration duration(int index) {
        return DurationConverter.parse(parts[index]);
    }

    private TypeConversionException malformed() {
        return new TypeConversionException("'" + value + "' is not " + format);
    }
}
