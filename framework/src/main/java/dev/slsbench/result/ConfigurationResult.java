package dev.slsbench.result;

import dev.slsbench.metrics.EndpointMetrics;
import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.record.StopEvent;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.LatencyHistograms;
import dev.slsbench.stats.LatencySummary;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.stats.TpsSeries;
import dev.slsbench.stats.TpsSummary;
import org.HdrHistogram.Histogram;
import org.apiguardian.api.API;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything measured for one configuration.
 *
 * @param configuration what was run
 * @param endpointName the endpoint its calls went to, empty when deployment failed before naming one
 * @param status how it ended
 * @param statusReason why it did not complete (FailureReason, error threshold, interrupt), empty when it did
 * @param startedAt first call (or deployment attempt)
 * @param finishedAt last call ended
 * @param outcomes how every call issued ended
 * @param latency summary of successful calls' latencies, empty when none succeeded
 * @param latencyHistogram the same latencies as an encoded HdrHistogram of nanoseconds
 *        ({@link LatencyHistograms#encode}), so reports can draw distributions from results alone
 * @param tps transactions per second of successful calls, empty when none succeeded
 * @param coldStarts cold and warm calls, as far as known
 * @param metrics the endpoint's CloudWatch metrics over the configuration's window, empty when not collected
 * @param tpsSeries successful completions over time, bounded ({@link TpsSeries#MAX_POINTS}), empty when
 *        none succeeded or the recorder did not keep them (a results.json written without it reads as empty)
 * @param stop the stopping condition that ended the configuration early, if one did
 * @param traffic per-step results and the knee of a stairs or ramp configuration, empty for others
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConfigurationResult(BenchmarkConfiguration configuration, Optional<String> endpointName,
                                  ConfigurationStatus status, Optional<String> statusReason, Instant startedAt,
                                  Instant finishedAt, OutcomeCounts outcomes, Optional<LatencySummary> latency,
                                  Optional<String> latencyHistogram, Optional<TpsSummary> tps,
                                  ColdStartSummary coldStarts, Optional<EndpointMetrics> metrics,
                                  Optional<TpsSeries> tpsSeries, Optional<StopEvent> stop,
                                  Optional<TrafficResult> traffic) {

    public ConfigurationResult {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(outcomes, "outcomes");
        endpointName = orEmpty(endpointName);
        statusReason = orEmpty(statusReason);
        latency = orEmpty(latency);
        latencyHistogram = orEmpty(latencyHistogram);
        tps = orEmpty(tps);
        coldStarts = coldStarts == null ? ColdStartSummary.NONE : coldStarts;
        metrics = orEmpty(metrics);
        tpsSeries = orEmpty(tpsSeries);
        stop = orEmpty(stop);
        traffic = orEmpty(traffic);
    }

    /** A result without a stop or traffic steps. */
    public ConfigurationResult(BenchmarkConfiguration configuration, Optional<String> endpointName,
                               ConfigurationStatus status, Optional<String> statusReason, Instant startedAt,
                               Instant finishedAt, OutcomeCounts outcomes, Optional<LatencySummary> latency,
                               Optional<String> latencyHistogram, Optional<TpsSummary> tps,
                               ColdStartSummary coldStarts, Optional<EndpointMetrics> metrics,
                               Optional<TpsSeries> tpsSeries) {
        this(configuration, endpointName, status, statusReason, startedAt, finishedAt, outcomes, latency,
                latencyHistogram, tps, coldStarts, metrics, tpsSeries, Optional.empty(), Optional.empty());
    }

    /** A result without a TPS series. */
    public ConfigurationResult(BenchmarkConfiguration configuration, Optional<String> endpointName,
                               ConfigurationStatus status, Optional<String> statusReason, Instant startedAt,
                               Instant finishedAt, OutcomeCounts outcomes, Optional<LatencySummary> latency,
                               Optional<String> latencyHistogram, Optional<TpsSummary> tps,
                               ColdStartSummary coldStarts, Optional<EndpointMetrics> metrics) {
        this(configuration, endpointName, status, statusReason, startedAt, finishedAt, outcomes, latency,
                latencyHistogram, tps, coldStarts, metrics, Optional.empty());
    }

    /**
     * A result built from a latency histogram: its summary and encoding are derived here.
     *
     * @param latencyNanos successful calls' latencies in nanoseconds (may be empty)
     */
    public static ConfigurationResult of(BenchmarkConfiguration configuration, String endpointName,
                                         ConfigurationStatus status, String statusReason, Instant startedAt,
                                         Instant finishedAt, OutcomeCounts outcomes, Histogram latencyNanos,
                                         Optional<TpsSummary> tps, ColdStartSummary coldStarts,
                                         EndpointMetrics metrics) {
        boolean any = latencyNanos.getTotalCount() > 0;
        return new ConfigurationResult(configuration, Optional.ofNullable(endpointName), status,
                Optional.ofNullable(statusReason), startedAt, finishedAt, outcomes,
                any ? Optional.of(LatencySummary.of(latencyNanos)) : Optional.empty(),
                any ? Optional.of(LatencyHistograms.encode(latencyNanos)) : Optional.empty(),
                tps, coldStarts, Optional.ofNullable(metrics));
    }

    /** This result with {@code series} as its TPS series. */
    public ConfigurationResult withTpsSeries(TpsSeries series) {
        return new ConfigurationResult(configuration, endpointName, status, statusReason, startedAt, finishedAt,
                outcomes, latency, latencyHistogram, tps, coldStarts, metrics, Optional.of(series), stop, traffic);
    }

    /** This result with the stop that ended it and its traffic steps. */
    public ConfigurationResult withStopAndTraffic(Optional<StopEvent> newStop, Optional<TrafficResult> newTraffic) {
        return new ConfigurationResult(configuration, endpointName, status, statusReason, startedAt, finishedAt,
                outcomes, latency, latencyHistogram, tps, coldStarts, metrics, tpsSeries, newStop, newTraffic);
    }

    /** The decoded latency histogram (nanoseconds), when any call succeeded. */
    public Optional<Histogram> decodeLatencyHistogram() {
        return latencyHistogram.map(LatencyHistograms::decode);
    }

    /** Whether this configuration can be compared and recommended: it ran and some calls succeeded. */
    public boolean hasSuccessfulCalls() {
        return latency.isPresent();
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
