package dev.slsbench.cli;

import dev.slsbench.plan.PlanOption;
import dev.slsbench.plan.PlanProblem;

/**
 * Words a {@link PlanProblem} with the flag a CLI user typed instead of the plan's option name:
 * {@code --memory-sizes: 1000 is not one of ...}, {@code --open-loop #2 (duration): PT0S is not
 * positive}. Every {@link PlanOption} has a flag (the switch has no default, so a new option
 * without one does not compile).
 */
final class PlanProblemNames {

    private PlanProblemNames() {
    }

    /** The flag (or argument) that sets {@code option}. */
    static String flag(PlanOption option) {
        return switch (option) {
            case MODEL_NAME -> "MODEL";
            case MEMORY_SIZES_MB -> "--memory-sizes";
            case STABILITY_INVOCATIONS -> "--stability-invocations";
            case ERROR_THRESHOLD -> "--error-threshold";
            case INCLUDE_CONCURRENCY -> "--no-concurrency";
            case CONCURRENCY_MAX_VALUES -> "--concurrency-max";
            case CLIENT_MULTIPLIERS -> "--client-multipliers";
            case CONCURRENCY_INVOCATIONS -> "--concurrency-invocations";
            case COLD_START_DELAY -> "--cold-start-delay";
            case OUTPUT_DIRECTORY -> "--output";
            case CONCURRENCY_MEMORY_MB -> "--concurrency-memory-size";
            case PROVISIONED_CONCURRENCY -> "--provisioned-concurrency";
            case REGION -> "--region";
            case ENDPOINT_URL -> "--endpoint-url";
            case RUN_ID -> "--run-id";
            case THINK_TIME -> "--think-time";
            case OPEN_LOOP_PHASES, OPEN_LOOP_ARRIVALS_PER_SECOND, OPEN_LOOP_DURATION, OPEN_LOOP_MEMORY_MB,
                 OPEN_LOOP_MAX_CONCURRENCY -> "--open-loop";
            case RECOMMENDATION_STRATEGY -> "--strategy";
            case PRICE_TABLE_FILE -> "--price-table";
            case PAYLOAD_ORDER -> "--payload-order";
            case PAYLOAD_SEED -> "--payload-seed";
            case ERROR_THRESHOLD_COUNTS_THROTTLES -> "--toolkit-error-threshold";
            case MONTHLY_INVOCATIONS -> "--monthly-invocations";
            case PRICE_REGION -> "--price-region";
            case INCLUDE_COLD_STARTS_IN_LATENCY -> "--include-cold-starts-in-latency";
            case WARMUP_INVOCATIONS -> "--warmup-invocations";
            case COLD_STARTS -> "--cold-starts";
            case STAIRS_PHASES -> "--stairs";
            case RAMP_PHASES -> "--ramp";
            case STOP_P99_MILLIS -> "--stop-p99-ms";
            case STOP_ERROR_RATE -> "--stop-error-rate";
            case MAX_DURATION -> "--max-duration";
        };
    }

    /** {@code problem} with the flag's name: {@code --open-loop #1 (duration): ...} for a phase's option. */
    static String withFlagName(PlanProblem problem) {
        String name = flag(problem.option());
        if (problem.index().isPresent()) {
            name += " #" + (problem.index().getAsInt() + 1) + problem.option().field().map(f -> " (" + f + ")").orElse("");
        }
        return name + ": " + problem.detail();
    }
}
