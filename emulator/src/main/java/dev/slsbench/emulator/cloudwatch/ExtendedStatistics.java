package dev.slsbench.emulator.cloudwatch;

import dev.slsbench.emulator.metrics.ExtendedStatistic;

/** Parses extended statistic names, turning a bad name into CloudWatch's InvalidParameterValue. */
final class ExtendedStatistics {

    private ExtendedStatistics() {
    }

    static ExtendedStatistic parse(String name) {
        try {
            return ExtendedStatistic.parse(name);
        } catch (IllegalArgumentException e) {
            throw CloudWatchError.invalidParameterValue(e.getMessage());
        }
    }
}
