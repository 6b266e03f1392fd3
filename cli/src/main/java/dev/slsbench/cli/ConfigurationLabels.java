package dev.slsbench.cli;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.plan.StabilityConfiguration;

import java.time.Duration;
import java.util.Locale;

/** How the CLI names configurations, phases and durations on screen. */
final class ConfigurationLabels {

    private ConfigurationLabels() {
    }

    /** {@code s1024 (1024 MB)}, {@code c2048-4-8 (2048 MB, MaxConcurrency 4, 8 clients)}, ... */
    static String describe(BenchmarkConfiguration configuration) {
        return configuration.id() + " (" + shape(configuration) + ")";
    }

    /** The endpoint shape and load of a configuration, without its id. */
    static String shape(BenchmarkConfiguration configuration) {
        return switch (configuration) {
            case StabilityConfiguration s -> s.memoryMb() + " MB";
            case ConcurrencyConfiguration c -> c.memoryMb() + " MB, MaxConcurrency " + c.maxConcurrency() + ", "
                    + c.clients() + (c.clients() == 1 ? " client" : " clients");
            case OpenLoopConfiguration o -> o.memoryMb() + " MB, MaxConcurrency " + o.maxConcurrency() + ", "
                    + number(o.openLoopPhase().arrivalsPerSecond()) + " arrivals/s for "
                    + duration(o.openLoopPhase().duration());
        };
    }

    /** {@code stability}, {@code concurrency}, {@code open-loop}. */
    static String phase(Phase phase) {
        return phase.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code 850 ms}, {@code 12.3 s}, {@code 4 min 05 s}. */
    static String duration(Duration duration) {
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

    /** {@code 20} for 20.0, {@code 2.5} for 2.5. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Milliseconds with two decimals: {@code 12.35 ms}. */
    static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f ms", value);
    }
}
