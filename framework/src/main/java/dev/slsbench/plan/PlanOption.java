package dev.slsbench.plan;

import org.apiguardian.api.API;

import java.util.Optional;

/**
 * Every option of a {@link BenchmarkPlan}, named as its builder and {@code results.json} name it.
 * A {@link PlanProblem} says which option it is about, so that each front end can name the option
 * its own way (the CLI's flags, the engine's annotation attributes) without parsing messages. The
 * options of an open-loop phase are options of their own, about the phase at the problem's index.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PlanOption {

    MODEL_NAME("modelName"),
    MEMORY_SIZES_MB("memorySizesMb"),
    STABILITY_INVOCATIONS("stabilityInvocations"),
    ERROR_THRESHOLD("errorThreshold"),
    INCLUDE_CONCURRENCY("includeConcurrency"),
    CONCURRENCY_MAX_VALUES("concurrencyMaxValues"),
    CLIENT_MULTIPLIERS("clientMultipliers"),
    CONCURRENCY_INVOCATIONS("concurrencyInvocations"),
    COLD_START_DELAY("coldStartDelay"),
    OUTPUT_DIRECTORY("outputDirectory"),
    CONCURRENCY_MEMORY_MB("concurrencyMemoryMb"),
    PROVISIONED_CONCURRENCY("provisionedConcurrency"),
    REGION("region"),
    ENDPOINT_URL("endpointUrl"),
    RUN_ID("runId"),
    THINK_TIME("thinkTime"),
    OPEN_LOOP_PHASES("openLoopPhases"),
    OPEN_LOOP_ARRIVALS_PER_SECOND("openLoopPhases", "arrivalsPerSecond"),
    OPEN_LOOP_DURATION("openLoopPhases", "duration"),
    OPEN_LOOP_MEMORY_MB("openLoopPhases", "memoryMb"),
    OPEN_LOOP_MAX_CONCURRENCY("openLoopPhases", "maxConcurrency"),
    RECOMMENDATION_STRATEGY("recommendationStrategy"),
    PRICE_TABLE_FILE("priceTableFile"),
    PAYLOAD_ORDER("payloadOrder"),
    PAYLOAD_SEED("payloadSeed"),
    ERROR_THRESHOLD_COUNTS_THROTTLES("errorThresholdCountsThrottles"),
    MONTHLY_INVOCATIONS("monthlyInvocations"),
    PRICE_REGION("priceRegion"),
    INCLUDE_COLD_STARTS_IN_LATENCY("includeColdStartsInLatency"),
    WARMUP_INVOCATIONS("warmupInvocations"),
    COLD_STARTS("coldStarts"),
    STAIRS_PHASES("stairsPhases"),
    RAMP_PHASES("rampPhases"),
    STOP_P99_MILLIS("stopP99Millis"),
    STOP_ERROR_RATE("stopErrorRate"),
    MAX_DURATION("maxDuration");

    private final String planName;
    private final String field;

    PlanOption(String planName) {
        this(planName, null);
    }

    PlanOption(String planName, String field) {
        this.planName = planName;
        this.field = field;
    }

    /** The name of the plan's option, e.g. {@code memorySizesMb}; {@code openLoopPhases} for a phase's own options. */
    public String planName() {
        return planName;
    }

    /** For an option of one open-loop phase, its field of {@link OpenLoopPhase}, e.g. {@code duration}. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
