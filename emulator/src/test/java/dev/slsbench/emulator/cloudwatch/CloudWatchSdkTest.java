package dev.slsbench.emulator.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slsbench.emulator.metrics.InMemoryMetricStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsResponse;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterValueException;
import software.amazon.awssdk.services.cloudwatch.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.cloudwatch.model.DimensionFilter;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

/** The AWS SDK for Java v2 {@link CloudWatchClient} (awsQuery protocol) against {@link CloudWatchApi}. */
class CloudWatchSdkTest {

    private static final Instant NOW = ChurnMetrics.NOW;
    private static final Map<String, String> ENDPOINT = ChurnMetrics.DIMENSIONS;

    private final InMemoryMetricStore store = new InMemoryMetricStore(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(3));
    private CloudWatchTestServer server;
    private CloudWatchClient cloudWatch;

    @BeforeEach
    void start() throws Exception {
        server = new CloudWatchTestServer(new CloudWatchApi(store));
        cloudWatch = CloudWatchClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
                .httpClient(ApacheHttpClient.create())
                .build();
    }

    @AfterEach
    void stop() {
        cloudWatch.close();
        server.close();
    }

    @Test
    void returnsStatisticsAndPercentilesOfWhatWasPut() {
        ChurnMetrics.putInto(store);

        GetMetricStatisticsResponse response = cloudWatch.getMetricStatistics(request -> request
                .namespace("AWS/SageMaker").metricName("ModelLatency")
                .dimensions(dimension("EndpointName", "churn"), dimension("VariantName", "AllTraffic"))
                .startTime(NOW.minusSeconds(600)).endTime(NOW).period(60)
                .statistics(Statistic.SAMPLE_COUNT, Statistic.AVERAGE, Statistic.SUM, Statistic.MINIMUM,
                        Statistic.MAXIMUM));
        GetMetricStatisticsResponse percentiles = cloudWatch.getMetricStatistics(request -> request
                .namespace("AWS/SageMaker").metricName("ModelLatency")
                .dimensions(dimension("EndpointName", "churn"), dimension("VariantName", "AllTraffic"))
                .startTime(NOW.minusSeconds(600)).endTime(NOW).period(60)
                .extendedStatistics("p50", "p99"));

        assertThat(response.label()).isEqualTo("ModelLatency");
        assertThat(response.datapoints()).singleElement().satisfies(datapoint -> {
            assertThat(datapoint.timestamp()).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
            assertThat(datapoint.sampleCount()).isEqualTo(100.0);
            assertThat(datapoint.sum()).isEqualTo(5_050_000.0);
            assertThat(datapoint.average()).isEqualTo(50_500.0);
            assertThat(datapoint.minimum()).isEqualTo(1_000.0);
            assertThat(datapoint.maximum()).isEqualTo(100_000.0);
            assertThat(datapoint.unitAsString()).isEqualTo("Microseconds");
        });
        Datapoint percentile = percentiles.datapoints().getFirst();
        assertThat(percentile.extendedStatistics()).containsOnlyKeys("p50", "p99");
        assertThat(percentile.extendedStatistics()).containsEntry("p50", 50_000.0).containsEntry("p99", 99_000.0);
    }

    @Test
    void refusesPeriodsThatAreNotAMultipleOfAMinute() {
        assertThatThrownBy(() -> cloudWatch.getMetricStatistics(request -> request
                .namespace("AWS/SageMaker").metricName("ModelLatency")
                .startTime(NOW.minusSeconds(600)).endTime(NOW).period(61).statistics(Statistic.AVERAGE)))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue");
                    assertThat(error.awsErrorDetails().errorMessage()).contains("Period");
                });
    }

    @Test
    void reportsAMissingNamespaceAsMissingRequiredParameter() {
        assertThatThrownBy(() -> cloudWatch.getMetricStatistics(request -> request.metricName("ModelLatency")
                .startTime(NOW.minusSeconds(600)).endTime(NOW).period(60).statistics(Statistic.AVERAGE)))
                .isInstanceOfSatisfying(MissingRequiredParameterException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("MissingParameter");
                    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("The parameter Namespace is required.");
                });
    }

    @Test
    void answersStatisticsAndExtendedStatisticsTogetherInEachDatapoint() {
        ChurnMetrics.putInto(store);
        // The API reference says "not both"; real CloudWatch answers both, and the Python toolkit relies on it.
        GetMetricStatisticsResponse response = cloudWatch.getMetricStatistics(request -> request
                .namespace("AWS/SageMaker").metricName("ModelLatency")
                .dimensions(dimension("EndpointName", "churn"), dimension("VariantName", "AllTraffic")).startTime(NOW.minusSeconds(600))
                .endTime(NOW).period(60).statistics(Statistic.AVERAGE, Statistic.MAXIMUM).extendedStatistics("p50"));

        assertThat(response.datapoints()).singleElement().satisfies(datapoint -> {
            assertThat(datapoint.average()).isEqualTo(50_500.0);
            assertThat(datapoint.maximum()).isEqualTo(100_000.0);
            assertThat(datapoint.extendedStatistics()).containsEntry("p50", 50_000.0);
        });
    }

    @Test
    void refusesARequestWithNeitherStatisticsNorExtendedStatistics() {
        assertThatThrownBy(() -> cloudWatch.getMetricStatistics(request -> request
                .namespace("AWS/SageMaker").metricName("ModelLatency").startTime(NOW.minusSeconds(600)).endTime(NOW)
                .period(60)))
                .isInstanceOfSatisfying(InvalidParameterCombinationException.class, error ->
                        assertThat(error.awsErrorDetails().errorMessage()).contains("Statistics"));
    }

    @Test
    void returnsNoDatapointsForAMetricWithoutData() {
        GetMetricStatisticsResponse response = cloudWatch.getMetricStatistics(request -> request
                .namespace("AWS/SageMaker").metricName("ModelSetupTime").startTime(NOW.minusSeconds(600)).endTime(NOW)
                .period(60).statistics(Statistic.AVERAGE));

        assertThat(response.label()).isEqualTo("ModelSetupTime");
        assertThat(response.datapoints()).isEmpty();
    }

    @Test
    void refusesMoreThan1440Datapoints() {
        assertThatThrownBy(() -> cloudWatch.getMetricStatistics(request -> request
                .namespace("AWS/SageMaker").metricName("ModelLatency")
                .startTime(NOW.minusSeconds(1441)).endTime(NOW).period(1).statistics(Statistic.AVERAGE)))
                .isInstanceOfSatisfying(CloudWatchException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterCombination");
                });
    }

    @Test
    void returnsMetricDataNewestFirstByDefaultAndOldestFirstOnRequest() {
        Instant minute = Instant.parse("2025-06-01T11:58:00Z");
        for (int i = 0; i < 3; i++) {
            store.put("AWS/SageMaker", "Invocations", ENDPOINT, 1, "Count", minute.plusSeconds(60L * i));
            store.put("AWS/SageMaker", "Invocations", ENDPOINT, 1, "Count", minute.plusSeconds(60L * i + 1));
            store.put("AWS/SageMaker", "ModelLatency", ENDPOINT, 100 * (i + 1), "Microseconds", minute.plusSeconds(60L * i));
        }
        MetricDataQuery invocations = MetricDataQuery.builder().id("invocations")
                .metricStat(stat("Invocations", "Sum")).build();
        MetricDataQuery latency = MetricDataQuery.builder().id("p90").label("p90 latency")
                .metricStat(stat("ModelLatency", "p90")).build();

        GetMetricDataResponse descending = cloudWatch.getMetricData(request -> request
                .metricDataQueries(invocations, latency).startTime(NOW.minusSeconds(600)).endTime(NOW));
        GetMetricDataResponse ascending = cloudWatch.getMetricData(request -> request
                .metricDataQueries(invocations).startTime(NOW.minusSeconds(600)).endTime(NOW)
                .scanBy(ScanBy.TIMESTAMP_ASCENDING));

        assertThat(descending.metricDataResults()).hasSize(2);
        MetricDataResult sums = descending.metricDataResults().get(0);
        assertThat(sums.id()).isEqualTo("invocations");
        assertThat(sums.label()).isEqualTo("Invocations");
        assertThat(sums.statusCode()).isEqualTo(StatusCode.COMPLETE);
        assertThat(sums.timestamps()).containsExactly(minute.plusSeconds(120), minute.plusSeconds(60), minute);
        assertThat(sums.values()).containsExactly(2.0, 2.0, 2.0);
        MetricDataResult percentiles = descending.metricDataResults().get(1);
        assertThat(percentiles.label()).isEqualTo("p90 latency");
        assertThat(percentiles.values()).containsExactly(300.0, 200.0, 100.0);
        assertThat(ascending.metricDataResults().getFirst().timestamps())
                .containsExactly(minute, minute.plusSeconds(60), minute.plusSeconds(120));
    }

    @Test
    void pagesMetricDataByMaxDatapoints() {
        Instant minute = Instant.parse("2025-06-01T11:50:00Z");
        for (int i = 0; i < 5; i++) {
            store.put("AWS/SageMaker", "Invocations", ENDPOINT, i, "Count", minute.plusSeconds(60L * i));
        }
        MetricDataQuery query = MetricDataQuery.builder().id("m").metricStat(stat("Invocations", "Sum")).build();

        List<Double> values = cloudWatch.getMetricDataPaginator(request -> request.metricDataQueries(query)
                .startTime(NOW.minusSeconds(900)).endTime(NOW).maxDatapoints(2).scanBy(ScanBy.TIMESTAMP_ASCENDING))
                .stream().flatMap(page -> page.metricDataResults().stream()).flatMap(r -> r.values().stream())
                .toList();

        assertThat(values).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void refusesMetricMathWithAValidationError() {
        MetricDataQuery expression = MetricDataQuery.builder().id("e").expression("SUM(METRICS())").build();

        assertThatThrownBy(() -> cloudWatch.getMetricData(request -> request.metricDataQueries(expression)
                .startTime(NOW.minusSeconds(600)).endTime(NOW)))
                .isInstanceOfSatisfying(CloudWatchException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                    assertThat(error.awsErrorDetails().errorMessage()).contains("Expression");
                });
    }

    @Test
    void listsMetricsFilteredByNamespaceAndDimension() {
        Instant second = NOW.minusSeconds(5);
        store.put("AWS/SageMaker", "ModelLatency", ENDPOINT, 1, "Microseconds", second);
        store.put("AWS/SageMaker", "Invocations", ENDPOINT, 1, "Count", second);
        store.put("AWS/SageMaker", "Invocations", Map.of("EndpointName", "other", "VariantName", "AllTraffic"), 1,
                "Count", second);
        store.put("/aws/sagemaker/Endpoints", "MemoryUtilization", ENDPOINT, 12.5, "Percent", second);

        ListMetricsResponse churn = cloudWatch.listMetrics(request -> request.namespace("AWS/SageMaker")
                .dimensions(DimensionFilter.builder().name("EndpointName").value("churn").build()));
        ListMetricsResponse invocations = cloudWatch.listMetrics(request -> request.metricName("Invocations"));

        assertThat(churn.metrics()).extracting(Metric::metricName).containsExactly("Invocations", "ModelLatency");
        assertThat(churn.metrics().getFirst().dimensions())
                .containsExactly(dimension("EndpointName", "churn"), dimension("VariantName", "AllTraffic"));
        assertThat(invocations.metrics()).extracting(metric -> metric.dimensions().getFirst().value())
                .containsExactly("churn", "other");
    }

    @Test
    void pagesListMetricsFiveHundredAtATime() {
        for (int i = 0; i < 501; i++) {
            store.put("AWS/SageMaker", "Invocations", Map.of("EndpointName", "endpoint-" + i), 1, "Count", NOW);
        }

        List<ListMetricsResponse> pages = cloudWatch.listMetricsPaginator(request -> request.metricName("Invocations"))
                .stream().toList();

        assertThat(pages).extracting(page -> page.metrics().size()).containsExactly(500, 1);
        assertThat(pages.stream().flatMap(page -> page.metrics().stream()).map(m -> m.dimensions().getFirst().value())
                .distinct()).hasSize(501);
    }

    @Test
    void leavesOutQueriesThatDoNotReturnDataAndFiltersByUnit() {
        store.put("AWS/SageMaker", "ModelLatency", ENDPOINT, 7, "Microseconds", NOW.minusSeconds(10));
        MetricDataQuery hidden = MetricDataQuery.builder().id("hidden").returnData(false)
                .metricStat(stat("ModelLatency", "Sum")).build();
        MetricDataQuery wrongUnit = MetricDataQuery.builder().id("millis")
                .metricStat(stat("ModelLatency", "Sum").toBuilder().unit("Milliseconds").build()).build();
        MetricDataQuery rightUnit = MetricDataQuery.builder().id("micros")
                .metricStat(stat("ModelLatency", "Sum").toBuilder().unit("Microseconds").build()).build();

        GetMetricDataResponse response = cloudWatch.getMetricData(request -> request
                .metricDataQueries(hidden, wrongUnit, rightUnit).startTime(NOW.minusSeconds(600)).endTime(NOW));

        assertThat(response.metricDataResults()).extracting(MetricDataResult::id).containsExactly("millis", "micros");
        assertThat(response.metricDataResults().get(0).values()).isEmpty();
        assertThat(response.metricDataResults().get(1).values()).containsExactly(7.0);
    }

    private static MetricStat stat(String metricName, String stat) {
        return MetricStat.builder().period(60).stat(stat).metric(Metric.builder().namespace("AWS/SageMaker")
                .metricName(metricName).dimensions(dimension("EndpointName", "churn"),
                        dimension("VariantName", "AllTraffic")).build()).build();
    }

    private static Dimension dimension(String name, String value) {
        return Dimension.builder().name(name).value(value).build();
    }
}
