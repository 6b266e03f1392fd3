package dev.slsbench.junit.engine.verdict;

import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.sla.SlaCriterion;
import dev.slsbench.stats.LatencySummary;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.stats.TpsSummary;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of one configuration that its test publishes, read as the SLA evaluator reads them.
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

    /** The figures of {@code result}, with the cost of 1M calls at its memory size when known. */
    public static MeasuredFigures of(ConfigurationResult result, OptionalDouble costPerMillionUsd) {
        return new MeasuredFigures(result.outcomes(), result.latency(), result.tps(), costPerMillionUsd,
                SlaCriterion.MAX_COLD_START_MILLIS.measure(result, Optional.empty()));
    }
}
