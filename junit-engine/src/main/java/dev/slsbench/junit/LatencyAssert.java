package dev.slsbench.junit;

import dev.slsbench.plan.ConfigurationLabel;
import dev.slsbench.stats.LatencySummary;
import dev.slsbench.stats.RankedValues;
import org.HdrHistogram.Histogram;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractDurationAssert;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.Assertions;

import java.util.Optional;

/**
 * AssertJ assertions on the latency of a configuration's successful calls. Figures are
 * {@link java.time.Duration}s, so they compare with {@link SlsbenchAssertions#ms(double)}:
 * {@code latency().percentile(99).isLessThan(ms(250))}. Percentiles interpolate linearly between
 * ranks, as {@link LatencySummary} (and pandas) does, so {@code percentile(99)} is the summary's
 * p99.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class LatencyAssert extends AbstractObjectAssert<LatencyAssert, LatencySummary> {

    private final Optional<Histogram> latencyNanos;
    private final String label;

    public LatencyAssert(LatencySummary actual, Optional<Histogram> latencyNanos, String label) {
        super(actual, LatencyAssert.class);
        this.latencyNanos = latencyNanos;
        this.label = label;
    }

    /**
     * The {@code percentile}-th percentile (0 &lt; percentile ≤ 100, e.g. 99 or 99.9).
     *
     * @throws IllegalArgumentException when the percentile is out of range, or is not one the
     *         summary holds (25, 50, 75, 90, 99, 99.9) and the result has no histogram
     */
    public AbstractDurationAssert<?> percentile(double percentile) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile: " + percentile + " is not within (0, 100]");
        }
        return duration(percentileMillis(percentile), "p" + ConfigurationLabel.number(percentile) + " latency");
    }

    /** The median. */
    public AbstractDurationAssert<?> median() {
        return duration(actual.medianMillis(), "median latency");
    }

    /** The mean. */
    public AbstractDurationAssert<?> mean() {
        return duration(actual.meanMillis(), "mean latency");
    }

    /** The fastest call. */
    public AbstractDurationAssert<?> min() {
        return duration(actual.minMillis(), "fastest call");
    }

    /** The slowest call. */
    public AbstractDurationAssert<?> max() {
        return duration(actual.maxMillis(), "slowest call");
    }

    private double percentileMillis(double percentile) {
        if (percentile == 25) return actual.p25Millis();
        if (percentile == 50) return actual.medianMillis();
        if (percentile == 75) return actual.p75Millis();
        if (percentile == 90) return actual.p90Millis();
        if (percentile == 99) return actual.p99Millis();
        if (percentile == 99.9) return actual.p999Millis();
        if (percentile == 100) return actual.maxMillis();
        Histogram histogram = latencyNanos.orElseThrow(() -> new IllegalArgumentException(
                "percentile: " + percentile + " needs the latency histogram, which this result lacks;"
                        + " use 25, 50, 75, 90, 99 or 99.9"));
        return new RankedValues(histogram).percentile(percentile / 100) / 1e6;
    }

    private AbstractDurationAssert<?> duration(double millis, String what) {
        isNotNull();
        return Assertions.assertThat(SlsbenchAssertions.ms(millis)).as("%s of %s", what, label);
    }
}
