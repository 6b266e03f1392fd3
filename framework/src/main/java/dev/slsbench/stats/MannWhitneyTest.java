package dev.slsbench.stats;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.Map;
import java.util.TreeMap;

/**
 * A one-sided Mann-Whitney U (Wilcoxon rank-sum) test that latencies of configuration A tend to
 * be smaller than those of B, computed exactly from two latency histograms, without sampling.
 *
 * <p>Why this test for "is A faster": it compares whole distributions by ranks, so the rare
 * multi-second cold start that dominates a mean (and a t-test) cannot decide the verdict, and it
 * needs no normality. Values falling in the same histogram bucket (within 0.1%) count as ties,
 * handled with mid-ranks and the usual tie-corrected variance; the normal approximation is used,
 * which is accurate for the hundreds of calls per configuration a benchmark makes (the test
 * refuses fewer than 8 calls per side, reporting p = 1). Like every test here it assumes
 * independent calls; consecutive calls are mildly correlated, so p-values are somewhat
 * optimistic. Significance is not importance: with thousands of calls a 1% difference can be
 * significant, which is why strategies also take a minimum improvement.
 */
public final class MannWhitneyTest {

    /** The smallest number of calls per side for which the test is run. */
    public static final int MIN_SAMPLES = 8;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private MannWhitneyTest() {
    }

    /** Tests whether A's latencies tend to be smaller than B's at level {@code alpha}. */
    public static SignificanceResult aSmallerThanB(Histogram a, Histogram b, double alpha) {
        long na = a.getTotalCount();
        long nb = b.getTotalCount();
        if (na < MIN_SAMPLES || nb < MIN_SAMPLES) {
            return new SignificanceResult("Mann-Whitney U", 0, 1, alpha, Double.NaN);
        }
        TreeMap<Long, long[]> buckets = new TreeMap<>();
        add(buckets, a, 0);
        add(buckets, b, 1);

        double uALess = 0;
        double tieTerm = 0;
        long bBelow = 0;
        long bTotal = nb;
        for (Map.Entry<Long, long[]> bucket : buckets.entrySet()) {
            long ca = bucket.getValue()[0];
            long cb = bucket.getValue()[1];
            long bAbove = bTotal - bBelow - cb;
            uALess += ca * (bAbove + cb / 2.0);
            bBelow += cb;
            double t = ca + cb;
            tieTerm += t * t * t - t;
        }
        double n = na + nb;
        double mean = (double) na * nb / 2;
        double variance = (double) na * nb / 12 * ((n + 1) - tieTerm / (n * (n - 1)));
        if (variance <= 0) {
            return new SignificanceResult("Mann-Whitney U", 0, 1, alpha, uALess / ((double) na * nb));
        }
        double z = (uALess - mean - 0.5) / Math.sqrt(variance);
        double p = 1 - STANDARD_NORMAL.cumulativeProbability(z);
        return new SignificanceResult("Mann-Whitney U", z, p, alpha, uALess / ((double) na * nb));
    }

    private static void add(TreeMap<Long, long[]> buckets, Histogram histogram, int side) {
        for (HistogramIterationValue v : histogram.recordedValues()) {
            long key = histogram.highestEquivalentValue(v.getValueIteratedTo());
            buckets.computeIfAbsent(key, k -> new long[2])[side] += v.getCountAtValueIteratedTo();
        }
    }
}
