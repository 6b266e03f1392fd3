package dev.slsbench.junit;

import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.slsbench.junit.SlsbenchAssertions.assertThat;
import static dev.slsbench.junit.SlsbenchAssertions.assertThatThrownBy;
import static dev.slsbench.junit.SlsbenchAssertions.ms;

class SlsbenchAssertionsTests {

    private final ConfigurationResult hundredCalls = SampleResults.result(new StabilityConfiguration(2048), 100, 0, 0, 450);

    @Test
    void comparesPercentilesAsDurations() {
        assertThat(hundredCalls).latency().percentile(99).isLessThan(ms(100)).isGreaterThan(ms(98.9));
        assertThat(hundredCalls).latency().median().isEqualTo(ms(hundredCalls.latency().orElseThrow().medianMillis()));
    }

    @Test
    void failsNamingTheFigureAndTheConfiguration() {
        assertThatThrownBy(() -> assertThat(hundredCalls).latency().percentile(99).isLessThan(ms(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("p99 latency of memory=2048 MB");
    }

    @Test
    void readsPercentilesTheSummaryLacksFromTheHistogramWithTheSameInterpolation() {
        var latency = hundredCalls.latency().orElseThrow();

        assertThat(hundredCalls).latency().percentile(90).isEqualTo(ms(latency.p90Millis()));
        assertThat(hundredCalls).latency().percentile(95).isBetween(ms(95), ms(96.1));
    }

    @Test
    void rejectsPercentilesOutOfRange() {
        assertThatThrownBy(() -> assertThat(hundredCalls).latency().percentile(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percentile: 0.0");
    }

    @Test
    void checksRatesAndOutcomes() {
        ConfigurationResult throttled = SampleResults.result(new ConcurrencyConfiguration(2048, 2, 4), 90, 8, 2, -1);

        assertThat(throttled).throttleRate().isEqualTo(0.08);
        assertThat(throttled).errorRate().isEqualTo(0.02);
        assertThatThrownBy(() -> assertThat(throttled).hasNoThrottles())
                .hasMessageContaining("maxConcurrency=2, clients=4 (memory=2048 MB) to have no throttled calls but 8 of 100");
        assertThatThrownBy(() -> assertThat(throttled).coldStart()).hasMessageContaining("none was seen");
    }

    @Test
    void reportsADeploymentFailureWhenLatencyIsAskedFor() {
        ConfigurationResult failed = SampleResults.deploymentFailed(new StabilityConfiguration(1024), "image exited");

        assertThatThrownBy(() -> assertThat(failed).latency())
                .hasMessageContaining("memory=1024 MB to have successful calls to measure latency, but 0 of 0");
        assertThatThrownBy(() -> assertThat(failed).isCompleted())
                .hasMessageContaining("to end COMPLETED but it ended DEPLOYMENT_FAILED: image exited");
        assertThat(failed).hasStatus(ConfigurationStatus.DEPLOYMENT_FAILED);
    }

    @Test
    void convertsMillisecondsToDurations() {
        assertThat(ms(1.5)).isEqualTo(Duration.ofNanos(1_500_000));
        assertThat(SlsbenchAssertions.seconds(2)).isEqualTo(Duration.ofSeconds(2));
    }
}
