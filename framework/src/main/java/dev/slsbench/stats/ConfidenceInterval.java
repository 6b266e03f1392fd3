package dev.slsbench.stats;

/**
 * A two-sided confidence interval.
 *
 * @param lower the lower bound, in the unit of the estimate (milliseconds for latencies)
 * @param upper the upper bound
 * @param level the nominal coverage, e.g. 0.95
 * @param method how it was computed, e.g. {@code t-distribution} or {@code order-statistic}
 */
public record ConfidenceInterval(double lower, double upper, double level, String method) {

    public ConfidenceInterval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("lower " + lower + " is above upper " + upper);
        }
    }

    /** Whether the two intervals share no value. */
    public boolean isDisjointFrom(ConfidenceInterval other) {
        return upper < other.lower || other.upper < lower;
    }

    /** The interval's width. */
    public double width() {
        return upper - lower;
    }
}
