package dev.slsbench.emulator.metrics;

import java.time.Instant;
import java.util.Arrays;
import org.HdrHistogram.DoubleHistogram;

/**
 * Folds the second buckets of one period into {@link PeriodStatistics}: exact values while the
 * period holds at most {@link #EXACT_LIMIT} of them, otherwise one merged histogram.
 */
final class PeriodAccumulator {

    static final int EXACT_LIMIT = 10_000;

    private long count;
    private double sum;
    private double minimum = Double.POSITIVE_INFINITY;
    private double maximum = Double.NEGATIVE_INFINITY;
    private boolean negative;
    private double[] exact = new double[16];
    private int exactSize;
    private DoubleHistogram merged;

    void addSummary(long count, double sum, double minimum, double maximum, boolean negative) {
        this.count += count;
        this.sum += sum;
        this.minimum = Math.min(this.minimum, minimum);
        this.maximum = Math.max(this.maximum, maximum);
        this.negative |= negative;
    }

    void addExact(double[] values, int size) {
        if (merged != null || exactSize + size > EXACT_LIMIT) {
            for (int i = 0; i < size; i++) {
                histogram().recordValue(values[i]);
            }
            return;
        }
        if (exactSize + size > exact.length) {
            exact = Arrays.copyOf(exact, Math.max(exact.length * 2, exactSize + size));
        }
        System.arraycopy(values, 0, exact, exactSize, size);
        exactSize += size;
    }

    void addHistogram(DoubleHistogram histogram) {
        histogram().add(histogram);
    }

    boolean isEmpty() {
        return count == 0;
    }

    PeriodStatistics finish(Instant timestamp, String unit) {
        ValueDistribution distribution = null;
        if (!negative) {
            distribution = merged == null ? ValueDistribution.exact(exact, exactSize) : ValueDistribution.of(merged);
        }
        return new PeriodStatistics(timestamp, unit, count, sum, minimum, maximum, distribution);
    }

    private DoubleHistogram histogram() {
        if (merged == null) {
            merged = new DoubleHistogram(SecondBucket.SIGNIFICANT_DIGITS);
            for (int i = 0; i < exactSize; i++) {
                merged.recordValue(exact[i]);
            }
            exactSize = 0;
        }
        return merged;
    }
}
