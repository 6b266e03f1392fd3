package dev.slsbench.cli;

import dev.slsbench.plan.RampPhase;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads {@code --ramp FROM_RATE:TO_RATE:DURATION:MEMORY_MB:MAX_CONCURRENCY}, e.g.
 * {@code 1:40:2m:2048:8}: Poisson arrivals whose rate rises linearly from 1 to 40 calls per second
 * over 2 minutes, against a 2048 MB endpoint with MaxConcurrency 8.
 */
final class RampPhaseConverter implements ITypeConverter<RampPhase> {

    static final String FORMAT = "FROM_RATE:TO_RATE:DURATION:MEMORY_MB:MAX_CONCURRENCY, e.g. 1:40:2m:2048:8";

    @Override
    public RampPhase convert(String value) {
        PhaseFields fields = new PhaseFields(value, 5, FORMAT);
        return new RampPhase(fields.number(0), fields.number(1), fields.duration(2), fields.integer(3),
                fields.integer(4));
    }
}
