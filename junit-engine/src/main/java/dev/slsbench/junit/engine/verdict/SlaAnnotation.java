package dev.slsbench.junit.engine.verdict;

import dev.slsbench.junit.Sla;
import dev.slsbench.plan.Phase;
import dev.slsbench.sla.SlaCriterion;
import dev.slsbench.sla.SlaThresholds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads one {@link Sla @Sla} as the framework's {@link SlaThresholds}: a threshold is set only
 * when the annotation gives it a non-negative value; the scope is the annotation's phase, memory
 * sizes and MaxConcurrency values.
 */
public final class SlaAnnotation {

    private SlaAnnotation() {
    }

    /** The thresholds {@code sla} sets; call only when {@link #problems(Sla)} is empty. */
    public static SlaThresholds thresholds(Sla sla) {
        SlaThresholds.Builder builder = SlaThresholds.builder()
                .phases(Arrays.stream(Phase.values()).filter(sla.phase()::includes).collect(Collectors.toSet()))
                .memorySizesMb(IntStream.of(sla.memory()).boxed().collect(Collectors.toSet()))
                .maxConcurrencies(IntStream.of(sla.maxConcurrency()).boxed().collect(Collectors.toSet()));
        set(builder, SlaCriterion.P50_MILLIS, sla.p50Millis());
        set(builder, SlaCriterion.P90_MILLIS, sla.p90Millis());
        set(builder, SlaCriterion.P99_MILLIS, sla.p99Millis());
        set(builder, SlaCriterion.MAX_THROTTLE_RATE, sla.maxThrottleRate());
        set(builder, SlaCriterion.MAX_ERROR_RATE, sla.maxErrorRate());
        set(builder, SlaCriterion.MIN_TPS, sla.minTps());
        set(builder, SlaCriterion.MAX_COST_PER_MILLION_USD, sla.maxCostPerMillionUsd());
        set(builder, SlaCriterion.MAX_COLD_START_MILLIS, sla.maxColdStartMillis());
        set(builder, SlaCriterion.MAX_COLD_START_RATE, sla.maxColdStartRate());
        return builder.build();
    }

    /** Why the annotation's values cannot be used (rates above 1, NaN), one message each; empty when fine. */
    public static List<String> problems(Sla sla) {
        List<String> problems = new ArrayList<>();
        rate(problems, "maxThrottleRate", sla.maxThrottleRate());
        rate(problems, "maxErrorRate", sla.maxErrorRate());
        rate(problems, "maxColdStartRate", sla.maxColdStartRate());
        for (var named : List.of(
                new Named("p50Millis", sla.p50Millis()), new Named("p90Millis", sla.p90Millis()),
                new Named("p99Millis", sla.p99Millis()), new Named("minTps", sla.minTps()),
                new Named("maxCostPerMillionUsd", sla.maxCostPerMillionUsd()),
                new Named("maxColdStartMillis", sla.maxColdStartMillis()))) {
            if (Double.isNaN(named.value()) || Double.isInfinite(named.value())) {
                problems.add("@Sla(" + named.name() + " = " + named.value() + ") is not a finite number;"
                        + " leave it out (or negative) to not check it");
            }
        }
        return problems;
    }

    private static void set(SlaThresholds.Builder builder, SlaCriterion criterion, double value) {
        if (value >= 0 && !Double.isInfinite(value)) {
            builder.limit(criterion, value);
        }
    }

    private static void rate(List<String> problems, String name, double value) {
        if (Double.isNaN(value) || value > 1) {
            problems.add("@Sla(" + name + " = " + value + ") is not a fraction between 0 and 1");
        }
    }

    private record Named(String name, double value) {
    }
}
