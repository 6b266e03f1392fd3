package dev.slsbench.provision;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AwsTargetTest {

    @Test
    void metricsAreReadPerSecondFromALoopbackEmulatorAndPerMinuteFromAws() {
        assertThat(AwsTarget.builder().endpointUrl(URI.create("http://127.0.0.1:4566")).build().metricsResolution())
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(AwsTarget.builder().region("eu-west-1").build().metricsResolution())
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(AwsTarget.builder().metricsResolution(Duration.ofMinutes(5)).build().toBuilder().build()
                .metricsResolution()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void deploymentsArePolledOftenOnALoopbackEmulatorAndAtTheSdkWaitersOwnDelayOnAws() {
        assertThat(AwsTarget.builder().endpointUrl(URI.create("http://127.0.0.1:4566")).build().deploymentPollInterval())
                .isEqualTo(Duration.ofMillis(20));
        assertThat(AwsTarget.builder().region("eu-west-1").build().deploymentPollInterval())
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aResolutionThatIsNoCloudWatchPeriodIsRejectedByValue() {
        assertThatThrownBy(() -> AwsTarget.builder().metricsResolution(Duration.ofSeconds(45)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metricsResolution: PT45S is not 1, 5, 10 or 30 s or a multiple of 60 s");
    }
}
