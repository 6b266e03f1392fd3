package dev.slsbench.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.sagemakerruntime.model.ModelNotReadyException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Cold starts and ProvisionedConcurrency as CloudWatch shows them, read through the real
 * {@link CloudWatchClient}: a cold call's OverheadLatency holds its setup time, a start that
 * outlasts its call still reports ModelSetupTime, and the ServerlessProvisionedConcurrency metrics
 * carry SageMaker's namespace, dimensions and units.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ColdStartMetricsTest {

    private static LocalSageMaker emulator;
    private static EmulatorClients clients;
    private static CloudWatchClient cloudWatch;
    private static Instant start;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().metricsSampleInterval(Duration.ofMillis(100))
                .invocationTimeout(Duration.ofSeconds(3)).build());
        clients = new EmulatorClients(emulator.endpointUrl());
        cloudWatch = CloudWatchClient.builder().endpointOverride(emulator.endpointUrl()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "dummy-secret")))
                .httpClient(ApacheHttpClient.create()).build();
        start = Instant.now().minusSeconds(60);
    }

    @AfterAll
    static void stopEmulator() {
        cloudWatch.close();
        clients.close();
        emulator.close();
    }

    @Test
    void countsTheSetupTimeOfAColdCallInItsOverheadLatency() {
        clients.createInServiceEndpoint("cold-overhead", "slsbench/echo", Map.of("SLSBENCH_STARTUP_DELAY_MS", "200"), 1024, 1);
        clients.invoke("cold-overhead", "cold");
        clients.invoke("cold-overhead", "warm");

        double setupMicros = single("cold-overhead", "ModelSetupTime", Statistic.MAXIMUM).maximum();
        assertThat(setupMicros).isGreaterThanOrEqualTo(200_000);
        assertThat(single("cold-overhead", "OverheadLatency", Statistic.MAXIMUM).maximum()).isGreaterThanOrEqualTo(setupMicros);
        assertThat(single("cold-overhead", "OverheadLatency", Statistic.MINIMUM).minimum()).isLessThan(setupMicros);
    }

    @Test
    void reportsTheModelSetupTimeOfAColdStartThatOutlastedItsCall() {
        clients.createInServiceEndpoint("not-ready", "slsbench/echo", Map.of("SLSBENCH_STARTUP_DELAY_MS", "4000"), 1024, 1);

        assertThatThrownBy(() -> clients.invoke("not-ready", "too early")).isInstanceOf(ModelNotReadyException.class);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Datapoint setup = single("not-ready", "ModelSetupTime", Statistic.SAMPLE_COUNT);
            assertThat(setup.sampleCount()).isEqualTo(1);
            assertThat(setup.unit()).isEqualTo(StandardUnit.MICROSECONDS);
        });
        assertThat(single("not-ready", "ModelSetupTime", Statistic.MINIMUM).minimum()).isGreaterThanOrEqualTo(4_000_000);
    }

    @Test
    void publishesTheProvisionedConcurrencyMetrics() {
        clients.createEndpoint("provisioned", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "400"), 1024, 2, 1);
        clients.awaitInService("provisioned");
        // two calls at once: one runs on the provisioned container, the other spills over to a cold start
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            callers.submit(() -> clients.invoke("provisioned", "a"));
            callers.submit(() -> clients.invoke("provisioned", "b"));
        }

        assertThat(single("provisioned", "ServerlessProvisionedConcurrencyInvocations", Statistic.SUM).sum()).isEqualTo(1);
        assertThat(single("provisioned", "ServerlessProvisionedConcurrencySpilloverInvocations", Statistic.SUM).sum())
                .isEqualTo(1);
        assertThat(single("provisioned", "ServerlessProvisionedConcurrencyExecutions", Statistic.MAXIMUM).maximum())
                .isEqualTo(1);
        Datapoint utilization = single("provisioned", "ServerlessProvisionedConcurrencyUtilization", Statistic.MAXIMUM);
        assertThat(utilization.maximum()).isEqualTo(1.0);
        assertThat(utilization.unit()).isEqualTo(StandardUnit.NONE);
        Datapoint concurrent = single("provisioned", "ServerlessConcurrentExecutionsUtilization", Statistic.MAXIMUM);
        assertThat(concurrent.maximum()).isEqualTo(1.0);
        assertThat(single("provisioned", "ServerlessConcurrentExecutionsUtilization", Statistic.AVERAGE).average())
                .isBetween(0.0, 1.0);
    }

    @Test
    void servesOneOfTwoClientsFromAProvisionedConcurrencyOfOne() throws Exception {
        clients.createEndpoint("two-clients", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", "300"), 1024, 2, 1);
        clients.awaitInService("two-clients");
        // two closed-loop clients whose calls overlap: of each overlapping pair one holds the provisioned slot and
        // the other spills over; counting calls in flight instead calls nearly every call a spillover, as the other
        // client's call is nearly always running
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int client = 0; client < 2; client++) {
                callers.submit(() -> {
                    for (int call = 0; call < 6; call++) {
                        clients.invoke("two-clients", "x");
                    }
                    return null;
                });
            }
        }

        double provisioned = single("two-clients", "ServerlessProvisionedConcurrencyInvocations", Statistic.SUM).sum();
        double spillover = single("two-clients", "ServerlessProvisionedConcurrencySpilloverInvocations", Statistic.SUM)
                .sum();
        assertThat(provisioned + spillover).isEqualTo(12);
        assertThat(provisioned).as("provisioned of 12").isGreaterThanOrEqualTo(4);
        assertThat(spillover).as("spillover of 12").isPositive();
    }

    @Test
    void publishesNoProvisionedConcurrencyInvocationMetricsForAnEndpointWithoutIt() {
        clients.createEndpoint("on-demand", "slsbench/echo", Map.of(), 1024, 2, null);
        clients.awaitInService("on-demand");
        clients.invoke("on-demand", "a");

        for (String metric : List.of("ServerlessProvisionedConcurrencyInvocations",
                "ServerlessProvisionedConcurrencySpilloverInvocations")) {
            assertThat(cloudWatch.getMetricStatistics(request -> request.namespace("AWS/SageMaker").metricName(metric)
                    .dimensions(Dimension.builder().name("EndpointName").value("on-demand").build(),
                            Dimension.builder().name("VariantName").value("AllTraffic").build())
                    .startTime(start).endTime(start.plusSeconds(600)).period(600).statistics(Statistic.SUM))
                    .datapoints()).as(metric).isEmpty();
        }
        assertThat(single("on-demand", "Invocations", Statistic.SUM).sum()).isEqualTo(1);
    }

    /** The one datapoint of a metric over the test's window (one 10-minute period). */
    private static Datapoint single(String endpointName, String metricName, Statistic statistic) {
        List<Datapoint> points = cloudWatch.getMetricStatistics(request -> request.namespace("AWS/SageMaker")
                .metricName(metricName).dimensions(
                        Dimension.builder().name("EndpointName").value(endpointName).build(),
                        Dimension.builder().name("VariantName").value("AllTraffic").build())
                .startTime(start).endTime(start.plusSeconds(600)).period(600).statistics(statistic)).datapoints();
        assertThat(points).as(metricName + " of " + endpointName).hasSize(1);
        return points.get(0);
    }
}
