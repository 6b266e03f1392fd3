package dev.slsbench.stats;

import org.HdrHistogram.Histogram;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.Optional;

/**
 * Descriptive statistics of one configuration's successful-call latencies, in milliseconds,
 * computed from an HdrHistogram of nanoseconds (see {@link LatencyHistograms} for precision:
 * 0.1%).
 *
 * <p>Quantiles (median, p25, p75, p90, p99, p99.9, and the IQR = p75 − p25) interpolate
 * linearly between order statistics, which is pandas' definition, so the median and IQR agree
 * with the toolkit's summary for the same calls.
 *
 * <p>Confidence intervals, both 95%:
 * <ul>
 *   <li>the mean's uses Student's t with n − 1 degrees of freedom and the sample standard
 *   deviation (Commons Math). Latencies are skewed, but with the hundreds of calls a benchmark
 *   makes the sample mean is close to normal; for n &lt; 30 read it with care.</li>
 *   <li>the median's is the distribution-free order-statistic interval
 *   [X<sub>(l)</sub>, X<sub>(n−l+1)</sub>], with l the largest rank for which
 *   P(Binomial(n, ½) &lt; l) ≤ 2.5%. It is exact (coverage ≥ 95%, not asymptotic), needs no
 *   assumption about the latency distribution, is deterministic (no resampling seed to report)
 *   and costs two rank look-ups on the histogram, whereas a bootstrap would have to draw
 *   thousands of resamples from the histogram and only approximates the same coverage. It is
 *   absent when n &lt; 6, where no such interval reaches 95%.</li>
 * </ul>
 * Both intervals assume calls are independent; consecutive calls to one endpoint are not
 * quite (warm-up, a cold start, noisy neighbours), so the intervals are somewhat too narrow.
 *
 * @param count successful calls summarised
 * @param minMillis fastest call
 * @param meanMillis arithmetic mean
 * @param stdDevMillis sample standard deviation (n − 1), 0 for one call
 * @param p25Millis 25th percentile
 * @param medianMillis 50th percentile
 * @param p75Millis 75th percentile
 * @param p90Millis 90th percentile
 * @param p99Millis 99th percentile
 * @param p999Millis 99.9th percentile
 * @param maxMillis slowest call
 * @param iqrMillis interquartile range, p75 − p25
 * @param meanCi95 95% interval of the mean, absent for one call
 * @param medianCi95 95% interval of the median, absent for fewer than six calls
 */
public record LatencySummary(long count, double minMillis, double meanMillis, double stdDevMillis,
                             double p25Millis, double medianMillis, double p75Millis, double p90Millis,
                             double p99Millis, double p999Millis, double maxMillis, double iqrMillis,
                             Optional<ConfidenceInterval> meanCi95, Optional<ConfidenceInterval> medianCi95) {

    /** The confidence level of both intervals. */
    public static final double CONFIDENCE_LEVEL = 0.95;
    private static final double NANOS_PER_MILLI = 1e6;

    /**
     * Summarises a histogram of latencies in nanoseconds.
     *
     * @throws IllegalArgumentException when the histogram is empty
     */
    public static LatencySummary of(Histogram latencyNanos) {
        long n = latencyNanos.getTotalCount();
        if (n == 0) {
            throw new IllegalArgumentException("latencyNanos: an empty histogram has no summary");
        }
        RankedValues ranked = new RankedValues(latencyNanos);
        double mean = latencyNanos.getMean();
        double sampleStdDev = n > 1 ? latencyNanos.getStdDeviation() * Math.sqrt((double) n / (n - 1)) : 0;
        double p25 = ranked.percentile(0.25);
        double p75 = ranked.percentile(0.75);
        return new LatencySummary(n,
                ms(latencyNanos.getMinValue()),
                ms(mean),
                ms(sampleStdDev),
                ms(p25),
                ms(ranked.percentile(0.5)),
                ms(p75),
                ms(ranked.percentile(0.90)),
                ms(ranked.percentile(0.99)),
                ms(ranked.percentile(0.999)),
                ms(latencyNanos.getMaxValue()),
                ms(p75 - p25),
                meanInterval(n, mean, sampleStdDev),
                medianInterval(ranked));
    }

    /** The standard error of the mean in milliseconds (sample SD / √n). */
    public double standardErrorMillis() {
        return stdDevMillis / Math.sqrt(count);
    }

    private static Optional<ConfidenceInterval> meanInterval(long n, double meanNanos, double sdNanos) {
        if (n < 2) {
            return Optional.empty();
        }
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE_LEVEL) / 2);
        double halfWidth = t * sdNanos / Math.sqrt(n);
        return Optional.of(new ConfidenceInterval(ms(meanNanos - halfWidth), ms(meanNanos + halfWidth),
                CONFIDENCE_LEVEL, "t-distribution"));
    }

    private static Optional<ConfidenceInterval> medianInterval(RankedValues ranked) {
        long lowerRank = medianLowerRank(ranked.count());
        if (lowerRank < 1) {
            return Optional.empty();
        }
        long n = ranked.count();
        return Optional.of(new ConfidenceInterval(ms(ranked.atRank(lowerRank - 1)), ms(ranked.atRank(n - lowerRank)),
                CONFIDENCE_LEVEL, "order-statistic"));
    }

    /**
     * The 1-based rank l of the median interval's lower end for n values: the largest l with
     * P(Binomial(n, ½) ≤ l − 1) ≤ (1 − level) / 2; 0 when none exists.
     */
    static long medianLowerRank(long n) {
        if (n > Integer.MAX_VALUE) {
            double halfWidth = 1.959963984540054 * Math.sqrt(n) / 2;
            return (long) Math.floor(n / 2.0 - halfWidth);
        }
        BinomialDistribution binomial = new BinomialDistribution(null, (int) n, 0.5);
        double tail = (1 - CONFIDENCE_LEVEL) / 2;
        int k = binomial.inverseCumulativeProbability(tail);
        long l = binomial.cumulativeProbability(k) <= tail ? k + 1 : k;
        return l >= 1 && binomial.cumulativeProbability((int) l - 1) <= tail ? l : 0;
    }

    private static double ms(double nanos) {
        return nanos / NANOS_PER_MILLI;
    }
}
