package dev.slsbench.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A one-sided Welch t-test that estimate A is smaller than estimate B, allowing unequal
 * variances (Welch-Satterthwaite degrees of freedom, Commons Math's t distribution).
 *
 * <p>Used for figures that are functions of a configuration's mean latency, such as cost per
 * invocation, where the mean — not the typical call — is what is billed. The sample mean of
 * hundreds of calls is close to normal even for skewed latencies; with fewer than 2 calls a
 * side the test reports p = 1.
 */
public final class WelchTest {

    private WelchTest() {
    }

    /** Tests whether A's value is smaller than B's at level {@code alpha}. */
    public static SignificanceResult aSmallerThanB(Estimate a, Estimate b, double alpha) {
        double difference = b.value() - a.value();
        if (a.sampleSize() < 2 || b.sampleSize() < 2) {
            return new SignificanceResult("Welch t", 0, 1, alpha, difference);
        }
        double va = a.standardError() * a.standardError();
        double vb = b.standardError() * b.standardError();
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new SignificanceResult("Welch t", difference > 0 ? Double.POSITIVE_INFINITY : 0,
                    difference > 0 ? 0 : 1, alpha, difference);
        }
        double t = difference / se;
        double df = (va + vb) * (va + vb)
                / (va * va / (a.sampleSize() - 1) + vb * vb / (b.sampleSize() - 1));
        double p = 1 - new TDistribution(null, df).cumulativeProbability(t);
        return new SignificanceResult("Welch t", t, p, alpha, difference);
    }
}
