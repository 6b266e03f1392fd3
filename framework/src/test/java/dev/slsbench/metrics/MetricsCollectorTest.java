package dev.slsbench.metrics;

import dev.slsbench.plan.EndpointShape;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.EndpointProvisioner;
import dev.slsbench.provision.EndpointRequest;
import dev.slsbench.provision.ProvisioningListener;
import dev.slsbench.provision.ResourceNames;
import dev.slsbench.provision.Teardown;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkBytes;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** CloudWatch through the real SDK client against the emulator's CloudWatch API. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class MetricsCollectorTest {

    private static EmulatorUnderTest emulator;
    private static MetricsCollector collector;

    @BeforeAll
    static void startEmulator() {
        emulator = EmulatorUnderTest.start();
        emulator.createModel("slow-echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "40"));
        collector = new MetricsCollector(emulator.clients().cloudWatch(), Duration.ofSeconds(10), Duration.ofMillis(100));
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Test
    void readsAnEndpointsMetricsInMillisecondsWithTheirCounts() throws InterruptedException {
        try (Teardown teardown = new Teardown(emulator.clients().sageMaker(), new ProvisioningListener() { })) {
            DeployedEndpoint endpoint = new EndpointProvisioner(emulator.clients().sageMaker(), emulator.target(),
                    teardown, new ResourceNames("slow-echo", "metrics"), "metrics", new ProvisioningListener() { })
                    .deploy(List.of(new EndpointRequest("s1024", "slow-echo", new EndpointShape(1024, 1), 0)))
                    .ready().getFirst();
            Instant from = Instant.now();
            for (int i = 0; i < 5; i++) {
                emulator.clients().runtime().invokeEndpoint(r -> r.endpointName(endpoint.endpointName())
                        .contentType("text/plain").body(SdkBytes.fromUtf8String("x")));
            }
            Instant to = Instant.now();

            EndpointMetrics metrics = collector.collect(endpoint.endpointName(), endpoint.variantName(), from, to, 5);

            MetricSummary invocations = metrics.get(SageMakerMetric.INVOCATIONS).orElseThrow();
            assertThat(invocations.average() * invocations.sampleCount().orElseThrow()).isEqualTo(5);
            MetricSummary modelLatency = metrics.get(SageMakerMetric.MODEL_LATENCY).orElseThrow();
            assertThat(modelLatency.unit()).isEqualTo("Milliseconds");
            assertThat(modelLatency.minimum()).isBetween(40.0, 2_000.0);
            assertThat(modelLatency.p50()).isPresent();
            assertThat(metrics.get(SageMakerMetric.MODEL_SETUP_TIME)).hasValueSatisfying(setup ->
                    assertThat(setup.sampleCount()).hasValue(1));
            assertThat(metrics.get(SageMakerMetric.INVOCATION_5XX_ERRORS)).hasValueSatisfying(errors ->
                    assertThat(errors.maximum()).isZero());
        }
    }

    @Test
    void metricsWithoutDataAreReportedMissingNotZero() {
        Instant now = Instant.now();

        EndpointMetrics metrics = collector.collect("never-called", "variant1", now.minusSeconds(30), now);

        assertThat(metrics.metrics()).isEmpty();
        assertThat(metrics.missing()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(SageMakerMetric.values()).map(SageMakerMetric::metricName).toList());
    }
}
