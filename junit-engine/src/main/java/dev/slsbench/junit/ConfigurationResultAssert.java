package dev.slsbench.junit;

import dev.slsbench.plan.ConfigurationLabel;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.AbstractDurationAssert;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.Assertions;

/**
 * AssertJ assertions on one configuration's {@link ConfigurationResult}; every figure it hands
 * on is described with the configuration, so a failure says which one it was.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ConfigurationResultAssert extends AbstractObjectAssert<ConfigurationResultAssert, ConfigurationResult> {

    public ConfigurationResultAssert(ConfigurationResult actual) {
        super(actual, ConfigurationResultAssert.class);
    }

    /** Assertions on the successful calls' latency; fails when no call succeeded. */
    public LatencyAssert latency() {
        isNotNull();
        if (actual.latency().isEmpty()) {
            failWithMessage("Expected %s to have successful calls to measure latency, but %d of %d calls succeeded",
                    label(), actual.outcomes().ok(), actual.outcomes().issued());
        }
        return new LatencyAssert(actual.latency().orElseThrow(), actual.decodeLatencyHistogram(), label());
    }

    /** The fraction of calls throttled (0..1). */
    public AbstractDoubleAssert<?> throttleRate() {
        isNotNull();
        return Assertions.assertThat(actual.outcomes().throttleRate()).as("throttle rate of %s", label());
    }

    /** The fraction of calls failed for reasons other than throttling (0..1). */
    public AbstractDoubleAssert<?> errorRate() {
        isNotNull();
        return Assertions.assertThat(actual.outcomes().errorRate()).as("error rate of %s", label());
    }

    /** Mean transactions (successful calls) per second; fails when no call succeeded. */
    public AbstractDoubleAssert<?> tps() {
        isNotNull();
        if (actual.tps().isEmpty()) {
            failWithMessage("Expected %s to have successful calls to measure TPS, but none succeeded", label());
        }
        return Assertions.assertThat(actual.tps().orElseThrow().mean()).as("mean TPS of %s", label());
    }

    /** The slowest cold call; fails when no cold call was seen. */
    public AbstractDurationAssert<?> coldStart() {
        isNotNull();
        if (actual.coldStarts().maxColdLatencyMillis().isEmpty()) {
            failWithMessage("Expected %s to have a cold call, but none was seen", label());
        }
        return Assertions.assertThat(SlsbenchAssertions.ms(actual.coldStarts().maxColdLatencyMillis().getAsDouble()))
                .as("slowest cold call of %s", label());
    }

    /** Checks how the configuration ended. */
    public ConfigurationResultAssert hasStatus(ConfigurationStatus expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("Expected %s to end %s but it ended %s%s", label(), expected, actual.status(),
                    actual.statusReason().map(r -> ": " + r).orElse(""));
        }
        return this;
    }

    /** Checks that every planned call was made. */
    public ConfigurationResultAssert isCompleted() {
        return hasStatus(ConfigurationStatus.COMPLETED);
    }

    /** Checks that no call failed for a reason other than throttling. */
    public ConfigurationResultAssert hasNoErrors() {
        isNotNull();
        if (actual.outcomes().errors() > 0) {
            failWithMessage("Expected %s to have no failed calls but %d of %d failed (%s)", label(),
                    actual.outcomes().errors(), actual.outcomes().issued(), actual.outcomes());
        }
        return this;
    }

    /** Checks that no call was throttled. */
    public ConfigurationResultAssert hasNoThrottles() {
        isNotNull();
        if (actual.outcomes().throttled() > 0) {
            failWithMessage("Expected %s to have no throttled calls but %d of %d were throttled", label(),
                    actual.outcomes().throttled(), actual.outcomes().issued());
        }
        return this;
    }

    private String label() {
        return ConfigurationLabel.settings(actual.configuration());
    }
}
