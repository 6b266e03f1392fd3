package dev.slsbench.emulator.metrics;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The datapoints of one metric in one period and one unit, reduced to what CloudWatch's
 * statistics need: count, sum, extremes and the distribution behind percentiles.
 */
public final class PeriodStatistics {

    private final Instant timestamp;
    private final String unit;
    private final long sampleCount;
    private final double sum;
    private final double minimum;
    private final double maximum;
    private final ValueDistribution distribution;

    PeriodStatistics(Instant timestamp, String unit, long sampleCount, double sum, double minimum, double maximum,
            ValueDistribution distribution) {
        this.timestamp = timestamp;
        this.unit = unit;
        this.sampleCount = sampleCount;
        this.sum = sum;
        this.minimum = minimum;
        this.maximum = maximum;
        this.distribution = distribution;
    }

    /** The start of the period. */
    public Instant timestamp() {
        return timestamp;
    }

    /** The unit the datapoints were recorded with. */
    public String unit() {
        return unit;
    }

    public long sampleCount() {
        return sampleCount;
    }

    public double sum() {
        return sum;
    }

    public double minimum() {
        return minimum;
    }

    public double maximum() {
        return maximum;
    }

    public double average() {
        return sum / sampleCount;
    }

    /** One of the basic statistics. */
    public double statistic(Statistic statistic) {
        return switch (statistic) {
            case SampleCount -> sampleCount;
            case Average -> average();
            case Sum -> sum;
            case Minimum -> minimum;
            case Maximum -> maximum;
        };
    }

    /**
     * An extended statistic; empty when it has no value for this period, e.g. a trimmed mean
     * over no values, or any percentile-based statistic when some value was negative (as in
     * CloudWatch).
     */
    public OptionalDouble extended(ExtendedStatistic statistic) {
        return statistic.evaluate(this);
    }

    Optional<ValueDistribution> distribution() {
        return Optional.ofNullable(distribution);
    }

    @Override
    public String toString() {
        return "PeriodStatistics[" + timestamp + " " + unit + " n=" + sampleCount + " sum=" + sum + " min=" + minimum
                + " max=" + maximum + "]";
    }
}
