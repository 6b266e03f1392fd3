package dev.slsbench.stats;

import org.HdrHistogram.Histogram;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SignificanceTest {

    private static long[] integers(int n, int from, int to, long seed) {
        Random random = new Random(seed);
        return random.longs(n, from, to).toArray();
    }

    private static Histogram histogramOf(long[] values) {
        Histogram histogram = LatencyHistograms.newHistogram();
        Arrays.stream(values).forEach(histogram::recordValue);
        return histogram;
    }

    /** Mann-Whitney from raw values via ranks with ties, tie-corrected, continuity-corrected: the oracle. */
    private static double oracleOneSidedP(long[] a, long[] b) {
        double[] all = new double[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            all[i] = a[i];
        }
        for (int i = 0; i < b.length; i++) {
            all[a.length + i] = b[i];
        }
        double[] ranks = new NaturalRanking().rank(all);
        double rankSumB = 0;
        for (int i = a.length; i < all.length; i++) {
            rankSumB += ranks[i];
        }
        double uBGreater = rankSumB - b.length * (b.length + 1) / 2.0;
        double n = all.length;
        double tieTerm = Arrays.stream(all).boxed().collect(java.util.stream.Collectors.groupingBy(v -> v,
                java.util.stream.Collectors.counting())).values().stream().mapToDouble(t -> t * t * t - t).sum();
        double variance = a.length * (double) b.length / 12 * ((n + 1) - tieTerm / (n * (n - 1)));
        double z = (uBGreater - a.length * (double) b.length / 2 - 0.5) / Math.sqrt(variance);
        return 1 - new NormalDistribution(0, 1).cumulativeProbability(z);
    }

    @Test
    void mannWhitneyAgreesWithARankOracleIncludingTies() {
        long[] a = integers(200, 100, 400, 1);
        long[] b = integers(150, 120, 420, 2);

        SignificanceResult result = MannWhitneyTest.aSmallerThanB(histogramOf(a), histogramOf(b), 0.05);

        assertThat(result.pValue()).isCloseTo(oracleOneSidedP(a, b), within(1e-9));
        assertThat(result.test()).isEqualTo("Mann-Whitney U");
    }

    @Test
    void mannWhitneyFindsAClearlyFasterConfigurationSignificant() {
        long[] fast = integers(300, 40_000_000, 60_000_000, 3);
        long[] slow = integers(300, 50_000_000, 70_000_000, 4);

        SignificanceResult result = MannWhitneyTest.aSmallerThanB(histogramOf(fast), histogramOf(slow), 0.05);

        assertThat(result.significant()).isTrue();
        assertThat(result.effect()).isGreaterThan(0.5);
        assertThat(MannWhitneyTest.aSmallerThanB(histogramOf(slow), histogramOf(fast), 0.05).significant()).isFalse();
    }

    @Test
    void mannWhitneyFindsSameDistributionsNotSignificant() {
        long[] a = integers(300, 40_000_000, 60_000_000, 5);
        long[] b = integers(300, 40_000_000, 60_000_000, 6);

        assertThat(MannWhitneyTest.aSmallerThanB(histogramOf(a), histogramOf(b), 0.05).significant()).isFalse();
        assertThat(MannWhitneyTest.aSmallerThanB(histogramOf(b), histogramOf(a), 0.05).significant()).isFalse();
    }

    @Test
    void mannWhitneyRefusesTooFewCalls() {
        SignificanceResult result = MannWhitneyTest.aSmallerThanB(histogramOf(new long[] {1, 2, 3}),
                histogramOf(integers(100, 1000, 2000, 7)), 0.05);

        assertThat(result.pValue()).isEqualTo(1.0);
        assertThat(result.significant()).isFalse();
    }

    @Test
    void welchAgreesWithCommonsMathsTwoSidedTestHalved() {
        double[] a = new Random(8).doubles(80, 40, 60).toArray();
        double[] b = new Random(9).doubles(120, 42, 66).toArray();
        StandardDeviation sd = new StandardDeviation(true);
        Estimate ea = new Estimate(Arrays.stream(a).average().orElseThrow(), sd.evaluate(a) / Math.sqrt(a.length), a.length);
        Estimate eb = new Estimate(Arrays.stream(b).average().orElseThrow(), sd.evaluate(b) / Math.sqrt(b.length), b.length);

        SignificanceResult result = WelchTest.aSmallerThanB(ea, eb, 0.05);

        assertThat(result.pValue()).isCloseTo(new TTest().tTest(a, b) / 2, within(1e-9));
        assertThat(result.statistic()).isCloseTo(-new TTest().t(a, b), within(1e-9));
    }

    @Test
    void welchScalesWithTheEstimate() {
        Estimate a = new Estimate(10, 1, 100);
        Estimate b = new Estimate(20, 1, 100);

        assertThat(WelchTest.aSmallerThanB(a, b, 0.05).significant()).isTrue();
        assertThat(WelchTest.aSmallerThanB(b, a, 0.05).significant()).isFalse();
        assertThat(WelchTest.aSmallerThanB(a.times(2).plus(1), b.times(2).plus(1), 0.05).pValue())
                .isCloseTo(WelchTest.aSmallerThanB(a, b, 0.05).pValue(), within(1e-12));
    }
}
