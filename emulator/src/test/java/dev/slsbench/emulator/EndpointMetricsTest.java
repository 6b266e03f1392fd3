package dev.slsbench.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The metrics an endpoint's calls produce, read back as a benchmark reads them: through
 * {@link CloudWatchClient} GetMetricStatistics and GetMetricData on the emulator's own port.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EndpointMetricsTest {

    private static final List<Dimension> DIMENSIONS = List.of(
            Dimension.builder().name("EndpointName").value("watched").build(),
            Dimension.builder().name("VariantName").value("AllTraffic").build());
    private static LocalSageMaker emulator;
    private static EmulatorClients clients;
    private static CloudWatchClient cloudWatch;
    private static Instant start;

    @BeforeAll
    static void invokeAnEndpoint() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().metricsSampleInterval(Duration.ofMillis(200)).build());
        clients = new EmulatorClients(emulator.endpointUrl());
        cloudWatch = CloudWatchClient.builder().endpointOverride(emulator.endpointUrl()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "dummy-secret")))
                .httpClient(ApacheHttpClient.create()).build();
        start = Instant.now().minusSeconds(60);
        clients.createInServiceEndpoint("watched", "slsbench/echo", Map.of(), 1024, 2);
        for (int i = 0; i < 3; i++) {
            clients.invoke("watched", "ok " + i);
        }
        for (String status : List.of("400", "500")) {
            assertThatThrownBy(() -> clients.runtime.invokeEndpoint(request -> request.endpointName("watched")
                    .customAttributes("slsbench-status=" + status).body(SdkBytes.fromUtf8String("fail"))))
                    .isInstanceOf(ModelErrorException.class);
        }
    }

    @AfterAll
    static void stopEmulator() {
        cloudWatch.close();
        clients.close();
        emulator.close();
    }

    @Test
    void countsInvocationsAndErrorsPerCall() {
        assertThat(sum("AWS/SageMaker", "Invocations", Statistic.SUM)).isEqualTo(5);
        assertThat(sum("AWS/SageMaker", "Invocation4XXErrors", Statistic.SUM)).isEqualTo(1);
        assertThat(sum("AWS/SageMaker", "Invocation5XXErrors", Statistic.SUM)).isEqualTo(1);
        assertThat(sum("AWS/SageMaker", "Invocation4XXErrors", Statistic.SAMPLE_COUNT)).isEqualTo(5);
    }

    @Test
    void reportsLatenciesAndTheColdStartInMicroseconds() {
        List<Datapoint> modelLatency = statistics("AWS/SageMaker", "ModelLatency", Statistic.SAMPLE_COUNT);

        assertThat(modelLatency).isNotEmpty().allSatisfy(point -> assertThat(point.unit()).isEqualTo(StandardUnit.MICROSECONDS));
        assertThat(sum("AWS/SageMaker", "ModelLatency", Statistic.SAMPLE_COUNT)).isEqualTo(5);
        assertThat(sum("AWS/SageMaker", "OverheadLatency", Statistic.SAMPLE_COUNT)).isEqualTo(5);
        assertThat(sum("AWS/SageMaker", "ModelSetupTime", Statistic.SAMPLE_COUNT)).isEqualTo(1);
        assertThat(sum("AWS/SageMaker", "ModelSetupTime", Statistic.MINIMUM)).isPositive();
    }

    @Test
    void samplesMemoryUtilizationAndServerlessConcurrency() {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(sum("/aws/sagemaker/Endpoints", "MemoryUtilization", Statistic.SAMPLE_COUNT)).isPositive();
            assertThat(sum("AWS/SageMaker", "ServerlessConcurrentExecutionsUtilization", Statistic.SAMPLE_COUNT)).isPositive();
        });
        assertThat(statistics("/aws/sagemaker/Endpoints", "MemoryUtilization", Statistic.MAXIMUM))
                .allSatisfy(point -> {
                    assertThat(point.unit()).isEqualTo(StandardUnit.PERCENT);
                    assertThat(point.maximum()).isBetween(0.0, 100.0);
                });
    }

    @Test
    void answersGetMetricDataWithTheSameFigures() {
        GetMetricDataResponse response = cloudWatch.getMetricData(request -> request
                .startTime(start).endTime(Instant.now().plusSeconds(60))
                .metricDataQueries(query("invocations", "Invocations", "Sum"), query("setup", "ModelSetupTime", "SampleCount"),
                        query("latency", "ModelLatency", "p50")));

        assertThat(response.metricDataResults()).hasSize(3);
        assertThat(valuesOf(response, "invocations").stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(5);
        assertThat(valuesOf(response, "setup").stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(1);
        assertThat(valuesOf(response, "latency")).isNotEmpty().allSatisfy(p50 -> assertThat(p50).isPositive());
    }

    private static List<Datapoint> statistics(String namespace, String metricName, Statistic statistic) {
        return cloudWatch.getMetricStatistics(request -> request.namespace(namespace).metricName(metricName)
                .dimensions(DIMENSIONS).startTime(start).endTime(Instant.now().plusSeconds(60)).period(60)
                .statistics(statistic)).datapoints();
    }

    private static double sum(String namespace, String metricName, Statistic statistic) {
        return statistics(namespace, metricName, statistic).stream().mapToDouble(point -> switch (statistic) {
            case SUM -> point.sum();
            case SAMPLE_COUNT -> point.sampleCount();
            case MINIMUM -> point.minimum();
            case MAXIMUM -> point.maximum();
            default -> point.average();
        }).sum();
    }

    private static MetricDataQuery query(String id, String metricName, String stat) {
        return MetricDataQuery.builder().id(id).metricStat(metricStat -> metricStat.stat(stat).period(60)
                .metric(metric -> metric.namespace("AWS/SageMaker").metricName(metricName).dimensions(DIMENSIONS))).build();
    }

    private static List<Double> valuesOf(GetMetricDataResponse response, String id) {
        return response.metricDataResults().stream().filter(result -> result.id().equals(id)).findFirst().orElseThrow().values();
    }
}
