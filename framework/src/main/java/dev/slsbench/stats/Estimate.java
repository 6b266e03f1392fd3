package dev.slsbench.stats;

/**
 * A sample-based estimate with its standard error, for comparing derived figures (mean cost
 * per invocation, latency × cost) between configurations with {@link WelchTest}.
 *
 * @param value the point estimate
 * @param standardError its standard error (≥ 0)
 * @param sampleSize the number of calls behind it
 */
public record Estimate(double value, double standardError, long sampleSize) {

    public Estimate {
        if (!(standardError >= 0)) {
            throw new IllegalArgumentException("standardError: " + standardError + " is not ≥ 0");
        }
    }

    /** This estimate scaled by {@code factor} (standard error scales by its magnitude). */
    public Estimate times(double factor) {
        return new Estimate(value * factor, standardError * Math.abs(factor), sampleSize);
    }

    /** This estimate plus a constant (standard error unchanged). */
    public Estimate plus(double constant) {
        return new Estimate(value + constant, standardError, sampleSize);
    }
}
