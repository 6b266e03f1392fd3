package dev.slsbench.plan;

import java.time.Duration;
import java.util.Objects;

/**
 * One open-loop (arrival-rate) phase: Poisson arrivals at {@code arrivalsPerSecond} for
 * {@code duration} against an endpoint with {@code memoryMb} and {@code maxConcurrency}.
 *
 * <p>Unlike the closed-loop phases, calls are issued on schedule whether or not earlier ones
 * have returned, and latency is measured from the intended start, so coordinated omission
 * cannot hide queueing. Values are range-checked by {@link BenchmarkPlan.Builder#build()}.
 *
 * @param arrivalsPerSecond mean arrival rate, &gt; 0
 * @param duration how long arrivals are generated, &gt; 0
 * @param memoryMb the endpoint's memory size, one of {@link BenchmarkPlan#ALLOWED_MEMORY_SIZES_MB}
 * @param maxConcurrency the endpoint's MaxConcurrency, 1..200
 */
public record OpenLoopPhase(double arrivalsPerSecond, Duration duration, int memoryMb, int maxConcurrency) {

    public OpenLoopPhase {
        Objects.requireNonNull(duration, "duration");
    }

    /** The number of arrivals expected on average: rate × duration. */
    public double expectedArrivals() {
        return arrivalsPerSecond * duration.toNanos() / 1e9;
    }
}
