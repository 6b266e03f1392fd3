package dev.slsbench.stats;

import org.HdrHistogram.Histogram;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

class LatencySummaryTest {

    /** Lognormal latencies around 50 ms, in nanoseconds, like a real endpoint's. */
    private static long[] latencies(int n, long seed) {
        Random random = new Random(seed);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = (long) (50e6 * Math.exp(0.5 * random.nextGaussian()));
        }
        return values;
    }

    private static Histogram histogramOf(long[] values) {
        Histogram histogram = LatencyHistograms.newHistogram();
        for (long v : values) {
            histogram.recordValue(v);
        }
        return histogram;
    }

    /** numpy's default (linear) quantile over a sorted array: the oracle. */
    private static double quantile(long[] sorted, double q) {
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        double fraction = position - below;
        return below + 1 < sorted.length ? sorted[below] + fraction * (sorted[below + 1] - sorted[below]) : sorted[below];
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 2001, 20})
    void matchesAPlainSortedArrayWithinTheHistogramsPrecision(int n) {
        long[] values = latencies(n, 42 + n);
        long[] sorted = values.clone();
        Arrays.sort(sorted);

        LatencySummary summary = LatencySummary.of(histogramOf(values));

        assertThat(summary.count()).isEqualTo(n);
        assertThat(summary.minMillis()).isCloseTo(sorted[0] / 1e6, withPercentage(0.1));
        assertThat(summary.maxMillis()).isCloseTo(sorted[n - 1] / 1e6, withPercentage(0.1));
        assertThat(summary.meanMillis()).isCloseTo(Arrays.stream(values).average().orElseThrow() / 1e6, withPercentage(0.1));
        assertThat(summary.medianMillis()).isCloseTo(quantile(sorted, 0.5) / 1e6, withPercentage(0.1));
        assertThat(summary.p25Millis()).isCloseTo(quantile(sorted, 0.25) / 1e6, withPercentage(0.1));
        assertThat(summary.p75Millis()).isCloseTo(quantile(sorted, 0.75) / 1e6, withPercentage(0.1));
        assertThat(summary.p90Millis()).isCloseTo(quantile(sorted, 0.90) / 1e6, withPercentage(0.1));
        assertThat(summary.p99Millis()).isCloseTo(quantile(sorted, 0.99) / 1e6, withPercentage(0.1));
        assertThat(summary.p999Millis()).isCloseTo(quantile(sorted, 0.999) / 1e6, withPercentage(0.1));
        double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
        assertThat(summary.iqrMillis()).isCloseTo(iqr / 1e6, within(0.002 * quantile(sorted, 0.75) / 1e6));
        double sd = new StandardDeviation(true).evaluate(Arrays.stream(values).asDoubleStream().toArray());
        assertThat(summary.stdDevMillis()).isCloseTo(sd / 1e6, withPercentage(1));
    }

    @Test
    void computesTheMeansIntervalFromStudentsT() {
        long[] values = latencies(500, 7);
        double[] doubles = Arrays.stream(values).asDoubleStream().toArray();
        double mean = Arrays.stream(doubles).average().orElseThrow();
        double sd = new StandardDeviation(true).evaluate(doubles);
        double halfWidth = new TDistribution(499).inverseCumulativeProbability(0.975) * sd / Math.sqrt(500);

        ConfidenceInterval ci = LatencySummary.of(histogramOf(values)).meanCi95().orElseThrow();

        assertThat(ci.lower()).isCloseTo((mean - halfWidth) / 1e6, withPercentage(0.2));
        assertThat(ci.upper()).isCloseTo((mean + halfWidth) / 1e6, withPercentage(0.2));
        assertThat(ci.level()).isEqualTo(0.95);
        assertThat(ci.method()).isEqualTo("t-distribution");
    }

    /** Exact P(Binomial(n, 1/2) <= k), summed in log space. */
    private static double binomialCdf(int n, int k) {
        double logHalfPowN = n * Math.log(0.5);
        double sum = 0;
        double logChoose = 0;
        for (int i = 0; i <= k; i++) {
            if (i > 0) {
                logChoose += Math.log(n - i + 1) - Math.log(i);
            }
            sum += Math.exp(logChoose + logHalfPowN);
        }
        return sum;
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 10, 37, 100, 1000})
    void picksTheMedianIntervalsRanksFromTheBinomialDistribution(int n) {
        int expected = 0;
        for (int l = 1; l <= n; l++) {
            if (binomialCdf(n, l - 1) <= 0.025) {
                expected = l;
            }
        }

        assertThat(LatencySummary.medianLowerRank(n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"10, 2", "100, 40", "5, 0"})
    void agreesWithPublishedMedianIntervalRanks(int n, int lowerRank) {
        assertThat(LatencySummary.medianLowerRank(n)).isEqualTo(lowerRank);
    }

    @Test
    void boundsTheMedianByOrderStatistics() {
        long[] values = latencies(100, 11);
        long[] sorted = values.clone();
        Arrays.sort(sorted);

        ConfidenceInterval ci = LatencySummary.of(histogramOf(values)).medianCi95().orElseThrow();

        assertThat(ci.lower()).isCloseTo(sorted[39] / 1e6, withPercentage(0.1));
        assertThat(ci.upper()).isCloseTo(sorted[60] / 1e6, withPercentage(0.1));
        assertThat(ci.method()).isEqualTo("order-statistic");
    }

    @Test
    void omitsIntervalsThatCannotBeComputed() {
        LatencySummary one = LatencySummary.of(histogramOf(new long[] {5_000_000}));
        LatencySummary five = LatencySummary.of(histogramOf(new long[] {1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000}));

        assertThat(one.meanCi95()).isEmpty();
        assertThat(one.medianCi95()).isEmpty();
        assertThat(one.stdDevMillis()).isZero();
        assertThat(five.meanCi95()).isPresent();
        assertThat(five.medianCi95()).isEmpty();
    }

    @Test
    void refusesAnEmptyHistogram() {
        assertThatThrownBy(() -> LatencySummary.of(LatencyHistograms.newHistogram()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void roundTripsHistogramsThroughTheirTextEncoding() {
        Histogram histogram = histogramOf(latencies(300, 3));

        Histogram decoded = LatencyHistograms.decode(LatencyHistograms.encode(histogram));

        assertThat(decoded).isEqualTo(histogram);
        assertThatThrownBy(() -> LatencyHistograms.decode("bm90IGEgaGlzdG9ncmFt"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
