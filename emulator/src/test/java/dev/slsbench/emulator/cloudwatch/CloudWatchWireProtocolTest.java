package dev.slsbench.emulator.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import dev.slsbench.emulator.metrics.InMemoryMetricStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Raw HTTP requests in each protocol, for what no installed client shows directly: AWS JSON 1.0
 * bodies, CBOR timestamp tags, error encodings and how requests are told apart.
 */
class CloudWatchWireProtocolTest {

    private static final String TARGET = "GraniteServiceVersion20100801.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    private final InMemoryMetricStore store = new InMemoryMetricStore(Clock.fixed(ChurnMetrics.NOW, ZoneOffset.UTC),
            Duration.ofHours(3));
    private final HttpClient http = HttpClient.newHttpClient();
    private CloudWatchTestServer server;

    @BeforeEach
    void start() throws Exception {
        ChurnMetrics.putInto(store);
        server = new CloudWatchTestServer(new CloudWatchApi(store));
    }

    @AfterEach
    void stop() {
        server.close();
        http.close();
    }

    @Test
    void answersJson10GetMetricStatisticsWithEpochSecondTimestamps() throws Exception {
        HttpResponse<String> response = postJson("GetMetricStatistics", Map.of(
                "Namespace", "AWS/SageMaker", "MetricName", "ModelLatency",
                "Dimensions", new Object[] {Map.of("Name", "EndpointName", "Value", "churn"),
                    Map.of("Name", "VariantName", "Value", "AllTraffic")},
                "StartTime", ChurnMetrics.NOW.minusSeconds(600).getEpochSecond(),
                "EndTime", ChurnMetrics.NOW.getEpochSecond(), "Period", 60,
                "ExtendedStatistics", new String[] {"p50", "tm90"}));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
        JsonNode datapoint = JSON.readTree(response.body()).path("Datapoints").get(0);
        assertThat(datapoint.path("Timestamp").isNumber()).isTrue();
        assertThat(datapoint.path("Timestamp").asLong()).isEqualTo(ChurnMetrics.MINUTE.getEpochSecond());
        assertThat(datapoint.path("ExtendedStatistics").path("p50").asDouble()).isEqualTo(50_000.0);
        assertThat(datapoint.path("ExtendedStatistics").path("tm90").asDouble()).isEqualTo(45_500.0);
    }

    @Test
    void reportsAMissingJsonParameterWithItsQueryErrorCode() throws Exception {
        HttpResponse<String> response = postJson("GetMetricStatistics", Map.of("MetricName", "ModelLatency"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-query-error")).hasValue("MissingParameter;Sender");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("__type").asText()).isEqualTo("com.amazonaws.cloudwatch#MissingRequiredParameterException");
        assertThat(body.path("message").asText()).isEqualTo("The parameter Namespace is required.");
    }

    @Test
    void refusesMalformedJsonAndKeepsServing() throws Exception {
        HttpResponse<String> malformed = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .header("X-Amz-Target", TARGET + "ListMetrics").header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Namespace\":")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> next = postJson("ListMetrics", Map.of());

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).path("__type").asText()).endsWith("#SerializationException");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(next.body()).path("Metrics")).hasSize(2);
    }

    @Test
    void refusesUnknownJsonOperations() throws Exception {
        HttpResponse<String> response = postJson("PutMetricAlarm", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("__type").asText()).endsWith("#UnknownOperationException");
    }

    @Test
    void tagsCborTimestampsAsEpochSeconds() throws Exception {
        byte[] request = CBOR.writeValueAsBytes(Map.of(
                "MetricDataQueries", new Object[] {Map.of("Id", "latency", "MetricStat", Map.of(
                        "Metric", Map.of("Namespace", "AWS/SageMaker", "MetricName", "ModelLatency",
                                "Dimensions", new Object[] {Map.of("Name", "EndpointName", "Value", "churn"),
                                    Map.of("Name", "VariantName", "Value", "AllTraffic")}),
                        "Period", 60, "Stat", "Maximum"))},
                "StartTime", ChurnMetrics.NOW.minusSeconds(600).getEpochSecond(),
                "EndTime", ChurnMetrics.NOW.getEpochSecond()));

        HttpResponse<byte[]> response = postCbor("GetMetricData", request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("smithy-protocol")).hasValue("rpc-v2-cbor");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/cbor");
        assertThat(firstTimestampTag(response.body())).isEqualTo(1);
        JsonNode result = CBOR.readTree(response.body()).path("MetricDataResults").get(0);
        assertThat(result.path("Timestamps").get(0).asLong()).isEqualTo(ChurnMetrics.MINUTE.getEpochSecond());
        assertThat(result.path("Values").get(0).asDouble()).isEqualTo(100_000.0);
    }

    @Test
    void reportsCborErrorsWithTypeAndQueryErrorHeader() throws Exception {
        byte[] request = CBOR.writeValueAsBytes(Map.of("Namespace", "AWS/SageMaker", "MetricName", "ModelLatency",
                "StartTime", ChurnMetrics.NOW.getEpochSecond(), "EndTime", ChurnMetrics.NOW.minusSeconds(60).getEpochSecond(),
                "Period", 60, "Statistics", new String[] {"Average"}));

        HttpResponse<byte[]> response = postCbor("GetMetricStatistics", request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("smithy-protocol")).hasValue("rpc-v2-cbor");
        assertThat(response.headers().firstValue("x-amzn-query-error")).hasValue("InvalidParameterValue;Sender");
        JsonNode body = CBOR.readTree(response.body());
        assertThat(body.path("__type").asText()).isEqualTo("com.amazonaws.cloudwatch#InvalidParameterValueException");
        assertThat(body.path("message").asText()).contains("StartTime must be less than");
    }

    @Test
    void answersQueryRequestsSentAsGetWithAQueryString() throws Exception {
        String query = "Action=ListMetrics&Version=2010-08-01&MetricName=Invocations";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/?" + query))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .startsWith("<ListMetricsResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">")
                .contains("<MetricName>Invocations</MetricName>")
                .doesNotContain("<MetricName>ModelLatency</MetricName>")
                .contains("<ResponseMetadata><RequestId>");
    }

    @Test
    void answersUnknownQueryActionsWithInvalidAction() throws Exception {
        HttpResponse<String> response = postForm("Action=PutMetricAlarm&Version=2010-08-01");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Type>Sender</Type><Code>InvalidAction</Code>");
    }

    @Test
    void leavesRequestsForOtherServicesAlone() throws Exception {
        HttpResponse<String> sageMaker = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .header("X-Amz-Target", "SageMaker.ListEndpoints").header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> otherQueryVersion = postForm("Action=ListMetrics&Version=2011-01-01");

        assertThat(sageMaker.statusCode()).isEqualTo(404);
        assertThat(otherQueryVersion.statusCode()).isEqualTo(404);
        assertThat(server.protocolsSeen()).containsOnly("other");
    }

    private HttpResponse<String> postJson(String operation, Map<String, ?> body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .header("X-Amz-Target", TARGET + operation).header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> postCbor(String operation, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(
                server.endpoint().resolve("/service/GraniteServiceVersion20100801/operation/" + operation))
                .header("smithy-protocol", "rpc-v2-cbor").header("Content-Type", "application/cbor")
                .header("Accept", "application/cbor")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> postForm(String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CBOR tag on the first element of the first Timestamps array, or -1. */
    private static int firstTimestampTag(byte[] body) throws IOException {
        try (CBORParser parser = (CBORParser) CBOR.getFactory().createParser(body)) {
            while (parser.nextToken() != null) {
                if ("Timestamps".equals(parser.currentName()) && parser.currentToken().isStructStart()) {
                    parser.nextToken();
                    return parser.getCurrentTag();
                }
            }
        }
        return -1;
    }
}
