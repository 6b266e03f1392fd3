package dev.slsbench.emulator.metrics;

import java.util.Arrays;
import org.HdrHistogram.DoubleHistogram;
import org.HdrHistogram.DoubleHistogramIterationValue;

/**
 * The values of one period in ascending order, as distinct values with counts: exact when the
 * period held few enough datapoints, otherwise the midpoints of a histogram's buckets.
 */
final class ValueDistribution {

    private final double[] values;
    private final long[] counts;
    private final long total;

    private ValueDistribution(double[] values, long[] counts, long total) {
        this.values = values;
        this.counts = counts;
        this.total = total;
    }

    static ValueDistribution exact(double[] values, int size) {
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        double[] distinct = new double[size];
        long[] counts = new long[size];
        int n = 0;
        for (double value : sorted) {
            if (n > 0 && distinct[n - 1] == value) {
                counts[n - 1]++;
            } else {
                distinct[n] = value;
                counts[n++] = 1;
            }
        }
        return new ValueDistribution(Arrays.copyOf(distinct, n), Arrays.copyOf(counts, n), size);
    }

    static ValueDistribution of(DoubleHistogram histogram) {
        int size = 0;
        for (DoubleHistogramIterationValue ignored : histogram.recordedValues()) {
            size++;
        }
        double[] values = new double[size];
        long[] counts = new long[size];
        int i = 0;
        for (DoubleHistogramIterationValue v : histogram.recordedValues()) {
            values[i] = histogram.medianEquivalentValue(v.getValueIteratedTo());
            counts[i++] = v.getCountAddedInThisIterationStep();
        }
        return new ValueDistribution(values, counts, histogram.getTotalCount());
    }

    long total() {
        return total;
    }

    /** The value at 1-based {@code rank} in ascending order. */
    double valueAtRank(long rank) {
        long seen = 0;
        for (int i = 0; i < values.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** Count and sum of the values whose 1-based rank lies in {@code (lowRankExclusive, highRankInclusive]}. */
    Slice byRank(long lowRankExclusive, long highRankInclusive) {
        long count = 0;
        double sum = 0;
        long before = 0;
        for (int i = 0; i < values.length; i++) {
            long first = Math.max(before + 1, lowRankExclusive + 1);
            long last = Math.min(before + counts[i], highRankInclusive);
            if (last >= first) {
                count += last - first + 1;
                sum += (last - first + 1) * values[i];
            }
            before += counts[i];
        }
        return new Slice(count, sum);
    }

    /** Count and sum of the values in {@code (lowExclusive, highInclusive]}. */
    Slice byValue(double lowExclusive, double highInclusive) {
        long count = 0;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > lowExclusive && values[i] <= highInclusive) {
                count += counts[i];
                sum += counts[i] * values[i];
            }
        }
        return new Slice(count, sum);
    }

    /** The sum of all values after clamping ranks at or below {@code lowRank} and above {@code highRank}. */
    double winsorizedSum(long lowRank, long highRank) {
        double floor = valueAtRank(lowRank + 1);
        double ceiling = valueAtRank(highRank);
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += counts[i] * Math.min(Math.max(values[i], floor), ceiling);
        }
        return sum;
    }

    /** A count of values and their sum. */
    record Slice(long count, double sum) {
    }
}
