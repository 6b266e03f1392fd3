package dev.slsbench.metrics;

import dev.slsbench.plan.EndpointShape;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.EndpointProvisioner;
import dev.slsbench.provision.EndpointRequest;
import dev.slsbench.provision.ProvisioningListener;
import dev.slsbench.provision.ResourceNames;
import dev.slsbench.provision.Teardown;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** CloudWatch through the real SDK client against the emulator's CloudWatch API. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class MetricsCollectorTest {

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass()
            .withModel("slow-echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "40"));
    private static MetricsCollector collector;

    @BeforeAll
    static void createCollector() {
        collector = new MetricsCollector(emulator.clients().cloudWatch(), Duration.ofSeconds(10), Duration.ofMillis(100),
                Duration.ofSeconds(1));
    }

    private static DeployedEndpoint deploy(Teardown teardown, String runId) throws InterruptedException {
        return new EndpointProvisioner(emulator.clients().sageMaker(), emulator.target(), teardown,
                new ResourceNames("slow-echo", runId), runId, new ProvisioningListener() { })
                .deploy(List.of(new EndpointRequest("s1024", "slow-echo", new EndpointShape(1024, 1), 0)))
                .ready().getFirst();
    }

    private static void call(DeployedEndpoint endpoint, int times) {
        for (int i = 0; i < times; i++) {
            emulator.clients().runtime().invokeEndpoint(r -> r.endpointName(endpoint.endpointName())
                    .contentType("text/plain").body(SdkBytes.fromUtf8String("x")));
        }
    }

    private static double invocations(EndpointMetrics metrics) {
        MetricSummary invocations = metrics.get(SageMakerMetric.INVOCATIONS).orElseThrow();
        return invocations.average() * invocations.sampleCount().orElseThrow();
    }

    @Test
    void readsAnEndpointsMetricsInMillisecondsWithTheirCounts() throws InterruptedException {
        try (Teardown teardown = new Teardown(emulator.clients().sageMaker(), new ProvisioningListener() { })) {
            DeployedEndpoint endpoint = deploy(teardown, "metrics");
            Instant from = Instant.now();
            call(endpoint, 5);
            Instant to = Instant.now();

            EndpointMetrics metrics = collector.collect(endpoint.endpointName(), endpoint.variantName(), from, to, 5);

            assertThat(invocations(metrics)).isEqualTo(5);
            assertThat(metrics.windowStart()).isBeforeOrEqualTo(from);
            assertThat(metrics.windowEnd()).isAfterOrEqualTo(to);
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
    void consecutiveConfigurationsOnOneEndpointEachGetTheFiguresOfTheirOwnCalls() throws InterruptedException {
        try (Teardown teardown = new Teardown(emulator.clients().sageMaker(), new ProvisioningListener() { })) {
            DeployedEndpoint endpoint = deploy(teardown, "windows");
            Instant firstFrom = Instant.now();
            call(endpoint, 3);
            Instant firstTo = Instant.now();
            await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().getEpochSecond() > firstTo.getEpochSecond());
            Instant secondFrom = Instant.now();
            call(endpoint, 7);
            Instant secondTo = Instant.now();

            EndpointMetrics first = collector.collect(endpoint.endpointName(), endpoint.variantName(),
                    new CallWindow(firstFrom, firstTo, Instant.MIN, secondFrom), 3);
            EndpointMetrics second = collector.collect(endpoint.endpointName(), endpoint.variantName(),
                    new CallWindow(secondFrom, secondTo, firstTo, Instant.MAX), 7);

            assertThat(invocations(first)).isEqualTo(3);
            assertThat(invocations(second)).isEqualTo(7);
            assertThat(first.get(SageMakerMetric.MODEL_SETUP_TIME)).as("the cold start").isPresent();
            assertThat(second.missing()).as("no cold start among the later calls").contains("ModelSetupTime");
            assertThat(first.windowEnd()).isBeforeOrEqualTo(secondFrom);
            assertThat(second.windowStart()).isAfterOrEqualTo(firstTo);
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
