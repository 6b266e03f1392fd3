package dev.slsbench.plan;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * How a {@link BenchmarkConfiguration} is named to people, written once for every front end: the
 * CLI's progress lines use {@link #describe} ({@code c2048-4-8 (2048 MB, MaxConcurrency 4, 8
 * clients)}, {@code s1024-p1 (1024 MB, ProvisionedConcurrency 1)}); the engine's test results and assertion messages use {@link #settings}
 * ({@code maxConcurrency=4, clients=8 (memory=2048 MB)}), in the annotation's terms.
 */
public final class ConfigurationLabel {

    private ConfigurationLabel() {
    }

    /** {@code s1024 (1024 MB)}, {@code c2048-4-8 (2048 MB, MaxConcurrency 4, 8 clients)}, ... */
    public static String describe(BenchmarkConfiguration configuration) {
        return configuration.id() + " (" + shape(configuration) + ")";
    }

    /** The endpoint shape and load of a configuration, without its id. */
    public static String shape(BenchmarkConfiguration configuration) {
        return switch (configuration) {
            case StabilityConfiguration s -> s.memoryMb() + " MB" + provisioned(s.provisionedConcurrency());
            case ConcurrencyConfiguration c -> c.memoryMb() + " MB, MaxConcurrency " + c.maxConcurrency()
                    + provisioned(c.provisionedConcurrency()) + ", "
                    + c.clients() + (c.clients() == 1 ? " client" : " clients");
            case OpenLoopConfiguration o -> o.memoryMb() + " MB, MaxConcurrency " + o.maxConcurrency()
                    + provisioned(o.provisionedConcurrency()) + ", "
                    + number(o.openLoopPhase().arrivalsPerSecond()) + " arrivals/s for "
                    + duration(o.openLoopPhase().duration());
            case TrafficConfiguration t -> t.memoryMb() + " MB, MaxConcurrency " + t.maxConcurrency()
                    + provisioned(t.provisionedConcurrency()) + ", "
                    + traffic(t.shape());
        };
    }

    /** {@code memory=2048 MB}, {@code maxConcurrency=4, clients=8 (memory=2048 MB)}, or the id. */
    public static String settings(BenchmarkConfiguration configuration) {
        return switch (configuration) {
            case StabilityConfiguration s -> "memory=" + s.memoryMb() + " MB"
                    + (s.provisionedConcurrency() == 0 ? "" : ", provisionedConcurrency=" + s.provisionedConcurrency());
            case ConcurrencyConfiguration c -> "maxConcurrency=" + c.maxConcurrency() + ", clients=" + c.clients()
                    + (c.provisionedConcurrency() == 0 ? "" : ", provisionedConcurrency=" + c.provisionedConcurrency())
                    + " (memory=" + c.memoryMb() + " MB)";
            case OpenLoopConfiguration o -> o.id();
            case TrafficConfiguration t -> t.id();
        };
    }

    /** {@code stairs of 2 users × 5 steps of 30.0 s} or {@code ramp from 1 to 40 calls/s over 1 min 00 s}. */
    public static String traffic(TrafficShape shape) {
        return switch (shape) {
            case StairsPhase s -> "stairs of " + s.usersPerStep() + (s.usersPerStep() == 1 ? " user" : " users")
                    + " × " + s.steps() + (s.steps() == 1 ? " step" : " steps") + " of " + duration(s.stepDuration());
            case RampPhase r -> "ramp from " + number(r.fromRate()) + " to " + number(r.toRate()) + " calls/s over "
                    + duration(r.duration());
        };
    }

    private static String provisioned(int provisionedConcurrency) {
        return provisionedConcurrency == 0 ? "" : ", ProvisionedConcurrency " + provisionedConcurrency;
    }

    /** {@code 850 ms}, {@code 12.3 s}, {@code 4 min 05 s}, {@code 2 h 05 min}. */
    public static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = duration.toSeconds();
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }

    /** {@code 20} for 20.0, {@code 2.5} for 2.5, {@code 99.9} for 99.9. */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
