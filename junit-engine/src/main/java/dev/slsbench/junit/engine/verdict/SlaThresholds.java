package dev.slsbench.junit.engine.verdict;

import dev.slsbench.junit.BenchmarkPhase;
import dev.slsbench.junit.Sla;
import dev.slsbench.plan.BenchmarkConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One {@link Sla @Sla} as values: each threshold present only when the annotation sets it
 * (non-negative), plus the configurations it applies to.
 *
 * @param p50Millis largest allowed median latency
 * @param p90Millis largest allowed p90 latency
 * @param p99Millis largest allowed p99 latency
 * @param maxThrottleRate largest allowed throttled fraction
 * @param maxErrorRate largest allowed failed (not throttled) fraction
 * @param minTps smallest allowed mean TPS
 * @param maxCostPerMillionUsd largest allowed cost of 1M calls
 * @param maxColdStartMillis largest allowed cold-call latency
 * @param phase the phase it applies to
 * @param memorySizesMb memory sizes it applies to; empty: all
 * @param maxConcurrencies MaxConcurrency values it applies to; empty: all
 */
public record SlaThresholds(OptionalDouble p50Millis, OptionalDouble p90Millis, OptionalDouble p99Millis,
                            OptionalDouble maxThrottleRate, OptionalDouble maxErrorRate, OptionalDouble minTps,
                            OptionalDouble maxCostPerMillionUsd, OptionalDouble maxColdStartMillis,
                            BenchmarkPhase phase, Set<Integer> memorySizesMb, Set<Integer> maxConcurrencies) {

    public SlaThresholds {
        Objects.requireNonNull(phase, "phase");
        memorySizesMb = Set.copyOf(memorySizesMb);
        maxConcurrencies = Set.copyOf(maxConcurrencies);
    }

    /** The thresholds an annotation sets. */
    public static SlaThresholds of(Sla sla) {
        return new SlaThresholds(set(sla.p50Millis()), set(sla.p90Millis()), set(sla.p99Millis()),
                set(sla.maxThrottleRate()), set(sla.maxErrorRate()), set(sla.minTps()),
                set(sla.maxCostPerMillionUsd()), set(sla.maxColdStartMillis()), sla.phase(),
                IntStream.of(sla.memory()).boxed().collect(Collectors.toSet()),
                IntStream.of(sla.maxConcurrency()).boxed().collect(Collectors.toSet()));
    }

    /** Whether this SLA applies to {@code configuration}. */
    public boolean appliesTo(BenchmarkConfiguration configuration) {
        return phase.includes(configuration.phase())
                && (memorySizesMb.isEmpty() || memorySizesMb.contains(configuration.memoryMb()))
                && (maxConcurrencies.isEmpty() || maxConcurrencies.contains(configuration.maxConcurrency()));
    }

    /** Why the annotation's values cannot be used (rates above 1, NaN), one message each; empty when fine. */
    public static List<String> problems(Sla sla) {
        List<String> problems = new ArrayList<>();
        rate(problems, "maxThrottleRate", sla.maxThrottleRate());
        rate(problems, "maxErrorRate", sla.maxErrorRate());
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

    private static void rate(List<String> problems, String name, double value) {
        if (Double.isNaN(value) || value > 1) {
            problems.add("@Sla(" + name + " = " + value + ") is not a fraction between 0 and 1");
        }
    }

    private static OptionalDouble set(double value) {
        return value >= 0 && !Double.isInfinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    private record Named(String name, double value) {
    }
}
