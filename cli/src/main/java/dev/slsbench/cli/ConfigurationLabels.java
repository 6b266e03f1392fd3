package dev.slsbench.cli;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.ConfigurationLabel;
import dev.slsbench.plan.Phase;

import java.time.Duration;
import java.util.Locale;

/**
 * How the CLI names configurations, phases and durations on screen; configurations and durations
 * as {@link ConfigurationLabel} names them for every front end.
 */
final class ConfigurationLabels {

    private ConfigurationLabels() {
    }

    /** {@code s1024 (1024 MB)}, {@code c2048-4-8 (2048 MB, MaxConcurrency 4, 8 clients)}, ... */
    static String describe(BenchmarkConfiguration configuration) {
        return ConfigurationLabel.describe(configuration);
    }

    /** {@code stability}, {@code concurrency}, {@code open-loop}. */
    static String phase(Phase phase) {
        return phase.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code 850 ms}, {@code 12.3 s}, {@code 4 min 05 s}. */
    static String duration(Duration duration) {
        return ConfigurationLabel.duration(duration);
    }

    /** Milliseconds with two decimals: {@code 12.35 ms}. */
    static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f ms", value);
    }
}
