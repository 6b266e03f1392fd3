package dev.slsbench.cli;

import dev.slsbench.plan.OpenLoopPhase;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads {@code --open-loop RATE:DURATION:MEMORY_MB:MAX_CONCURRENCY}, e.g. {@code 20:30s:2048:4}
 * for Poisson arrivals at 20 calls per second for 30 seconds against a 2048 MB endpoint with
 * MaxConcurrency 4. Ranges are checked with the rest of the plan.
 */
final class OpenLoopPhaseConverter implements ITypeConverter<OpenLoopPhase> {

    static final String FORMAT = "RATE:DURATION:MEMORY_MB:MAX_CONCURRENCY, e.g. 20:30s:2048:4";

    @Override
    public OpenLoopPhase convert(String value) {
        PhaseFields fields = new PhaseFields(value, 4, FORMAT);
        return new OpenLoopPhase(fields.number(0), fields.duration(1), fields.integer(2), fields.integer(3));
    }
}
