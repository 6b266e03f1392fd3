package dev.slsbench.stats;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Reads a histogram as if it were the sorted array of its values: {@link #atRank(long)} is the
 * value at a 0-based rank (the bucket's median-equivalent value, clamped to the recorded
 * min/max), and {@link #percentile(double)} interpolates linearly between ranks as numpy's and
 * pandas' default quantile does, so figures match the toolkit's definitions. Public so that every
 * percentile slsbench reports (summaries, the engine's AssertJ {@code percentile(p)}) is computed
 * one way.
 */
public final class RankedValues {

    private final Histogram histogram;
    private final long count;

    /** Reads {@code histogram}, which must not change while it is read. */
    public RankedValues(Histogram histogram) {
        this.histogram = histogram;
        this.count = histogram.getTotalCount();
    }

    /** How many values the histogram holds. */
    public long count() {
        return count;
    }

    /** The value at 0-based {@code rank} of the sorted values. */
    public double atRank(long rank) {
        if (rank < 0 || rank >= count) {
            throw new IndexOutOfBoundsException("rank " + rank + " of " + count);
        }
        long seen = 0;
        for (HistogramIterationValue v : histogram.recordedValues()) {
            seen += v.getCountAtValueIteratedTo();
            if (seen > rank) {
                long value = histogram.medianEquivalentValue(v.getValueIteratedTo());
                return Math.clamp(value, histogram.getMinValue(), histogram.getMaxValue());
            }
        }
        throw new IllegalStateException("histogram count changed while reading");
    }

    /** The {@code quantile} (0..1) with linear interpolation between ranks. */
    public double percentile(double quantile) {
        double position = (count - 1) * quantile;
        long below = (long) Math.floor(position);
        double fraction = position - below;
        double low = atRank(below);
        if (fraction == 0 || below + 1 >= count) {
            return low;
        }
        return low + fraction * (atRank(below + 1) - low);
    }
}
