package dev.slsbench.load;

import java.util.SplittableRandom;

/**
 * The arrival times of an open loop: a Poisson process whose rate changes linearly from
 * {@code fromRate} to {@code toRate} over {@code durationNanos} (constant when they are equal). It
 * is made by inverting the integrated rate: unit-rate exponential gaps are summed to S, and each
 * arrival falls where the expected number of arrivals so far, Λ(t) = a·t + (b − a)·t²/(2T), reaches
 * S. Unlike thinning, this draws one random number per arrival and no rejected candidates, and with
 * equal rates it gives the exponential gaps of a homogeneous process.
 */
final class ArrivalSchedule {

    private final double fromPerNano;
    private final double slopePerNano2;
    private final SplittableRandom random;
    private double integrated;

    /**
     * @param fromRate the rate at the start, calls per second
     * @param toRate the rate at the end, calls per second
     * @param durationNanos how long the rate takes to change
     * @param seed the schedule's seed, so a plan replays the same arrivals
     */
    ArrivalSchedule(double fromRate, double toRate, long durationNanos, long seed) {
        this.fromPerNano = fromRate / 1e9;
        this.slopePerNano2 = (toRate - fromRate) / 1e9 / durationNanos;
        this.random = new SplittableRandom(seed);
    }

    /** The next arrival's offset from the start, in nanoseconds; {@link Long#MAX_VALUE} when the rate has fallen to zero first. */
    long nextOffsetNanos() {
        integrated += -Math.log(1 - random.nextDouble());
        // Λ(t) = a t + k t² / 2 = S, solved as t = 2S / (a + sqrt(a² + 2kS)), stable when k is near 0
        double discriminant = fromPerNano * fromPerNano + 2 * slopePerNano2 * integrated;
        if (discriminant < 0) {
            return Long.MAX_VALUE;
        }
        double denominator = fromPerNano + Math.sqrt(discriminant);
        if (denominator <= 0) {
            return Long.MAX_VALUE;
        }
        double offset = 2 * integrated / denominator;
        return offset >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, Math.round(offset));
    }
}
