package dev.slsbench.emulator.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slsbench.emulator.metrics.InMemoryMetricStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterValueException;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/** The AWS SDK for Java v2 {@link CloudWatchClient} (awsQuery protocol) against {@link CloudWatchApi}. */
class CloudWatchSdkTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:30Z");
    private static final Map<String, String> ENDPOINT = Map.of("EndpointName", "churn", "VariantName", "AllTraffic");

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
        for (int value = 1; value <= 100; value++) {
            store.put("AWS/SageMaker", "ModelLatency", ENDPOINT, value * 1000, "Microseconds",
                    Instant.parse("2025-06-01T12:00:00Z").plusMillis(value * 100L));
        }

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
        assertThat(percentile.extendedStatistics().get("p50")).isCloseTo(50_000.0, org.assertj.core.data.Percentage.withPercentage(0.1));
        assertThat(percentile.extendedStatistics().get("p99")).isCloseTo(99_000.0, org.assertj.core.data.Percentage.withPercentage(0.1));
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
    void refusesMoreThan1440Datapoints() {
        assertThatThrownBy(() -> cloudWatch.getMetricStatistics(request -> request
                .namespace("AWS/SageMaker").metricName("ModelLatency")
                .startTime(NOW.minusSeconds(1441)).endTime(NOW).period(1).statistics(Statistic.AVERAGE)))
                .isInstanceOfSatisfying(CloudWatchException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterCombination");
                });
    }

    private static Dimension dimension(String name, String value) {
        return Dimension.builder().name(name).value(value).build();
    }
}
