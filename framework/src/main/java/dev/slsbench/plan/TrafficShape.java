package dev.slsbench.plan;

import java.time.Duration;

/**
 * A load that changes over time in steps, so that a configuration's latency and throttles can be
 * read against the load that caused them: {@link StairsPhase} adds closed-loop users per step,
 * {@link RampPhase} raises (or lowers) an open-loop arrival rate. Both run against one endpoint
 * and are cut into {@link #steps()} equal steps whose results are reported apart.
 */
public sealed interface TrafficShape permits StairsPhase, RampPhase {

    /** The endpoint's memory size in MB. */
    int memoryMb();

    /** The endpoint's MaxConcurrency. */
    int maxConcurrency();

    /** How many steps the shape is reported in. */
    int stepCount();

    /** How long each step lasts. */
    Duration stepLength();

    /** The load offered during step {@code step} (0-based), in {@link #loadUnit()}. */
    double offeredLoad(int step);

    /** {@code users} for stairs, {@code calls/s} for ramps. */
    String loadUnit();

    /** How long the whole shape runs: steps × step length. */
    default Duration totalDuration() {
        return stepLength().multipliedBy(stepCount());
    }
}
