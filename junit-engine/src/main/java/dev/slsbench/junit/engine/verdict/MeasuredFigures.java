package dev.slsbench.junit.engine.verdict;

import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.stats.LatencySummary;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.stats.TpsSummary;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of one configuration that SLAs are checked against and that its test publishes.
 *
 * @param outcomes how the calls ended
 * @param latency successful calls' latency, when any succeeded
 * @param tps transactions per second, when any call succeeded
 * @param costPerMillionUsd the cost of 1M calls at the configuration's memory size, when priced
 * @param coldStartMillis the slowest cold call's latency, else the endpoint's largest
 *        ModelSetupTime; empty when no cold start was seen
 */
public record MeasuredFigures(OutcomeCounts outcomes, Optional<LatencySummary> latency, Optional<TpsSummary> tps,
                              OptionalDouble costPerMillionUsd, OptionalDouble coldStartMillis) {

    public MeasuredFigures {
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(tps, "tps");
        Objects.requireNonNull(costPerMillionUsd, "costPerMillionUsd");
        Objects.requireNonNull(coldStartMillis, "coldStartMillis");
    }

    /** The figures of {@code result}, with the cost of its memory size when known. */
    public static MeasuredFigures of(ConfigurationResult result, Optional<ConfigurationCost> cost) {
        OptionalDouble coldStart = result.coldStarts().maxColdLatencyMillis();
        if (coldStart.isEmpty()) {
            coldStart = result.metrics().flatMap(m -> m.get(SageMakerMetric.MODEL_SETUP_TIME))
                    .map(setup -> OptionalDouble.of(setup.maximum())).orElse(OptionalDouble.empty());
        }
        OptionalDouble usd = cost.map(c -> OptionalDouble.of(c.usdPerMillionInvocations().doubleValue()))
                .orElse(OptionalDouble.empty());
        return new MeasuredFigures(result.outcomes(), result.latency(), result.tps(), usd, coldStart);
    }

    /** Milliseconds for messages: {@code 12.35 ms}. */
    static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f ms", value);
    }

    /** A rate for messages: {@code 0.0800 (8 of 100 calls)}. */
    static String rate(double value, long count, long issued) {
        return String.format(Locale.ROOT, "%.4f (%d of %d calls)", value, count, issued);
    }
}
