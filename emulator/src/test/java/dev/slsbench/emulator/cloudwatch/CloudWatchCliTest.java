package dev.slsbench.emulator.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slsbench.emulator.metrics.InMemoryMetricStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The AWS CLI against {@link CloudWatchApi}: Debian's AWS CLI 2.9 at {@code /usr/bin/aws}
 * (awsQuery) and the {@code aws} first on PATH (here AWS CLI v1 on botocore 1.43, AWS JSON 1.0).
 * Each test skips when its CLI is not installed.
 */
class CloudWatchCliTest {

    private final InMemoryMetricStore store = new InMemoryMetricStore(Clock.fixed(ChurnMetrics.NOW, ZoneOffset.UTC),
            Duration.ofHours(3));
    private CloudWatchTestServer server;

    @BeforeEach
    void start() throws Exception {
        ChurnMetrics.putInto(store);
        server = new CloudWatchTestServer(new CloudWatchApi(store));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void debianAwsCliGetsMetricStatisticsOverQuery() throws Exception {
        Path aws = cli("/usr/bin/aws");

        assertStatisticsMatchWhatWasPut(aws);
        assertThat(server.protocolsSeen()).containsOnly("query");
    }

    @Test
    void awsCliOnPathGetsMetricStatistics() throws Exception {
        Path aws = cli("aws");

        assertStatisticsMatchWhatWasPut(aws);
        assertThat(server.protocolsSeen()).isNotEmpty().doesNotContain("other");
    }

    @Test
    void debianAwsCliReportsCloudWatchsErrorCode() throws Exception {
        Path aws = cli("/usr/bin/aws");

        ClientProcess.Result result = ClientProcess.run(getMetricStatistics(aws, "--period", "61",
                "--statistics", "Average"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("InvalidParameterValue").contains("Period");
    }

    private void assertStatisticsMatchWhatWasPut(Path aws) throws Exception {
        JsonNode basic = run(getMetricStatistics(aws, "--period", "60",
                "--statistics", "SampleCount", "Average", "Sum", "Minimum", "Maximum"));
        JsonNode percentiles = run(getMetricStatistics(aws, "--period", "60", "--extended-statistics", "p50", "p99"));
        JsonNode listed = run(List.of(aws.toString(), "cloudwatch", "list-metrics", "--endpoint-url",
                server.endpoint().toString(), "--namespace", "AWS/SageMaker", "--output", "json"));

        JsonNode datapoint = basic.path("Datapoints").get(0);
        assertThat(basic.path("Label").asText()).isEqualTo("ModelLatency");
        assertThat(timestamp(datapoint.path("Timestamp"))).isEqualTo(ChurnMetrics.MINUTE);
        assertThat(datapoint.path("SampleCount").asDouble()).isEqualTo(100.0);
        assertThat(datapoint.path("Sum").asDouble()).isEqualTo(5_050_000.0);
        assertThat(datapoint.path("Average").asDouble()).isEqualTo(50_500.0);
        assertThat(datapoint.path("Minimum").asDouble()).isEqualTo(1_000.0);
        assertThat(datapoint.path("Maximum").asDouble()).isEqualTo(100_000.0);
        assertThat(datapoint.path("Unit").asText()).isEqualTo("Microseconds");
        JsonNode extended = percentiles.path("Datapoints").get(0).path("ExtendedStatistics");
        assertThat(extended.path("p50").asDouble()).isEqualTo(50_000.0);
        assertThat(extended.path("p99").asDouble()).isEqualTo(99_000.0);
        assertThat(listed.path("Metrics")).extracting(metric -> metric.path("MetricName").asText())
                .containsExactlyInAnyOrder("Invocations", "ModelLatency");
    }

    /**
     * CLI v2 prints timestamps as ISO-8601; CLI v1 prints them as they came over the wire, which
     * for AWS JSON 1.0 is epoch seconds.
     */
    private static Instant timestamp(JsonNode node) {
        return node.isNumber() || node.asText().matches("\\d+(\\.\\d+)?")
                ? Instant.ofEpochMilli(Math.round(Double.parseDouble(node.asText()) * 1000))
                : OffsetDateTime.parse(node.asText()).toInstant();
    }

    private List<String> getMetricStatistics(Path aws, String... arguments) {
        List<String> command = new ArrayList<>(List.of(aws.toString(), "cloudwatch", "get-metric-statistics",
                "--endpoint-url", server.endpoint().toString(), "--output", "json",
                "--namespace", "AWS/SageMaker", "--metric-name", "ModelLatency",
                "--dimensions", "Name=EndpointName,Value=churn", "Name=VariantName,Value=AllTraffic",
                "--start-time", ChurnMetrics.NOW.minusSeconds(600).toString(),
                "--end-time", ChurnMetrics.NOW.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static JsonNode run(List<String> command) throws Exception {
        return new ObjectMapper().readTree(ClientProcess.run(command).assertSucceeded().stdout());
    }

    private static Path cli(String command) {
        Optional<Path> aws = ClientProcess.executable(command);
        assumeTrue(aws.isPresent(), command + " is not installed (apt-get install awscli); skipping");
        return aws.get();
    }
}
