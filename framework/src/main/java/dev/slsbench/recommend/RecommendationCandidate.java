package dev.slsbench.recommend;

import dev.slsbench.cost.ConfigurationCost;
import dev.slsbench.stats.LatencySummary;
import org.HdrHistogram.Histogram;

import java.util.Objects;

/**
 * A configuration that completed its stability benchmark, with what a strategy needs to judge it:
 * its client-observed latencies (summary and histogram, in nanoseconds) and its cost.
 *
 * <p>The histogram is copied on the way in and out, so a candidate is immutable.
 *
 * @param memoryMb the configuration's memory size
 * @param latency summary of successful calls' client-observed latencies
 * @param latencyNanos histogram of the same latencies, in nanoseconds
 * @param cost cost per invocation at this memory size
 */
public record RecommendationCandidate(int memoryMb, LatencySummary latency, Histogram latencyNanos,
                                      ConfigurationCost cost) {

    public RecommendationCandidate {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(cost, "cost");
        latencyNanos = Objects.requireNonNull(latencyNanos, "latencyNanos").copy();
        if (cost.memoryMb() != memoryMb) {
            throw new IllegalArgumentException("cost is for " + cost.memoryMb() + " MB, candidate for " + memoryMb + " MB");
        }
    }

    /** A copy of the latency histogram. */
    @Override
    public Histogram latencyNanos() {
        return latencyNanos.copy();
    }
}
