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
 * @param coldStartMillis the median latency of the calls judged cold; empty when no cold start was measured
 * @param coldStartRate the fraction of the calls judged cold; empty when the calls could not all be judged
 */
public record MeasuredFigures(OutcomeCounts outcomes, Optional<LatencySummary> latency, Optional<TpsSummary> tps,
                              OptionalDouble costPerMillionUsd, OptionalDouble coldStartMillis,
                              OptionalDouble coldStartRate) {

    public MeasuredFigures {
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(tps, "tps");
        Objects.requireNonNull(costPerMillionUsd, "costPerMillionUsd");
        Objects.requireNonNull(coldStartMillis, "coldStartMillis");
        Objects.requireNonNull(coldStartRate, "coldStartRate");
    }

    /** The figures of {@code result}, with the cost of 1M calls at its memory size when known. */
    public static MeasuredFigures of(ConfigurationResult result, OptionalDouble costPerMillionUsd) {
        return new MeasuredFigures(result.outcomes(), result.latency(), result.tps(), costPerMillionUsd,
                SlaCriterion.MAX_COLD_START_MILLIS.measure(result, Optional.empty()),
                SlaCriterion.MAX_COLD_START_RATE.measure(result, Optional.empty()));
    }
}
