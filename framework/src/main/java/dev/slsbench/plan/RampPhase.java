package dev.slsbench.plan;

import java.time.Duration;
import java.util.Objects;

/**
 * A ramping arrival rate, like k6's ramping-arrival-rate or Gatling's {@code rampUsersPerSec}: an
 * open loop whose Poisson arrivals change their rate linearly from {@code fromRate} to
 * {@code toRate} calls per second over {@code duration} (a non-homogeneous Poisson process), sent
 * whether or not earlier calls have returned. It is reported in {@link #STEPS} equal steps, each
 * offered the mean rate over its span. Values are range-checked by {@link BenchmarkPlan.Builder#build()}.
 *
 * @param fromRate the arrival rate at the start, calls per second, &ge; 0
 * @param toRate the arrival rate at the end, calls per second, &ge; 0 (not both 0)
 * @param duration how long arrivals are generated, &gt; 0
 * @param memoryMb the endpoint's memory size
 * @param maxConcurrency the endpoint's MaxConcurrency, 1..200
 */
public record RampPhase(double fromRate, double toRate, Duration duration, int memoryMb, int maxConcurrency)
        implements TrafficShape {

    /** The steps a ramp is reported in. */
    public static final int STEPS = 10;

    public RampPhase {
        Objects.requireNonNull(duration, "duration");
    }

    /** The arrival rate {@code elapsed} after the start, calls per second. */
    public double rateAt(Duration elapsed) {
        double fraction = Math.min(1, Math.max(0, (double) elapsed.toNanos() / duration.toNanos()));
        return fromRate + (toRate - fromRate) * fraction;
    }

    /** The arrivals expected on average: the mean rate × duration. */
    public double expectedArrivals() {
        return (fromRate + toRate) / 2 * duration.toNanos() / 1e9;
    }

    @Override
    public int stepCount() {
        return STEPS;
    }

    @Override
    public Duration stepLength() {
        return duration.dividedBy(STEPS);
    }

    /** The mean rate over step {@code step}: the rate at its middle, since the rate changes linearly. */
    @Override
    public double offeredLoad(int step) {
        return fromRate + (toRate - fromRate) * (step + 0.5) / STEPS;
    }

    @Override
    public String loadUnit() {
        return "calls/s";
    }

    @Override
    public Duration totalDuration() {
        return duration;
    }
}
