package dev.slsbench.emulator.cloudwatch;

import java.time.Duration;
import java.time.Instant;

/** CloudWatch's checks on a query's time range against its period. */
final class TimeRange {

    private TimeRange() {
    }

    /** How many periods, aligned to the period, {@code [start, end)} touches. */
    static long periods(Instant start, Instant end, Duration period) {
        long seconds = period.toSeconds();
        long first = Math.floorDiv(start.getEpochSecond(), seconds);
        long endSecond = end.getEpochSecond() + (end.getNano() > 0 ? 1 : 0);
        long last = Math.floorDiv(endSecond - 1, seconds);
        return Math.max(0, last - first + 1);
    }

    static void check(Instant start, Instant end, Duration period, int maxDatapoints) {
        if (!start.isBefore(end)) {
            throw CloudWatchError.invalidParameterValue("The parameter StartTime must be less than the parameter EndTime.");
        }
        long requested = periods(start, end, period);
        if (maxDatapoints > 0 && requested > maxDatapoints) {
            throw CloudWatchError.invalidParameterCombination("You have requested up to " + requested
                    + " datapoints, which exceeds the limit of " + maxDatapoints
                    + ". You may reduce the datapoints requested by increasing Period, or decreasing the time range.");
        }
    }
}
