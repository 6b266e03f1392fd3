package dev.slsbench.stats;

/**
 * The outcome of a one-sided test that configuration A is better (smaller) than B.
 *
 * @param test the test's name, e.g. {@code Mann-Whitney U} or {@code Welch t}
 * @param statistic the test statistic (z for Mann-Whitney, t for Welch)
 * @param pValue the one-sided p-value of "A is not smaller than B"
 * @param alpha the significance level the verdict uses
 * @param effect a plain effect size: P(A &lt; B) for Mann-Whitney, B − A for Welch
 */
public record SignificanceResult(String test, double statistic, double pValue, double alpha, double effect) {

    /** Whether A is smaller than B at level {@code alpha}. */
    public boolean significant() {
        return pValue < alpha;
    }

    /** A short phrase for reasons and reports, e.g. {@code Mann-Whitney U p = 0.0031} or {@code Welch t p < 0.0001}. */
    public String describe() {
        if (pValue < 1e-4) {
            return test + " p < 0.0001";
        }
        return test + " p = " + String.format(java.util.Locale.ROOT, "%.4f", pValue);
    }
}
