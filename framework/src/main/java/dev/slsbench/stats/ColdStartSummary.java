package dev.slsbench.stats;

import java.util.OptionalDouble;

/**
 * How many of a configuration's calls hit a cold container, as far as the recorder could tell
 * (a call is cold when it started a container), and the slowest cold call.
 *
 * @param coldCalls calls known to be cold
 * @param warmCalls calls known to be warm
 * @param unknownCalls calls whose temperature is unknown
 * @param maxColdLatencyMillis latency of the slowest cold call, when there was one
 */
public record ColdStartSummary(long coldCalls, long warmCalls, long unknownCalls, OptionalDouble maxColdLatencyMillis) {

    /** Nothing known. */
    public static final ColdStartSummary NONE = new ColdStartSummary(0, 0, 0, OptionalDouble.empty());
}
