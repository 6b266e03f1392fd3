package dev.slsbench.plan;

/** The kind of benchmark a configuration belongs to. */
public enum Phase {
    /** Sequential calls, MaxConcurrency 1, one endpoint per memory size. */
    STABILITY,
    /** A fixed number of calls from a pool of concurrent clients (closed loop). */
    CONCURRENCY,
    /** Poisson arrivals at a fixed rate (open loop). */
    OPEN_LOOP,
    /** Traffic shapes: stairs of closed-loop users and ramping arrival rates, reported per step. */
    TRAFFIC;

    /** Where this phase's latencies count from; a ramp's configurations say {@code INTENDED_START} themselves. */
    public LatencyMeasurement latencyMeasurement() {
        return switch (this) {
            case STABILITY, CONCURRENCY, TRAFFIC -> LatencyMeasurement.CALL_START;
            case OPEN_LOOP -> LatencyMeasurement.INTENDED_START;
        };
    }
}
