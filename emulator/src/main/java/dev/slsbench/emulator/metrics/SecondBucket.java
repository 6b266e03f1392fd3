package dev.slsbench.emulator.metrics;

import java.util.Arrays;
import org.HdrHistogram.DoubleHistogram;
import org.HdrHistogram.PackedDoubleHistogram;

/**
 * The datapoints of one metric lane in one second: count, sum and extremes always; the values
 * themselves exactly while there are few, then in a compact histogram with two significant
 * digits. Values below zero turn percentiles off for the bucket, as CloudWatch does.
 */
final class SecondBucket {

    static final int EXACT_LIMIT = 64;
    static final int SIGNIFICANT_DIGITS = 2;

    final long epochSecond;
    private long count;
    private double sum;
    private double minimum = Double.POSITIVE_INFINITY;
    private double maximum = Double.NEGATIVE_INFINITY;
    private boolean negative;
    private double[] exact = new double[4];
    private DoubleHistogram histogram;

    SecondBucket(long epochSecond) {
        this.epochSecond = epochSecond;
    }

    synchronized void record(double value) {
        count++;
        sum += value;
        minimum = Math.min(minimum, value);
        maximum = Math.max(maximum, value);
        if (negative) {
            return;
        }
        if (value < 0) {
            negative = true;
            exact = null;
            histogram = null;
        } else if (histogram != null) {
            histogram.recordValue(value);
        } else if (count <= EXACT_LIMIT) {
            int index = (int) count - 1;
            if (index == exact.length) {
                exact = Arrays.copyOf(exact, exact.length * 2);
            }
            exact[index] = value;
        } else {
            histogram = new PackedDoubleHistogram(SIGNIFICANT_DIGITS);
            for (int i = 0; i < EXACT_LIMIT; i++) {
                histogram.recordValue(exact[i]);
            }
            histogram.recordValue(value);
            exact = null;
        }
    }

    synchronized void addTo(PeriodAccumulator accumulator) {
        accumulator.addSummary(count, sum, minimum, maximum, negative);
        if (negative) {
            return;
        }
        if (histogram != null) {
            accumulator.addHistogram(histogram);
        } else {
            accumulator.addExact(exact, (int) count);
        }
    }
}
