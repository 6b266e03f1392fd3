package dev.slsbench.junit;

import dev.slsbench.plan.BenchmarkConfiguration;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.StabilityConfiguration;

import java.math.BigDecimal;

/** Names configurations and numbers in assertion messages the way the engine's test names do. */
final class ResultLabels {

    private ResultLabels() {
    }

    /** {@code memory=2048 MB}, {@code maxConcurrency=4, clients=8 (memory=2048 MB)}, or the id. */
    static String of(BenchmarkConfiguration configuration) {
        return switch (configuration) {
            case StabilityConfiguration s -> "memory=" + s.memoryMb() + " MB";
            case ConcurrencyConfiguration c -> "maxConcurrency=" + c.maxConcurrency() + ", clients=" + c.clients()
                    + " (memory=" + c.memoryMb() + " MB)";
            default -> configuration.id();
        };
    }

    /** {@code 99} for 99.0, {@code 99.9} for 99.9. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
