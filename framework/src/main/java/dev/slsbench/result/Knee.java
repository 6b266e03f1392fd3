package dev.slsbench.result;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The knee of a traffic shape's curve: the highest step up to which every step ran without a
 * throttle or an error and with its p99 under the limit, read as the throughput the endpoint held
 * there at its MaxConcurrency.
 *
 * @param stepIndex the last step that held
 * @param offeredLoad that step's offered load, in {@code loadUnit}
 * @param loadUnit {@code users} or {@code calls/s}
 * @param callsPerSecond the successful calls per second measured in that step
 * @param maxConcurrency the endpoint's MaxConcurrency
 * @param memoryMb the endpoint's memory size
 * @param p99Millis that step's p99
 * @param p99LimitMillis the limit the steps were held to ({@code stopP99Millis}, else the p99 SLA), if any
 */
public record Knee(int stepIndex, double offeredLoad, String loadUnit, double callsPerSecond, int maxConcurrency,
                   int memoryMb, double p99Millis, OptionalDouble p99LimitMillis) {

    public Knee {
        p99LimitMillis = p99LimitMillis == null ? OptionalDouble.empty() : p99LimitMillis;
    }

    /** E.g. {@code this endpoint holds 42 calls/s at MaxConcurrency 8 with p99 under 300 ms}. */
    public String sentence() {
        String users = "users".equals(loadUnit) ? " (" + number(offeredLoad) + " users)" : "";
        String latency = p99LimitMillis.isPresent()
                ? "with p99 under " + number(p99LimitMillis.getAsDouble()) + " ms"
                : "without throttles or errors (p99 " + number(p99Millis) + " ms; no p99 limit given)";
        return "this endpoint holds " + number(callsPerSecond) + " calls/s" + users + " at MaxConcurrency "
                + maxConcurrency + " (" + memoryMb + " MB) " + latency;
    }

    private static String number(double value) {
        if (value >= 10 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
