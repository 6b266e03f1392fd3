package dev.slsbench.cli;

import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.stats.LatencySummary;
import dev.slsbench.stats.TpsSummary;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One service-level criterion the CLI can check, named as {@code @Sla} names it (so that
 * {@code results.json} and the report read the same whoever judged the run), with its flag, the
 * figure it reads from a configuration's result and whether the figure is a maximum or a minimum.
 * Rates are fractions of the calls issued: throttles only for {@link #MAX_THROTTLE_RATE}, every
 * other failure for {@link #MAX_ERROR_RATE}.
 */
enum SlaCriterion {

    P50_MILLIS("p50Millis", "--sla-p50-ms", "median latency", " ms") {
        @Override
        OptionalDouble measure(ConfigurationResult c, BenchmarkResult run) {
            return latency(c, LatencySummary::medianMillis);
        }
    },
    P90_MILLIS("p90Millis", "--sla-p90-ms", "p90 latency", " ms") {
        @Override
        OptionalDouble measure(ConfigurationResult c, BenchmarkResult run) {
            return latency(c, LatencySummary::p90Millis);
        }
    },
    P99_MILLIS("p99Millis", "--sla-p99-ms", "p99 latency", " ms") {
        @Override
        OptionalDouble measure(ConfigurationResult c, BenchmarkResult run) {
            return latency(c, LatencySummary::p99Millis);
        }
    },
    MAX_THROTTLE_RATE("maxThrottleRate", "--sla-max-throttle-rate", "throttle rate", "") {
        @Override
        OptionalDouble measure(ConfigurationResult c, BenchmarkResult run) {
            return OptionalDouble.of(c.outcomes().throttleRate());
        }
    },
    MAX_ERROR_RATE("maxErrorRate", "--sla-max-error-rate", "error rate", "") {
        @Override
        OptionalDouble measure(ConfigurationResult c, BenchmarkResult run) {
            return OptionalDouble.of(c.outcomes().errorRate());
        }
    },
    MIN_TPS("minTps", "--sla-min-tps", "mean TPS", " calls/s") {
        @Override
        OptionalDouble measure(ConfigurationResult c, BenchmarkResult run) {
            return c.tps().map(TpsSummary::mean).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        }

        @Override
        boolean isMinimum() {
            return true;
        }
    },
    MAX_COST_PER_MILLION_USD("maxCostPerMillionUsd", "--sla-max-cost-per-million-usd", "cost per 1M calls", " USD") {
        @Override
        OptionalDouble measure(ConfigurationResult c, BenchmarkResult run) {
            return run.cost(c.configuration().memoryMb())
                    .map(cost -> OptionalDouble.of(cost.usdPerMillionInvocations().doubleValue()))
                    .orElse(OptionalDouble.empty());
        }
    },
    MAX_COLD_START_MILLIS("maxColdStartMillis", "--sla-max-cold-start-ms", "cold start", " ms") {
        @Override
        OptionalDouble measure(ConfigurationResult c, BenchmarkResult run) {
            OptionalDouble coldCall = c.coldStarts().maxColdLatencyMillis();
            if (coldCall.isPresent()) {
                return coldCall;
            }
            return c.metrics().flatMap(m -> m.get(SageMakerMetric.MODEL_SETUP_TIME))
                    .map(setup -> OptionalDouble.of(setup.maximum())).orElse(OptionalDouble.empty());
        }

        @Override
        boolean passesUnmeasured() {
            return true;
        }
    };

    private final String criterion;
    private final String flag;
    private final String figure;
    private final String unit;

    SlaCriterion(String criterion, String flag, String figure, String unit) {
        this.criterion = criterion;
        this.flag = flag;
        this.figure = figure;
        this.unit = unit;
    }

    /** The figure of configuration {@code c} in run {@code run}, empty when it was not measured. */
    abstract OptionalDouble measure(ConfigurationResult c, BenchmarkResult run);

    /** Whether the limit is a floor ({@code minTps}) rather than a ceiling. */
    boolean isMinimum() {
        return false;
    }

    /** Whether an unmeasured figure passes: no cold start seen means none too slow. */
    boolean passesUnmeasured() {
        return false;
    }

    /** Whether {@code actual} meets {@code limit}. */
    boolean holds(OptionalDouble actual, double limit) {
        if (actual.isEmpty()) {
            return passesUnmeasured();
        }
        return isMinimum() ? actual.getAsDouble() >= limit : actual.getAsDouble() <= limit;
    }

    /** The name {@code @Sla} and {@code results.json} use, e.g. {@code p99Millis}. */
    String criterion() {
        return criterion;
    }

    /** The CLI flag, e.g. {@code --sla-p99-ms}. */
    String flag() {
        return flag;
    }

    /** What is measured, e.g. {@code p99 latency}. */
    String figure() {
        return figure;
    }

    /** {@code value} with this criterion's unit, e.g. {@code 12.35 ms} or {@code 0.0400}. */
    String format(double value) {
        return unit.isEmpty() ? String.format(Locale.ROOT, "%.4f", value)
                : String.format(Locale.ROOT, "%.2f", value) + unit;
    }

    private static OptionalDouble latency(ConfigurationResult c,
                                          java.util.function.ToDoubleFunction<LatencySummary> percentile) {
        return c.latency().map(l -> OptionalDouble.of(percentile.applyAsDouble(l))).orElse(OptionalDouble.empty());
    }
}
