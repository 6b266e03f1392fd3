package dev.slsbench.cli;

import dev.slsbench.plan.StairsPhase;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads {@code --stairs USERS_PER_STEP:STEPS:STEP_DURATION:MEMORY_MB:MAX_CONCURRENCY}, e.g.
 * {@code 2:5:30s:2048:8}: 2 closed-loop users at first, 2 more every 30 seconds, 5 steps in all,
 * against a 2048 MB endpoint with MaxConcurrency 8.
 */
final class StairsPhaseConverter implements ITypeConverter<StairsPhase> {

    static final String FORMAT = "USERS_PER_STEP:STEPS:STEP_DURATION:MEMORY_MB:MAX_CONCURRENCY, e.g. 2:5:30s:2048:8";

    @Override
    public StairsPhase convert(String value) {
        PhaseFields fields = new PhaseFields(value, 5, FORMAT);
        return new StairsPhase(fields.integer(0), fields.integer(1), fields.duration(2), fields.integer(3),
                fields.integer(4));
    }
}
