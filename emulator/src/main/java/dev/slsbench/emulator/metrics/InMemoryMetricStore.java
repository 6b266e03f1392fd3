package dev.slsbench.emulator.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's CloudWatch storage: datapoints kept at one-second resolution for a retention
 * window (three hours by default, like CloudWatch's high-resolution data), each second of each
 * metric reduced to count, sum, extremes and a value distribution. Memory grows with the
 * seconds that saw data, not with the number of datapoints. Puts to different metrics never
 * contend; puts to one metric contend only within the same second.
 */
public final class InMemoryMetricStore implements QueryableMetricStore {

    /** CloudWatch keeps data with periods below a minute for three hours. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(3);
    private static final String NO_UNIT = "None";

    private final Clock clock;
    private final long retentionSeconds;
    private final ConcurrentHashMap<LaneKey, MetricLane> lanes = new ConcurrentHashMap<>();
    private final AtomicLong lastSweepSecond = new AtomicLong(Long.MIN_VALUE);

    /** A store on the system clock with {@link #DEFAULT_RETENTION}. */
    public InMemoryMetricStore() {
        this(Clock.systemUTC(), DEFAULT_RETENTION);
    }

    /**
     * @param clock decides what is older than the retention window
     * @param retention how long datapoints are kept; at least one second
     */
    public InMemoryMetricStore(Clock clock, Duration retention) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retention.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("retention must be at least 1 second, was " + retention);
        }
        this.retentionSeconds = retention.toSeconds();
    }

    /**
     * {@inheritDoc}
     * Datapoints older than the retention window are dropped.
     *
     * @throws IllegalArgumentException when {@code value} is NaN or infinite (CloudWatch refuses them too)
     */
    @Override
    public void put(String namespace, String metricName, Map<String, String> dimensions, double value, String unit,
            Instant timestamp) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(metricName + " value must be finite, was " + value);
        }
        String unitName = unit == null ? NO_UNIT : unit;
        long nowSecond = clock.instant().getEpochSecond();
        long cutoffSecond = nowSecond - retentionSeconds;
        long second = timestamp.getEpochSecond();
        if (second < cutoffSecond) {
            return;
        }
        MetricLane lane = lanes.get(new LaneKey(namespace, metricName, dimensions, unitName));
        if (lane == null) {
            MetricId id = MetricId.of(namespace, metricName, dimensions);
            lane = lanes.computeIfAbsent(new LaneKey(namespace, metricName, id.dimensions(), unitName),
                    key -> new MetricLane(id, unitName));
        }
        lane.record(second, value, cutoffSecond);
        sweepOncePerSecond(nowSecond, cutoffSecond);
    }

    @Override
    public List<MetricId> metrics() {
        long cutoffSecond = cutoffSecond();
        sweepOncePerSecond(cutoffSecond + retentionSeconds, cutoffSecond);
        Set<MetricId> seen = new LinkedHashSet<>();
        for (MetricLane lane : lanes.values()) {
            if (lane.hasDataSince(cutoffSecond)) {
                seen.add(lane.id);
            }
        }
        return List.copyOf(seen);
    }

    @Override
    public List<PeriodStatistics> statistics(MetricId metric, Instant start, Instant end, Duration period,
            Optional<String> unit) {
        long periodSeconds = period.toSeconds();
        if (periodSeconds < 1 || !period.equals(Duration.ofSeconds(periodSeconds))) {
            throw new IllegalArgumentException("period must be a whole number of seconds, was " + period);
        }
        long alignedStart = Math.floorDiv(start.getEpochSecond(), periodSeconds) * periodSeconds;
        long cutoffSecond = cutoffSecond();
        sweepOncePerSecond(cutoffSecond + retentionSeconds, cutoffSecond);
        long from = Math.max(alignedStart, cutoffSecond);
        long to = end.getEpochSecond() + (end.getNano() > 0 ? 1 : 0);
        List<PeriodStatistics> result = new ArrayList<>();
        for (MetricLane lane : lanes.values()) {
            if (lane.id.equals(metric) && unit.map(lane.unit::equals).orElse(true)) {
                aggregate(lane, from, to, periodSeconds, result);
            }
        }
        result.sort(Comparator.comparing(PeriodStatistics::timestamp).thenComparing(PeriodStatistics::unit));
        return result;
    }

    private static void aggregate(MetricLane lane, long from, long to, long periodSeconds,
            List<PeriodStatistics> result) {
        PeriodAccumulator accumulator = new PeriodAccumulator();
        long periodStart = Long.MIN_VALUE;
        for (SecondBucket bucket : lane.between(from, to)) {
            long bucketPeriod = Math.floorDiv(bucket.epochSecond, periodSeconds) * periodSeconds;
            if (bucketPeriod != periodStart) {
                if (!accumulator.isEmpty()) {
                    result.add(accumulator.finish(Instant.ofEpochSecond(periodStart), lane.unit));
                }
                accumulator = new PeriodAccumulator();
                periodStart = bucketPeriod;
            }
            bucket.addTo(accumulator);
        }
        if (!accumulator.isEmpty()) {
            result.add(accumulator.finish(Instant.ofEpochSecond(periodStart), lane.unit));
        }
    }

    private long cutoffSecond() {
        return clock.instant().getEpochSecond() - retentionSeconds;
    }

    private void sweepOncePerSecond(long nowSecond, long cutoffSecond) {
        long last = lastSweepSecond.get();
        if (nowSecond > last && lastSweepSecond.compareAndSet(last, nowSecond)) {
            for (MetricLane lane : lanes.values()) {
                lane.evictBefore(cutoffSecond);
            }
        }
    }

    /** Looks lanes up by the caller's own dimension map; maps compare by content. */
    private record LaneKey(String namespace, String metricName, Map<String, String> dimensions, String unit) {
    }
}
