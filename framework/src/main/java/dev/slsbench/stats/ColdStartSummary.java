package dev.slsbench.stats;

import dev.slsbench.record.InvocationRecord;

import java.util.OptionalDouble;

/**
 * How many of a configuration's calls hit a cold container, as far as the recorder could tell
 * (see {@link InvocationRecord#coldStart()}), and the slowest cold call.
 *
 * @param coldCalls calls known to be cold
 * @param warmCalls calls known to be warm
 * @param unknownCalls calls whose temperature is unknown
 * @param maxColdLatencyMillis latency of the slowest cold call, when there was one
 */
public record ColdStartSummary(long coldCalls, long warmCalls, long unknownCalls, OptionalDouble maxColdLatencyMillis) {

    /** Nothing known. */
    public static final ColdStartSummary NONE = new ColdStartSummary(0, 0, 0, OptionalDouble.empty());

    /** This summary with one more call counted. */
    public ColdStartSummary plus(InvocationRecord record) {
        Boolean cold = record.coldStart();
        if (cold == null) {
            return new ColdStartSummary(coldCalls, warmCalls, unknownCalls + 1, maxColdLatencyMillis);
        }
        if (!cold) {
            return new ColdStartSummary(coldCalls, warmCalls + 1, unknownCalls, maxColdLatencyMillis);
        }
        double latency = record.latencyMillis();
        double max = maxColdLatencyMillis.isPresent() ? Math.max(maxColdLatencyMillis.getAsDouble(), latency) : latency;
        return new ColdStartSummary(coldCalls + 1, warmCalls, unknownCalls, OptionalDouble.of(max));
    }
}
