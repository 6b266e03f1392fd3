package dev.slsbench.emulator.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slsbench.emulator.metrics.InMemoryMetricStore;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * boto3 against {@link CloudWatchApi}, in each protocol botocore speaks to CloudWatch: recent
 * botocore on PATH (1.43 here) picks AWS JSON 1.0 from the model's protocol list and speaks
 * Smithy RPC v2 CBOR when the list offers only that; Debian's python3-boto3 (botocore 1.29)
 * speaks awsQuery. Each test skips when its Python, boto3 or protocol support is missing.
 */
class CloudWatchBoto3Test {

    /** Prints the protocol botocore picks for CloudWatch, then those it could speak to it. */
    private static final String PROBE = """
            import boto3, botocore.session, botocore.utils
            model = botocore.session.get_session().get_service_model('cloudwatch')
            chosen = getattr(model, 'resolved_protocol', model.protocol)
            supported = getattr(botocore.utils, 'PRIORITY_ORDERED_SUPPORTED_PROTOCOLS', (model.protocol,))
            offered = model.metadata.get('protocols', [model.protocol])
            print(' '.join([chosen] + [p for p in offered if p in supported]))
            """;

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
    void recentBoto3SpeaksJsonAndGetsBackWhatWasPut() throws Exception {
        JsonNode output = runScript("python3", "json", false);

        assertFiguresMatchWhatWasPut(output);
        assertThat(server.protocolsSeen()).containsOnly("json");
    }

    @Test
    void recentBoto3SpeakingCborGetsBackWhatWasPut() throws Exception {
        JsonNode output = runScript("python3", "smithy-rpc-v2-cbor", true);

        assertFiguresMatchWhatWasPut(output);
        assertThat(server.protocolsSeen()).containsOnly("cbor");
    }

    @Test
    void debianBoto3SpeaksQueryAndGetsBackWhatWasPut() throws Exception {
        JsonNode output = runScript("/usr/bin/python3", "query", false);

        assertFiguresMatchWhatWasPut(output);
        assertThat(server.protocolsSeen()).containsOnly("query");
    }

    private JsonNode runScript(String python, String protocol, boolean forced) throws Exception {
        Optional<Path> interpreter = ClientProcess.executable(python);
        assumeTrue(interpreter.isPresent(), python + " is not installed; skipping the boto3 " + protocol + " test");
        ClientProcess.Result probe = ClientProcess.run(List.of(interpreter.get().toString(), "-c", PROBE));
        assumeTrue(probe.exitCode() == 0, python + " has no boto3 (install python3-boto3 or pip install boto3)");
        List<String> spoken = List.of(probe.stdout().strip().split(" "));
        assumeTrue(forced ? spoken.contains(protocol) : spoken.getFirst().equals(protocol),
                python + "'s botocore " + (forced ? "supports " : "speaks ") + spoken + ", not " + protocol
                        + "; skipping");

        List<String> command = new ArrayList<>(List.of(interpreter.get().toString(), script().toString(),
                server.endpoint().toString(), Long.toString(ChurnMetrics.NOW.minusSeconds(600).getEpochSecond()),
                Long.toString(ChurnMetrics.NOW.getEpochSecond())));
        if (forced) {
            command.add(protocol);
        }
        ClientProcess.Result result = ClientProcess.run(command).assertSucceeded();
        JsonNode output = new ObjectMapper().readTree(result.stdout());
        assertThat(output.path("protocol").asText()).isEqualTo(protocol);
        return output;
    }

    private static void assertFiguresMatchWhatWasPut(JsonNode output) {
        double minute = ChurnMetrics.MINUTE.getEpochSecond();
        JsonNode basic = output.path("basic");
        assertThat(basic).hasSize(1);
        assertThat(basic.get(0).path("Timestamp").asDouble()).isEqualTo(minute);
        assertThat(basic.get(0).path("SampleCount").asDouble()).isEqualTo(100.0);
        assertThat(basic.get(0).path("Sum").asDouble()).isEqualTo(5_050_000.0);
        assertThat(basic.get(0).path("Average").asDouble()).isEqualTo(50_500.0);
        assertThat(basic.get(0).path("Minimum").asDouble()).isEqualTo(1_000.0);
        assertThat(basic.get(0).path("Maximum").asDouble()).isEqualTo(100_000.0);
        assertThat(basic.get(0).path("Unit").asText()).isEqualTo("Microseconds");

        JsonNode extended = output.path("extended").get(0).path("ExtendedStatistics");
        assertThat(extended.path("p50").asDouble()).isEqualTo(50_000.0);
        assertThat(extended.path("p99").asDouble()).isEqualTo(99_000.0);

        JsonNode both = output.path("both");
        assertThat(both).hasSize(1);
        assertThat(both.get(0).path("Average").asDouble()).isEqualTo(50_500.0);
        assertThat(both.get(0).path("Minimum").asDouble()).isEqualTo(1_000.0);
        assertThat(both.get(0).path("Maximum").asDouble()).isEqualTo(100_000.0);
        assertThat(both.get(0).path("ExtendedStatistics").path("p25").asDouble()).isEqualTo(25_000.0);
        assertThat(both.get(0).path("ExtendedStatistics").path("p50").asDouble()).isEqualTo(50_000.0);
        assertThat(both.get(0).path("ExtendedStatistics").path("p75").asDouble()).isEqualTo(75_000.0);

        JsonNode invocations = output.path("metricData").get(0);
        assertThat(invocations.path("Id").asText()).isEqualTo("invocations");
        assertThat(invocations.path("StatusCode").asText()).isEqualTo("Complete");
        assertThat(invocations.path("Timestamps").get(0).asDouble()).isEqualTo(minute);
        assertThat(invocations.path("Values").get(0).asDouble()).isEqualTo(100.0);

        assertThat(output.path("metrics")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("Invocations", "ModelLatency");

        JsonNode error = output.path("error");
        assertThat(error.path("Class").asText()).isEqualTo("InvalidParameterValueException");
        assertThat(error.path("Code").asText()).isEqualTo("InvalidParameterValue");
        assertThat(error.path("Status").asInt()).isEqualTo(400);
        assertThat(error.path("Message").asText()).contains("Period");
    }

    private static Path script() throws URISyntaxException {
        return Path.of(CloudWatchBoto3Test.class.getResource("/cloudwatch/boto3_cloudwatch.py").toURI());
    }
}
