package dev.slsbench.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts calls by the whole epoch second they ended in, for {@link TpsSummary} and {@link TpsSeries}.
 * Thread-safe and cheap enough to call once per successful call from every client thread; memory grows
 * with the run's duration in seconds, not with the number of calls.
 */
public final class TpsCounter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private final ConcurrentHashMap<Long, LongAdder> countsBySecond = new ConcurrentHashMap<>();
    /** The second most calls end in (the current one), counted without a map look-up or a boxed key. */
    private volatile Second latest = new Second(Long.MIN_VALUE, new LongAdder());

    private record Second(long epochSecond, LongAdder count) {
    }

    /** Counts one call that ended at {@code endEpochNanos}. */
    public void record(long endEpochNanos) {
        long second = Math.floorDiv(endEpochNanos, NANOS_PER_SECOND);
        Second current = latest;
        if (current.epochSecond() == second) {
            current.count().increment();
            return;
        }
        LongAdder count = countsBySecond.computeIfAbsent(second, s -> new LongAdder());
        count.increment();
        if (second > current.epochSecond()) {
            latest = new Second(second, count);
        }
    }

    /** The summary so far; empty when no call has been counted. */
    public Optional<TpsSummary> summary() {
        if (countsBySecond.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TpsSummary.ofCountsPerSecond(countsBySecond.values().stream().map(LongAdder::sum).toList()));
    }

    /** Completions over time so far, for charts; empty when no call has been counted. */
    public Optional<TpsSeries> series() {
        if (countsBySecond.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Long> counts = new HashMap<>();
        countsBySecond.forEach((second, adder) -> counts.put(second, adder.sum()));
        return Optional.of(TpsSeries.ofCountsBySecond(counts));
    }
}
