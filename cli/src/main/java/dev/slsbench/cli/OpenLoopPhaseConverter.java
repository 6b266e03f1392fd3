package dev.slsbench.cli;

import dev.slsbench.plan.OpenLoopPhase;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;

/**
 * Reads {@code --open-loop RATE:DURATION:MEMORY_MB:MAX_CONCURRENCY}, e.g. {@code 20:30s:2048:4}
 * for Poisson arrivals at 20 calls per second for 30 seconds against a 2048 MB endpoint with
 * MaxConcurrency 4. Ranges are checked with the rest of the plan.
 */
final class OpenLoopPhaseConverter implements ITypeConverter<OpenLoopPhase> {

    static final String FORMAT = "RATE:DURATION:MEMORY_MB:MAX_CONCURRENCY, e.g. 20:30s:2048:4";

    @Override
    public OpenLoopPhase convert(String value) {
        String[] parts = value.strip().split(":");
        if (parts.length != 4) {
            throw new TypeConversionException("'" + value + "' is not " + FORMAT);
        }
        double rate;
        int memoryMb;
        int maxConcurrency;
        try {
            rate = Double.parseDouble(parts[0]);
            memoryMb = Integer.parseInt(parts[2].strip());
            maxConcurrency = Integer.parseInt(parts[3].strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not " + FORMAT);
        }
        Duration duration = DurationConverter.parse(parts[1]);
        return new OpenLoopPhase(rate, duration, memoryMb, maxConcurrency);
    }
}
