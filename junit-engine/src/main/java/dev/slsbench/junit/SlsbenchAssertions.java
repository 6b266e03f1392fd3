package dev.slsbench.junit;

import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import org.apiguardian.api.API;

import java.time.Duration;

/**
 * AssertJ entry points for slsbench results, for {@link Verify @Verify} methods and any other
 * test that holds a result. Extends AssertJ's {@code Assertions}, so one static import gives
 * both:
 *
 * <pre>{@code
 * import static dev.slsbench.junit.SlsbenchAssertions.*;
 *
 * assertThat(result).latency().percentile(99).isLessThan(ms(250));
 * assertThat(result).throttleRate().isLessThanOrEqualTo(0.01);
 * assertThat(run).recommendsMemory(2048);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class SlsbenchAssertions extends org.assertj.core.api.Assertions {

    /** For subclassing, as AssertJ's own entry points allow. */
    protected SlsbenchAssertions() {
    }

    /** Assertions on one configuration's result. */
    public static ConfigurationResultAssert assertThat(ConfigurationResult actual) {
        return new ConfigurationResultAssert(actual);
    }

    /** Assertions on a phase's results. */
    public static PhaseResultAssert assertThat(PhaseResult actual) {
        return new PhaseResultAssert(actual);
    }

    /** Assertions on a whole run's result. */
    public static BenchmarkResultAssert assertThat(BenchmarkResult actual) {
        return new BenchmarkResultAssert(actual);
    }

    /** {@code millis} milliseconds as a {@link Duration} (fractions kept to the nanosecond). */
    public static Duration ms(double millis) {
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** {@code seconds} seconds as a {@link Duration}. */
    public static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1_000_000_000));
    }
}
