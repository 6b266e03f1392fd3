package dev.slsbench.record;

import dev.slsbench.stats.Outcome;

import java.time.Instant;
import java.util.Objects;

/**
 * One call, exactly as the recorder saw it. Every call issued produces exactly one record.
 *
 * <p>Times come from two clocks on purpose: {@code startEpochNanos}/{@code endEpochNanos} are
 * wall-clock instants (for TPS buckets, CloudWatch windows and the CSV's {@code start_time} and
 * {@code end_time}), while {@code latencyNanos} comes from the monotonic {@link System#nanoTime()}
 * and is the figure every statistic uses. In the open-loop phase {@code startEpochNanos} and
 * {@code latencyNanos} count from the <em>intended</em> start, so queueing in the client is
 * included (no coordinated omission). Failed calls keep their latency here; the toolkit's CSV
 * writes -1 for them.
 *
 * @param configurationId the {@link dev.slsbench.plan.BenchmarkConfiguration#id()} the call belongs to
 * @param sequence 0-based position of the call among its configuration's calls, in issue order
 * @param exampleIndex index of the example in {@link dev.slsbench.payload.Payloads#invocations()}
 * @param startEpochNanos (intended) start, nanoseconds since the epoch
 * @param endEpochNanos end (response read or failure seen), nanoseconds since the epoch
 * @param latencyNanos monotonic duration of the call, &ge; 0
 * @param outcome how the call ended
 * @param errorMessage the error's message for a failed call, {@code null} for a successful one
 * @param bytesIn request body size in bytes
 * @param bytesOut response body size in bytes (0 when there was no response body)
 * @param coldStart whether the call hit a cold container: {@code null} when unknown
 */
public record InvocationRecord(String configurationId, long sequence, int exampleIndex, long startEpochNanos,
                               long endEpochNanos, long latencyNanos, Outcome outcome, String errorMessage,
                               long bytesIn, long bytesOut, Boolean coldStart) {

    public InvocationRecord {
        Objects.requireNonNull(configurationId, "configurationId");
        Objects.requireNonNull(outcome, "outcome");
        if (latencyNanos < 0) {
            throw new IllegalArgumentException("latencyNanos: " + latencyNanos + " is negative");
        }
        if (bytesIn < 0 || bytesOut < 0) {
            throw new IllegalArgumentException("bytesIn/bytesOut: " + bytesIn + "/" + bytesOut + " is negative");
        }
    }

    /** This call judged cold ({@code true}), warm ({@code false}) or unknown ({@code null}). */
    public InvocationRecord withColdStart(Boolean cold) {
        return new InvocationRecord(configurationId, sequence, exampleIndex, startEpochNanos, endEpochNanos, latencyNanos,
                outcome, errorMessage, bytesIn, bytesOut, cold);
    }

    /** Whether the call succeeded. */
    public boolean isSuccess() {
        return outcome.isSuccess();
    }

    /** The latency in milliseconds (fractional). */
    public double latencyMillis() {
        return latencyNanos / 1e6;
    }

    /** The (intended) start as an {@link Instant}. */
    public Instant start() {
        return Instant.ofEpochSecond(0, startEpochNanos);
    }

    /** The end as an {@link Instant}. */
    public Instant end() {
        return Instant.ofEpochSecond(0, endEpochNanos);
    }
}
