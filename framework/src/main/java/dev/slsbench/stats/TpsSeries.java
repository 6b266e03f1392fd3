package dev.slsbench.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Successful completions over time, for a "TPS over time" chart: the calls that ended in each
 * point's span of whole epoch seconds, from the first second with a call to the last, seconds
 * without calls included as zeros. Bounded: a run longer than {@value #MAX_POINTS} seconds is
 * folded into points of several seconds each, so results stay small however long a run is.
 *
 * @param startEpochSecond the first point's first second (the first second in which a call ended)
 * @param secondsPerPoint whole seconds each point spans, ≥ 1
 * @param completions successful calls that ended within each point's span, at most {@value #MAX_POINTS}
 */
public record TpsSeries(long startEpochSecond, int secondsPerPoint, List<Long> completions) {

    /** The most points a series has. */
    public static final int MAX_POINTS = 300;

    public TpsSeries {
        if (secondsPerPoint < 1) {
            throw new IllegalArgumentException("secondsPerPoint: " + secondsPerPoint + " is not ≥ 1");
        }
        completions = List.copyOf(completions);
        if (completions.isEmpty() || completions.size() > MAX_POINTS) {
            throw new IllegalArgumentException("completions: " + completions.size() + " points, not 1.." + MAX_POINTS);
        }
        if (completions.stream().anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("completions: a count is negative");
        }
    }

    /**
     * The series of per-second completion counts.
     *
     * @param countsByEpochSecond calls that ended in each epoch second; seconds absent count 0
     * @throws IllegalArgumentException when no second had a call
     */
    public static TpsSeries ofCountsBySecond(Map<Long, Long> countsByEpochSecond) {
        TreeMap<Long, Long> counts = new TreeMap<>(countsByEpochSecond);
        counts.values().removeIf(c -> c == 0);
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("countsByEpochSecond: no second had a completed call");
        }
        long first = counts.firstKey();
        long span = counts.lastKey() - first + 1;
        int secondsPerPoint = (int) Math.ceilDiv(span, MAX_POINTS);
        int points = (int) Math.ceilDiv(span, secondsPerPoint);
        List<Long> completions = new ArrayList<>(Collections.nCopies(points, 0L));
        counts.forEach((second, count) -> {
            int point = (int) ((second - first) / secondsPerPoint);
            completions.set(point, completions.get(point) + count);
        });
        return new TpsSeries(first, secondsPerPoint, completions);
    }

    /** The mean calls per second over point {@code index}'s span. */
    public double tpsAt(int index) {
        return (double) completions.get(index) / secondsPerPoint;
    }

    /** Seconds from the series' start to the start of point {@code index}. */
    public long offsetSecondsAt(int index) {
        Objects.checkIndex(index, completions.size());
        return (long) index * secondsPerPoint;
    }
}
