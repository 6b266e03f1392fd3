package dev.slsbench.sla;

import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.stats.LatencySummary;
import dev.slsbench.stats.TpsSummary;
import org.apiguardian.api.API;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * One service-level criterion, named as {@code @Sla} and {@code results.json} name it, with the
 * figure it reads from a configuration's result and whether its limit is a floor or a ceiling.
 * Rates are fractions of the calls issued: throttles only for {@link #MAX_THROTTLE_RATE}, every
 * other failure for {@link #MAX_ERROR_RATE}, calls judged cold for {@link #MAX_COLD_START_RATE}.
 * Every criterion fails when its figure was not measured: a cold-start limit is never met by a run
 * that saw no cold start.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SlaCriterion {

    P50_MILLIS("p50Millis", "median latency"),
    P90_MILLIS("p90Millis", "p90 latency"),
    P99_MILLIS("p99Millis", "p99 latency"),
    MAX_THROTTLE_RATE("maxThrottleRate", "throttle rate"),
    MAX_ERROR_RATE("maxErrorRate", "error rate"),
    MIN_TPS("minTps", "mean TPS"),
    MAX_COST_PER_MILLION_USD("maxCostPerMillionUsd", "cost per 1M calls"),
    MAX_COLD_START_MILLIS("maxColdStartMillis", "cold start"),
    MAX_COLD_START_RATE("maxColdStartRate", "cold-start rate");

    private final String criterion;
    private final String figure;

    SlaCriterion(String criterion, String figure) {
        this.criterion = criterion;
        this.figure = figure;
    }

    /** The name {@code @Sla} and {@code results.json} use, e.g. {@code p99Millis}. */
    public String criterion() {
        return criterion;
    }

    /** The criterion {@code results.json} and {@link dev.slsbench.result.SlaVerdict} call {@code criterion}. */
    public static SlaCriterion named(String criterion) {
        for (SlaCriterion c : values()) {
            if (c.criterion.equals(criterion)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no SLA criterion named " + criterion);
    }

    /** What is measured, e.g. {@code p99 latency}. */
    public String figure() {
        return figure;
    }

    /** Whether the limit is a floor ({@code minTps}) rather than a ceiling. */
    public boolean isMinimum() {
        return this == MIN_TPS;
    }

    /** Whether the limit is a fraction of the calls issued, so at most 1. */
    public boolean isRate() {
        return this == MAX_THROTTLE_RATE || this == MAX_ERROR_RATE || this == MAX_COLD_START_RATE;
    }

    /** Whether this criterion judges cold starts, whose figure is absent when none was measured. */
    public boolean isColdStart() {
        return this == MAX_COLD_START_MILLIS || this == MAX_COLD_START_RATE;
    }

    /** Why this criterion's figure can be absent, in words, e.g. {@code no cold start was measured}. */
    public String unmeasuredReason() {
        return switch (this) {
            case MAX_COLD_START_MILLIS -> "no cold start was measured";
            case MAX_COLD_START_RATE -> "no cold start was measured (calls could not be judged cold or warm)";
            case MAX_COST_PER_MILLION_USD -> "the region is not priced or the memory size was not costed";
            default -> "no successful call";
        };
    }

    /** Whether {@code actual} meets {@code limit}; an unmeasured figure never does. */
    public boolean holds(OptionalDouble actual, double limit) {
        if (actual.isEmpty()) {
            return false;
        }
        return isMinimum() ? actual.getAsDouble() >= limit : actual.getAsDouble() <= limit;
    }

    /**
     * The figure of {@code c}, empty when it was not measured. The cold start is the median latency
     * of the calls judged cold (empty when none was); the cold-start rate is the fraction of the
     * calls issued that were judged cold, known only when every successful call could be judged
     * (CloudWatch reported the window); the cost is {@code cost}'s.
     */
    public OptionalDouble measure(ConfigurationResult c, Optional<ConfigurationCost> cost) {
        return switch (this) {
            case P50_MILLIS -> latency(c, LatencySummary::medianMillis);
            case P90_MILLIS -> latency(c, LatencySummary::p90Millis);
            case P99_MILLIS -> latency(c, LatencySummary::p99Millis);
            case MAX_THROTTLE_RATE -> OptionalDouble.of(c.outcomes().throttleRate());
            case MAX_ERROR_RATE -> OptionalDouble.of(c.outcomes().errorRate());
            case MIN_TPS -> c.tps().map(TpsSummary::mean).map(OptionalDouble::of).orElse(OptionalDouble.empty());
            case MAX_COST_PER_MILLION_USD -> cost.map(x -> OptionalDouble.of(x.usdPerMillionInvocations().doubleValue()))
                    .orElse(OptionalDouble.empty());
            case MAX_COLD_START_MILLIS -> c.coldStarts().medianColdLatencyMillis();
            case MAX_COLD_START_RATE -> ColdStartSummary.METHOD_MODEL_SETUP_COUNT.equals(c.coldStarts().method())
                    ? c.coldStarts().coldRate() : OptionalDouble.empty();
        };
    }

    private static OptionalDouble latency(ConfigurationResult c, ToDoubleFunction<LatencySummary> percentile) {
        return c.latency().map(l -> OptionalDouble.of(percentile.applyAsDouble(l))).orElse(OptionalDouble.empty());
    }
}
