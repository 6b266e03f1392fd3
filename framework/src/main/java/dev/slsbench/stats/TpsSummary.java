package dev.slsbench.stats;

import java.util.Arrays;
import java.util.Collection;

/**
 * Transactions per second as the toolkit measures them: successful calls are bucketed by the
 * whole (epoch) second in which they ended, and the per-second counts are summarised. Seconds
 * in which no call ended are not buckets at all, as in the toolkit's {@code value_counts()};
 * quantiles interpolate linearly (pandas' {@code describe()}). Unlike the toolkit, figures are
 * not truncated to integers.
 *
 * @param seconds number of seconds in which at least one call ended
 * @param mean mean calls per such second ({@code tps_avg})
 * @param p25 25th percentile of the per-second counts ({@code tps_p25})
 * @param p50 median ({@code tps_p50})
 * @param p75 75th percentile ({@code tps_p75})
 * @param max busiest second ({@code tps_max})
 */
public record TpsSummary(long seconds, double mean, double p25, double p50, double p75, double max) {

    /**
     * Summarises per-second completion counts.
     *
     * @param countsPerSecond calls that ended in each second that had any; zero counts are ignored
     * @throws IllegalArgumentException when no second had a call
     */
    public static TpsSummary ofCountsPerSecond(Collection<Long> countsPerSecond) {
        long[] counts = countsPerSecond.stream().mapToLong(Long::longValue).filter(c -> c > 0).sorted().toArray();
        if (counts.length == 0) {
            throw new IllegalArgumentException("countsPerSecond: no second had a completed call");
        }
        return new TpsSummary(counts.length, Arrays.stream(counts).average().orElseThrow(),
                quantile(counts, 0.25), quantile(counts, 0.5), quantile(counts, 0.75), counts[counts.length - 1]);
    }

    private static double quantile(long[] sorted, double q) {
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        double fraction = position - below;
        return below + 1 < sorted.length ? sorted[below] + fraction * (sorted[below + 1] - sorted[below]) : sorted[below];
    }
}
