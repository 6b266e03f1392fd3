package dev.slsbench.junit;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.stats.TpsSummary;
import org.HdrHistogram.Histogram;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Configuration results with known figures, for tests of checks that only read results. */
public final class SampleResults {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private SampleResults() {
    }

    /**
     * A completed configuration whose successful calls took 1, 2, ..., {@code ok} milliseconds, with
     * the given failures, 10 TPS on average and one cold call of {@code coldMillis} (none when negative).
     */
    public static ConfigurationResult result(BenchmarkConfiguration configuration, int ok, long throttled, long errors,
                                             double coldMillis) {
        Histogram latencyNanos = LatencyHistograms.newHistogram();
        for (int i = 1; i <= ok; i++) {
            latencyNanos.recordValue(i * 1_000_000L);
        }
        ColdStartSummary cold = coldMillis < 0 ? new ColdStartSummary(0, ok, 0, OptionalDouble.empty())
                : new ColdStartSummary(1, ok - 1, 0, OptionalDouble.of(coldMillis), ColdStartSummary.METHOD_MODEL_SETUP_COUNT,
                        "one container start", java.util.List.of(0L), OptionalDouble.of(coldMillis),
                        OptionalDouble.of(coldMillis), OptionalDouble.of(coldMillis), OptionalDouble.empty());
        return ConfigurationResult.of(configuration, "ep-" + configuration.id(), ConfigurationStatus.COMPLETED, null,
                START, START.plusSeconds(10), new OutcomeCounts(ok, throttled, 0, errors, 0), latencyNanos,
                ok == 0 ? Optional.empty() : Optional.of(TpsSummary.ofCountsPerSecond(List.of(8L, 10L, 12L))), cold, null);
    }

    /** A configuration whose endpoint never reached InService. */
    public static ConfigurationResult deploymentFailed(BenchmarkConfiguration configuration, String reason) {
        return ConfigurationResult.of(configuration, null, ConfigurationStatus.DEPLOYMENT_FAILED, reason, START, START,
                OutcomeCounts.NONE, LatencyHistograms.newHistogram(), Optional.empty(), ColdStartSummary.NONE, null);
    }
}
