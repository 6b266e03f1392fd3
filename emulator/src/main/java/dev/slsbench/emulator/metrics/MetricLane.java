package dev.slsbench.emulator.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The datapoints of one metric recorded in one unit, as one-second buckets keyed by epoch
 * second. The bucket for the current second is cached so that most puts skip the map.
 */
final class MetricLane {

    final MetricId id;
    final String unit;
    private final ConcurrentSkipListMap<Long, SecondBucket> buckets = new ConcurrentSkipListMap<>();
    private volatile SecondBucket latest;

    MetricLane(MetricId id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    void record(long epochSecond, double value, long cutoffSecond) {
        SecondBucket bucket = latest;
        if (bucket == null || bucket.epochSecond != epochSecond) {
            bucket = bucketFor(epochSecond, cutoffSecond);
        }
        bucket.record(value);
    }

    private SecondBucket bucketFor(long epochSecond, long cutoffSecond) {
        SecondBucket bucket = buckets.get(epochSecond);
        if (bucket == null) {
            SecondBucket created = new SecondBucket(epochSecond);
            bucket = buckets.putIfAbsent(epochSecond, created);
            if (bucket == null) {
                bucket = created;
                evictBefore(cutoffSecond);
            }
        }
        SecondBucket current = latest;
        if (current == null || epochSecond > current.epochSecond) {
            latest = bucket;
        }
        return bucket;
    }

    void evictBefore(long cutoffSecond) {
        buckets.headMap(cutoffSecond).clear();
    }

    boolean hasDataSince(long cutoffSecond) {
        return buckets.ceilingKey(cutoffSecond) != null;
    }

    /** The buckets with {@code fromSecond <= epochSecond < toSecond}, ascending. */
    List<SecondBucket> between(long fromSecond, long toSecond) {
        return fromSecond >= toSecond ? List.of() : new ArrayList<>(buckets.subMap(fromSecond, toSecond).values());
    }
}
