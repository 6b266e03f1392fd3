package dev.slsbench.emulator.metrics;

import java.util.Optional;

/** CloudWatch's basic statistics, named as the API spells them. */
public enum Statistic {
    SampleCount, Average, Sum, Minimum, Maximum;

    /** The statistic spelled {@code name} exactly as CloudWatch does, if any. */
    public static Optional<Statistic> named(String name) {
        for (Statistic statistic : values()) {
            if (statistic.name().equals(name)) {
                return Optional.of(statistic);
            }
        }
        return Optional.empty();
    }
}
