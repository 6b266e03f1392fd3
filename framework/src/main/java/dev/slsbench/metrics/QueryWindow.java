package dev.slsbench.metrics;

import java.time.Instant;
import java.util.List;

/**
 * The span and period of the GetMetricData request for a {@link CallWindow}, at the resolution
 * the metrics are kept at (whole seconds; CloudWatch periods are 1, 5, 10, 30 s or multiples of
 * 60 s, buckets aligned to multiples of the period).
 *
 * <p>Preferred: the smallest aligned bucket of an allowed period that holds every call, so that
 * CloudWatch answers with one data point per statistic and percentiles are known (the toolkit's
 * "one period covering the run"). That bucket may stretch well beyond the calls; it is used only
 * when the stretch adds none of the neighbours' time. Otherwise the query covers the calls with
 * consecutive buckets of the resolution: exact to the resolution, several data points, and no
 * percentiles (they cannot be combined). At a 60 s resolution, calls of neighbours in the same
 * minute are still included ({@link CallWindow#sharesTimeWithNeighbours} says so).
 */
record QueryWindow(Instant start, Instant end, int periodSeconds) {

    private static final List<Long> SUB_MINUTE_PERIODS = List.of(1L, 5L, 10L, 30L);

    /** One aligned bucket of a multiple of 60 s holding {@code [from, to]} (nothing either side to avoid). */
    static QueryWindow covering(Instant from, Instant to) {
        return of(CallWindow.of(from, to), 60);
    }

    static QueryWindow of(CallWindow calls, int resolutionSeconds) {
        long r = resolutionSeconds;
        long start = Math.floorDiv(calls.from().getEpochSecond(), r) * r;
        long last = calls.to().getEpochSecond() + (calls.to().getNano() > 0 ? 1 : 0);
        long end = Math.max(-Math.floorDiv(-last, r) * r, start + r);
        long period = r;
        while (Math.floorDiv(start, period) * period + period < end) {
            period = nextPeriod(period, r);
        }
        long bucket = Math.floorDiv(start, period) * period;
        boolean addsNoNeighbourTime = (bucket == start || !epoch(bucket).isBefore(calls.notBefore()))
                && (bucket + period == end || !epoch(bucket + period).isAfter(calls.notAfter()));
        return addsNoNeighbourTime
                ? new QueryWindow(epoch(bucket), epoch(bucket + period), Math.toIntExact(period))
                : new QueryWindow(epoch(start), epoch(end), Math.toIntExact(r));
    }

    private static long nextPeriod(long period, long resolution) {
        for (long p : SUB_MINUTE_PERIODS) {
            if (p > period && p % resolution == 0) {
                return p;
            }
        }
        long step = Math.max(60, resolution);
        return (period / step + 1) * step;
    }

    private static Instant epoch(long seconds) {
        return Instant.ofEpochSecond(seconds);
    }
}
