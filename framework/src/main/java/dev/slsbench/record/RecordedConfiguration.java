package dev.slsbench.record;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.stats.OutcomeCounts;
import dev.slsbench.stats.TpsSeries;
import dev.slsbench.stats.TpsSummary;
import org.HdrHistogram.Histogram;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ConfigurationRecorder} saw, once the configuration has ended: the input to
 * analysis. Immutable; {@link #latencyNanos()} returns a copy of the histogram.
 *
 * @param configuration the configuration
 * @param endpointName the endpoint its calls went to
 * @param plannedCalls calls it meant to make
 * @param successLatencies latencies of successful calls, in nanoseconds
 * @param outcomes how every issued call ended ({@code outcomes.issued()} calls in all)
 * @param tps successful completions per second, empty when nothing succeeded
 * @param bytesIn request bytes sent, over every issued call
 * @param bytesOut response bytes received
 * @param firstCall the call with sequence 0, when one was issued
 * @param windowStart earliest (intended) start of a call
 * @param windowEnd latest end of a call
 * @param abandonedReason why the configuration stopped before its planned calls, if it did
 * @param errorMessages distinct failure messages (prefixed by outcome) with their counts, at most
 *        {@link ConfigurationRecorder#MAX_ERROR_MESSAGES} plus "(other messages)"
 * @param tpsSeries successful completions over time (bounded), empty when nothing succeeded
 * @param slowestCalls the slowest successful calls, slowest first, at most {@link SlowestCalls#KEPT}
 *        (the candidates for cold calls)
 * @param steps per step of a traffic shape, what its calls saw; empty for other configurations
 * @param stop the stopping condition that ended the configuration early, if one did
 */
public record RecordedConfiguration(BenchmarkConfiguration configuration, String endpointName, long plannedCalls,
                                    Histogram successLatencies, OutcomeCounts outcomes, Optional<TpsSummary> tps,
                                    long bytesIn, long bytesOut, Optional<InvocationRecord> firstCall,
                                    Instant windowStart, Instant windowEnd, Optional<String> abandonedReason,
                                    Map<String, Long> errorMessages, Optional<TpsSeries> tpsSeries,
                                    List<InvocationRecord> slowestCalls, List<RecordedStep> steps,
                                    Optional<StopEvent> stop) {

    public RecordedConfiguration {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(endpointName, "endpointName");
        successLatencies = successLatencies.copy();
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(tps, "tps");
        Objects.requireNonNull(firstCall, "firstCall");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(abandonedReason, "abandonedReason");
        errorMessages = Map.copyOf(errorMessages);
        tpsSeries = tpsSeries == null ? Optional.empty() : tpsSeries;
        slowestCalls = slowestCalls == null ? List.of() : List.copyOf(slowestCalls);
        steps = steps == null ? List.of() : List.copyOf(steps);
        stop = stop == null ? Optional.empty() : stop;
    }

    /** A recording without steps or a stop. */
    public RecordedConfiguration(BenchmarkConfiguration configuration, String endpointName, long plannedCalls,
                                 Histogram successLatencies, OutcomeCounts outcomes, Optional<TpsSummary> tps,
                                 long bytesIn, long bytesOut, Optional<InvocationRecord> firstCall,
                                 Instant windowStart, Instant windowEnd, Optional<String> abandonedReason,
                                 Map<String, Long> errorMessages, Optional<TpsSeries> tpsSeries,
                                 List<InvocationRecord> slowestCalls) {
        this(configuration, endpointName, plannedCalls, successLatencies, outcomes, tps, bytesIn, bytesOut, firstCall,
                windowStart, windowEnd, abandonedReason, errorMessages, tpsSeries, slowestCalls, List.of(),
                Optional.empty());
    }

    /** This recording with its traffic steps and the stop that ended it, if any. */
    public RecordedConfiguration withStepsAndStop(List<RecordedStep> newSteps, Optional<StopEvent> newStop) {
        return new RecordedConfiguration(configuration, endpointName, plannedCalls, successLatencies, outcomes, tps,
                bytesIn, bytesOut, firstCall, windowStart, windowEnd, abandonedReason, errorMessages, tpsSeries,
                slowestCalls, newSteps, newStop);
    }

    /** A recording without a TPS series. */
    public RecordedConfiguration(BenchmarkConfiguration configuration, String endpointName, long plannedCalls,
                                 Histogram successLatencies, OutcomeCounts outcomes, Optional<TpsSummary> tps,
                                 long bytesIn, long bytesOut, Optional<InvocationRecord> firstCall,
                                 Instant windowStart, Instant windowEnd, Optional<String> abandonedReason,
                                 Map<String, Long> errorMessages) {
        this(configuration, endpointName, plannedCalls, successLatencies, outcomes, tps, bytesIn, bytesOut, firstCall,
                windowStart, windowEnd, abandonedReason, errorMessages, Optional.empty(), List.of());
    }

    /** A copy of the successful calls' latencies in nanoseconds. */
    @Override
    public Histogram successLatencies() {
        return successLatencies.copy();
    }

    /** Calls issued (every one ended in exactly one outcome). */
    public long issued() {
        return outcomes.issued();
    }

    /** Mean request bytes per issued call; 0 when none was issued. */
    public double meanBytesIn() {
        return issued() == 0 ? 0 : (double) bytesIn / issued();
    }

    /** Mean response bytes per successful call; 0 when none succeeded. */
    public double meanBytesOut() {
        return outcomes.ok() == 0 ? 0 : (double) bytesOut / outcomes.ok();
    }

    /** Whether the configuration stopped early. */
    public boolean isAbandoned() {
        return abandonedReason.isPresent();
    }
}
